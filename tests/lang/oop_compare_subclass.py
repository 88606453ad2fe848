# The reflected method of a right-hand subclass is tried first
log = []

class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(f"{type(self).__name__}.__lt__")
        return self.v < other.v
    def __gt__(self, other):
        log.append(f"{type(self).__name__}.__gt__")
        return self.v > other.v
    def __eq__(self, other):
        log.append(f"{type(self).__name__}.__eq__")
        return self.v == other.v
    __hash__ = None

class Derived(Base):
    def __gt__(self, other):
        log.append("Derived.__gt__ (override)")
        return self.v > other.v
    def __eq__(self, other):
        log.append("Derived.__eq__ (override)")
        return self.v == other.v

def run(label, f):
    log.clear()
    result = f()
    print(label, result, log)

run("Base < Derived", lambda: Base(1) < Derived(2))   # Derived.__gt__ first
run("Derived < Base", lambda: Derived(1) < Base(2))
run("Base == Derived", lambda: Base(1) == Derived(1))
run("Base > Derived", lambda: Base(3) > Derived(2))    # reflected first even though __lt__ is only inherited

# when the subclass returns NotImplemented the left operand is tried next
class Picky(Base):
    def __gt__(self, other):
        log.append("Picky.__gt__ -> NotImplemented")
        return NotImplemented
run("Base < Picky", lambda: Base(1) < Picky(2))

# sibling classes get no priority
class Sibling(Base):
    def __gt__(self, other):
        log.append("Sibling.__gt__")
        return self.v > other.v
run("Derived < Sibling", lambda: Derived(1) < Sibling(2))

# same rule applies for builtin subclasses
class MyInt(int):
    def __eq__(self, other):
        return "MyInt.__eq__"
    def __gt__(self, other):
        return "MyInt.__gt__"
    __hash__ = int.__hash__
print(5 == MyInt(5), MyInt(5) == 5, 3 < MyInt(1))

class MyStr(str):
    def __lt__(self, other):
        return "MyStr.__lt__"
    def __gt__(self, other):
        return "MyStr.__gt__"
print("a" > MyStr("b"), "a" < MyStr("b"), MyStr("a") < "b")

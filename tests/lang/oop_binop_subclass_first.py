# Binary operators: a right operand whose type is a subclass that overrides
# the reflected method gets the first try
log = []

class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        log.append(f"{type(self).__name__}.__add__")
        return type(self)(self.v + other.v)
    def __radd__(self, other):
        log.append(f"{type(self).__name__}.__radd__")
        return type(self)(other.v + self.v)
    def __mul__(self, other):
        log.append(f"{type(self).__name__}.__mul__")
        return Base(self.v * other.v)
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

class Child(Base):
    def __radd__(self, other):
        log.append("Child.__radd__ (override)")
        return Child(other.v + self.v)

class Inherits(Base):
    pass

def run(label, f):
    log.clear()
    print(label, f(), log)

run("Base + Child", lambda: Base(1) + Child(2))       # Child.__radd__ first
run("Child + Base", lambda: Child(1) + Base(2))
run("Base + Inherits", lambda: Base(1) + Inherits(2))  # __radd__ not overridden: left first
run("Base * Child", lambda: Base(2) * Child(3))        # no __rmul__ anywhere

# the subclass's reflected method may decline
class Declines(Base):
    def __radd__(self, other):
        log.append("Declines.__radd__ -> NotImplemented")
        return NotImplemented
run("Base + Declines", lambda: Base(1) + Declines(2))

# builtin subclasses: int subclass overriding __radd__ wins over int.__add__
class MyInt(int):
    def __radd__(self, other):
        return f"MyInt.__radd__({other})"
    def __rsub__(self, other):
        return f"MyInt.__rsub__({other})"
print(1 + MyInt(2), 5 - MyInt(1), MyInt(2) + 1, type(MyInt(2) + 1).__name__)

class MyFloat(float):
    def __rmul__(self, other):
        return "MyFloat.__rmul__"
print(2.0 * MyFloat(3), 2 * MyFloat(3), MyFloat(3) * 2)

class MyList(list):
    def __radd__(self, other):
        return MyList(list(other) + list(self))
r = [1] + MyList([2])
print(r, type(r).__name__)

class MyStr(str):
    def __radd__(self, other):
        return MyStr(other.upper() + str(self))
print("ab" + MyStr("cd"), type("ab" + MyStr("cd")).__name__)

# same type on both sides: reflected method never tried
class Same:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "never"
try:
    Same() + Same()
except TypeError as e:
    print(type(e).__name__, e)

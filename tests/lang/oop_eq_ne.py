# __eq__ and __ne__ semantics
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        print(f"  Version.__eq__({self.parts}, {type(other).__name__})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    __hash__ = None

v1, v2 = Version(1, 0), Version(1, 0)
print(v1 == v2)
print(v1 != v2)                 # default __ne__ inverts __eq__
print(v1 == "1.0")              # both sides NotImplemented -> identity comparison
print("1.0" == v1)
print(v1 != "1.0")

# explicit __ne__ that disagrees with __eq__
class Odd:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return True
print(Odd() == 1, Odd() != 1)

# __eq__ returning non-bool values
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __eq__(self, other):
        return [a == b for a, b in zip(self.xs, other.xs)]
    def __ne__(self, other):
        return "custom ne"
r = Vec(1, 2, 3) == Vec(1, 0, 3)
print(r, Vec(1) != Vec(1))
try:
    if Vec(1) == Vec(2):
        print("truthy list")
except TypeError as e:
    print("error", e)

# reflected equality: the right operand gets a chance
class Wild:
    def __eq__(self, other):
        return True
class Plain:
    pass
print(Plain() == Wild(), Wild() == Plain(), 5 == Wild(), "s" != Wild())

# list/tuple comparisons use element __eq__ (with identity shortcut)
class Never:
    def __eq__(self, other):
        return False
n = Never()
print([n] == [n], [Never()] == [Never()], n == n, n in [n], Never() in [n])
print((1, n) == (1, n), [n].count(n), [n].index(n))

# __eq__ with inheritance: subclass gets priority when on the right
class Base:
    def __eq__(self, other):
        return "Base.__eq__"
class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"
print(Base() == Derived(), Derived() == Base(), Base() == Base())

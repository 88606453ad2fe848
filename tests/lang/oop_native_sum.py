# sum() and other reductions with user-defined arithmetic
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        print(f"  __radd__({other!r})")
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

vs = [Vec(1, 2), Vec(3, 4), Vec(5, 6)]
print(sum(vs))
print(sum(vs, Vec(100, 100)))
print(sum([], Vec(0, 0)), sum([]))

# without __radd__ support for 0, sum fails on the first item
class NoRadd:
    def __add__(self, other):
        return self
try:
    sum([NoRadd(), NoRadd()])
except TypeError as e:
    print(type(e).__name__, e)
print(type(sum([NoRadd(), NoRadd()], NoRadd())).__name__)

# sum refuses str start values but accepts user objects that wrap strings
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
class Text:
    def __init__(self, s=""):
        self.s = s
    def __add__(self, other):
        return Text(self.s + (other.s if isinstance(other, Text) else other))
print(sum(["a", "b", "c"], Text()).s)

# a running product with a loop and __mul__
total = Vec(1, 1)
for k in [2, 3, 4]:
    total = total * k
print(total)

# mixing numbers and user numbers
class Cents:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        return Cents(self.c + (other.c if isinstance(other, Cents) else other))
    __radd__ = __add__
    def __repr__(self):
        return f"{self.c}c"
print(sum([Cents(5), 10, Cents(20)]), sum([1, 2, Cents(3)]), 1 + Cents(1) + 1)

# float sums with objects that convert via __radd__ on floats
class Half:
    def __radd__(self, other):
        return other + 0.5
print(sum([Half(), Half(), Half()], 0.0), sum([1, Half()]))

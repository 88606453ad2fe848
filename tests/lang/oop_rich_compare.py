# Rich comparisons and their reflections
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, Money):
            return self.cents < other.cents
        if isinstance(other, (int, float)):
            return self.cents < other * 100
        return NotImplemented
    def __le__(self, other):
        if isinstance(other, Money):
            return self.cents <= other.cents
        return NotImplemented
    __hash__ = None

a, b = Money(150), Money(300)
print(a < b, a <= b, a == b, a != b)
print(b > a, b >= a)         # reflected: uses a.__lt__ / a.__le__
print(a > b, a >= a)
print(a < 2, a < 1.5)        # int/float on the right
print(2 > a, 1 > a)          # int.__gt__ returns NotImplemented -> Money.__lt__ reflected
try:
    print(a <= 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a > "x")
except TypeError as e:
    print(type(e).__name__, e)

# trace which method runs for each operator
class Trace:
    def __init__(self, name):
        self.name = name
    def _op(op):
        def method(self, other):
            print(f"  {self.name}.{op}({other.name})")
            return NotImplemented if self.name == "n" else True
        return method
    __lt__ = _op("__lt__")
    __le__ = _op("__le__")
    __gt__ = _op("__gt__")
    __ge__ = _op("__ge__")
    __eq__ = _op("__eq__")
    __ne__ = _op("__ne__")

x, y, n = Trace("x"), Trace("y"), Trace("n")
for expr, f in [("x < y", lambda: x < y), ("x >= y", lambda: x >= y),
                ("n < y", lambda: n < y), ("n <= y", lambda: n <= y),
                ("n > y", lambda: n > y), ("n == y", lambda: n == y),
                ("n != y", lambda: n != y)]:
    print(expr, "->", f())
try:
    n < n
except TypeError as e:
    print(type(e).__name__, e)
print("n == n ->", n == n, "| n != n ->", n != n)

# chained comparisons call each method once per pair
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v
print(C(1) < C(2) < C(3))
print(C(1) < C(0) < C(3))

# sorting lists of user objects needs only __lt__
print(sorted([Money(5), Money(1), Money(3)]), max([Money(2), Money(9)]), min(Money(4), Money(2)))

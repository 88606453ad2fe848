# A full-featured 2D vector class
import math

class Vector2:
    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector2({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        return f"({self.x:{spec}}, {self.y:{spec}})"

    def __iter__(self):
        yield self.x
        yield self.y

    def __eq__(self, other):
        if isinstance(other, Vector2):
            return (self.x, self.y) == (other.x, other.y)
        if isinstance(other, tuple) and len(other) == 2:
            return (self.x, self.y) == other
        return NotImplemented

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        ox, oy = other
        return Vector2(self.x + ox, self.y + oy)
    __radd__ = __add__

    def __sub__(self, other):
        ox, oy = other
        return Vector2(self.x - ox, self.y - oy)

    def __rsub__(self, other):
        ox, oy = other
        return Vector2(ox - self.x, oy - self.y)

    def __mul__(self, k):
        if isinstance(k, Vector2):
            return self.x * k.x + self.y * k.y       # dot product
        return Vector2(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector2(self.x / k, self.y / k)
    def __neg__(self):
        return Vector2(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __round__(self, n=None):
        return Vector2(round(self.x, n), round(self.y, n))

a, b = Vector2(3, 4), Vector2(1, -2)
print(a, repr(b), abs(a), a + b, a - b, a * 2, 2 * a, a * b, -b, a / 2)
print((1, 1) + a, (10, 10) - a, a - (1, 1), a == (3, 4), (3, 4) == a, a != b)
print(f"{a / 3:.2f}", round(a / 3, 1), bool(Vector2()), bool(b), list(a), dict(x=a.x, y=a.y))
x, y = a
print(x, y, {a: "a"}[Vector2(3, 4)], sum([a, b, Vector2(1, 1)], Vector2()))
unit = a / abs(a)
print(round(unit, 3), round(abs(unit), 10))
angle = math.degrees(math.atan2(*reversed(list(a))))
print(round(angle, 4))
try:
    a + 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)

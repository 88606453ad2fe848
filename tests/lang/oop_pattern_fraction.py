# A rational number class implementing the numeric protocols
import math

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num, self.den = num // g, den // g

    def _binary(f):
        # wrap an operator so ints are coerced and other types give NotImplemented
        def method(self, o):
            if isinstance(o, int):
                o = Frac(o)
            return f(self, o) if isinstance(o, Frac) else NotImplemented
        return method

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    __add__ = __radd__ = _binary(lambda a, b: Frac(a.num * b.den + b.num * a.den, a.den * b.den))
    __sub__ = _binary(lambda a, b: Frac(a.num * b.den - b.num * a.den, a.den * b.den))
    __rsub__ = _binary(lambda a, b: b - a)
    __mul__ = __rmul__ = _binary(lambda a, b: Frac(a.num * b.num, a.den * b.den))
    __truediv__ = _binary(lambda a, b: Frac(a.num * b.den, a.den * b.num))
    __rtruediv__ = _binary(lambda a, b: b / a)
    __eq__ = _binary(lambda a, b: (a.num, a.den) == (b.num, b.den))
    __lt__ = _binary(lambda a, b: a.num * b.den < b.num * a.den)
    __gt__ = _binary(lambda a, b: b < a)
    __le__ = _binary(lambda a, b: a == b or a < b)
    def __pow__(self, n):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __abs__(self):
        return Frac(abs(self.num), self.den)
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __bool__(self):
        return self.num != 0

h, t = Frac(1, 2), Frac(1, 3)
print(h + t, h - t, h * t, h / t, h ** 2, t ** -2, -h, abs(Frac(-3, 4)))
print(1 + h, 1 - h, 2 * t, 1 / t, h + 1, Frac(6, -8), repr(Frac(10, 5)))
print(h > t, h <= t, h == Frac(2, 4), Frac(4, 2) == 2, 2 == Frac(4, 2), h != t)
print(sorted([Frac(3, 4), Frac(1, 8), Frac(2, 3), 1]), max(h, t), min(h, t, Frac(1, 4)))
print(sum([Frac(1, n) for n in range(1, 7)]), float(Frac(22, 7)), int(Frac(-7, 2)), bool(Frac(0, 5)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 1), 3}), {3: "int key"}[Frac(6, 2)])
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h + 0.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    h / Frac(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

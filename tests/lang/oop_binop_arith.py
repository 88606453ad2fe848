# Arithmetic operator dunders
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def _val(self, other):
        return other.v if isinstance(other, Num) else other
    def __add__(self, o): return Num(self.v + self._val(o))
    def __sub__(self, o): return Num(self.v - self._val(o))
    def __mul__(self, o): return Num(self.v * self._val(o))
    def __truediv__(self, o): return Num(self.v / self._val(o))
    def __floordiv__(self, o): return Num(self.v // self._val(o))
    def __mod__(self, o): return Num(self.v % self._val(o))
    def __pow__(self, o, mod=None):
        return Num(pow(self.v, self._val(o), mod))
    def __divmod__(self, o):
        q, r = divmod(self.v, self._val(o))
        return Num(q), Num(r)

a, b = Num(17), Num(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** Num(2))
print(divmod(a, b), divmod(a, 3))
print(pow(a, 2, 10), pow(Num(3), Num(4)))
print(a + 1, a * 2.5, a - -3)
print(a + b * Num(2) - Num(1))     # precedence is unchanged
print(Num(-7) // 2, Num(-7) % 2, Num(7) / 2)

# errors propagate from inside dunder methods
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a // Num(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# a dunder may return anything, even non-instances
class Weird:
    def __add__(self, o):
        return "added " + repr(o)
    def __mul__(self, o):
        return [o] * 2
    def __sub__(self, o):
        return None
w = Weird()
print(w + 1, w * "x", w - 5)

# operators on values of unrelated classes
class Celsius:
    def __init__(self, d):
        self.d = d
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Celsius(self.d + other)
        return NotImplemented
    def __repr__(self):
        return f"{self.d}C"
print(Celsius(20) + 5, Celsius(1) + 0.5)
try:
    Celsius(1) + Celsius(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Celsius(1) + "hot"
except TypeError as e:
    print(type(e).__name__, e)

# an operator method called directly
print(a.__add__(b), Num.__mul__(a, 3), Celsius(1).__add__("x"))

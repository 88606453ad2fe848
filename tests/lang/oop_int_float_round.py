# __int__, __float__, __round__, __trunc__, __floor__, __ceil__
import math

class Fixed:
    """Fixed-point number with 2 decimals stored as an int."""
    def __init__(self, cents):
        self.cents = cents
    def __int__(self):
        return int(self.cents / 100)
    def __float__(self):
        return self.cents / 100
    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Fixed(round(self.cents, ndigits - 2)) if ndigits < 2 else self
    def __trunc__(self):
        return int(self)
    def __floor__(self):
        return self.cents // 100
    def __ceil__(self):
        return -(-self.cents // 100)
    def __repr__(self):
        return f"Fixed({self.cents})"
f = Fixed(1275)
print(int(f), float(f), round(f), round(f, 1), round(f, 0), round(f, 2))
print(math.trunc(f), math.floor(f), math.ceil(f))
g = Fixed(-1275)
print(int(g), float(g), round(g), math.floor(g), math.ceil(g), math.trunc(g))
print(round(Fixed(250)), round(Fixed(350)))     # round() follows our method (banker's here)

# float() on an object with only __int__? No: float needs __float__ or __index__
class OnlyInt:
    def __int__(self):
        return 7
print(int(OnlyInt()))
try:
    float(OnlyInt())
except TypeError as e:
    print(type(e).__name__, e)

# int() on an object with only __float__ fails
class OnlyFloat:
    def __float__(self):
        return 2.5
print(float(OnlyFloat()), math.sqrt(OnlyFloat()), math.floor(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)

# __int__/__float__ must return the right types
class BadInt:
    def __int__(self):
        return "1"
class BadFloat:
    def __float__(self):
        return 1
for f_, obj in [(int, BadInt()), (float, BadFloat())]:
    try:
        f_(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# round() without __round__
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.floor(NoRound())
except TypeError as e:
    print(type(e).__name__, e)

# __round__ can return anything
class Label:
    def __round__(self, n=None):
        return f"rounded with {n}"
print(round(Label()), round(Label(), 3))

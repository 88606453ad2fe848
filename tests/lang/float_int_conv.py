# int(float), is_integer, as_integer_ratio-like behaviour through arithmetic
for v in [0.0, -0.0, 0.5, -0.5, 0.9999, 1.0, -1.9, 2.5, 1e10, 1e20, -1e25, 123.999, 1e300]:
    print(v, int(v), v.is_integer(), round(v), float(int(v)) == v)
print((2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer(), float("nan").is_integer())
print(int(2 ** 53 + 0.0), int(-(2.0 ** 70)))
print(int(1e23), int(1e22))
print(int(0.1 + 0.2), int(-0.1), int(-1e-300))
try:
    int(float("-inf"))
except OverflowError as e:
    print(type(e).__name__, e)
import math
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(-1e20))
print(math.floor(7), math.ceil(-7))
try:
    math.floor(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
n = 7.0
print(n == 7, int(n) is not None, 7 in [7.0], 7.0 in [7])
print(isinstance(1.0, float), isinstance(1, float), isinstance(1.0, int))
print([int(x) for x in [3.7, -3.7, 3.2, -3.2]])
print([float(x) for x in range(-2, 3)])

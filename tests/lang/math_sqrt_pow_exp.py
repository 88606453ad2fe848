# sqrt, isqrt, pow, exp, expm1
import math

for x in [0, 1, 2, 4, 9, 10, 0.25, 1e-10, 1e300, 2.0 ** 1000]:
    print("sqrt", x, repr(math.sqrt(x)))
print(repr(math.sqrt(-0.0)), repr(math.sqrt(math.inf)), math.sqrt(math.nan))
print(math.sqrt(True), math.sqrt(10 ** 20))

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 10 ** 40 + 1, 2 ** 127 - 1, 7 ** 100]:
    r = math.isqrt(n)
    print("isqrt", n, r, r * r <= n < (r + 1) * (r + 1))

print(repr(math.pow(2, 10)), repr(math.pow(2, 0.5)), repr(math.pow(2, -1)))
print(repr(math.pow(-2, 3)), repr(math.pow(0, 0)), repr(math.pow(1, math.nan)))
print(repr(math.pow(math.nan, 0)), repr(math.pow(-1, math.inf)), repr(math.pow(0.5, math.inf)))
print(repr(math.pow(2, math.inf)), repr(math.pow(2, -math.inf)), repr(math.pow(-math.inf, 3)))
print(repr(math.pow(8, 1 / 3)), repr(math.pow(2.5, 2)))
print(math.pow(10, 2) == 10 ** 2, type(math.pow(10, 2)).__name__)

for x in [0, 1, -1, 0.5, 10, -10, 100, 709, -745]:
    print("exp", x, repr(math.exp(x)))
print(repr(math.exp(-math.inf)), repr(math.exp(math.inf)))

for x in [0, 1e-10, 1e-5, -1e-5, 1, -1, 50]:
    print("expm1", x, repr(math.expm1(x)))
print(math.expm1(1e-10) != math.exp(1e-10) - 1)

# builtin pow versus math.pow
print(pow(2, 100), repr(math.pow(2, 100)))
print(pow(3, 4, 5), pow(-2, 3), repr(pow(2.0, -2)), pow(2, -2))

# math module functions on floats
import math
from math import sqrt, pi, e, floor, ceil
print(pi, e, math.tau, math.inf, -math.inf, math.nan)
print(sqrt(2), sqrt(16), sqrt(0.25), math.sqrt(10 ** 20))
print(math.isqrt(10 ** 20 + 12345), math.isqrt(99), math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.factorial(20), math.factorial(0))
print(math.comb(10, 3), math.perm(10, 3), math.comb(50, 25))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(1))
print(math.exp(1), math.exp(0), math.exp(2))
print(math.sin(0), math.cos(0), round(math.sin(pi / 2), 12), round(math.cos(pi), 12))
print(round(math.tan(pi / 4), 12), math.atan(1) * 4 == pi, math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(pi), math.radians(180), math.hypot(3, 4), math.hypot(5, 12))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, -2))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.trunc(3.9), math.trunc(-3.9), floor(-0.5), ceil(-0.5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]))
print(math.dist((0, 0), (3, 4)), math.cosh(0), math.sinh(0), math.asin(1) * 2 == pi)
print(math.pow(2, 10), math.pow(2, 0.5), type(math.pow(2, 2)).__name__)
print(math.isnan(math.nan), math.isinf(math.inf), math.nan == math.nan)
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(2 ** 200))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)

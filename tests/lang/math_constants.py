# math module constants
import math

print(repr(math.pi))
print(repr(math.e))
print(repr(math.tau))
print(repr(math.inf), repr(-math.inf))
print(repr(math.nan))
print(math.tau == 2 * math.pi)
print(math.inf > 10 ** 308, -math.inf < -10 ** 308)
print(math.nan == math.nan, math.nan != math.nan)
print(math.inf == float("inf"), math.isnan(float("nan")))
print(type(math.pi).__name__, type(math.inf).__name__)
print(math.inf + 1, math.inf - math.inf, math.inf * 0, -math.inf * -1)
print(math.pi * 2, math.e ** 2, math.pi / 4)
print(round(math.pi, 5), round(math.e, 3), f"{math.pi:.10f}", f"{math.tau:.3e}")
print(int(math.pi), int(-math.e), math.floor(math.tau))
print(str(math.pi), str(math.inf), str(math.nan))

from math import pi, e, tau, inf, nan
print(pi, e, tau, inf, nan)
print(pi is math.pi, inf is math.inf)

# math module attributes via getattr / hasattr
print(hasattr(math, "sqrt"), hasattr(math, "not_a_function"))
print(getattr(math, "pi") == pi)
print(callable(math.sqrt), callable(math.pi))
print(type(math).__name__, math.__name__)
print(math.sqrt.__name__, repr(math.floor))
try:
    math.not_there
except AttributeError as err:
    print("AttributeError:", err)

# comparisons involving inf and nan
values = [1.0, inf, -inf, nan, 0.0]
print([v > 0 for v in values])
print([v == v for v in values])
print(sorted([3.0, -inf, inf, 0.0]))
print(max(1.0, inf), min(-inf, -1e308))

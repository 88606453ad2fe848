# isclose, isfinite, isinf, isnan
import math

values = [0, 1, -1.5, 1e308, 1e309, -1e309, math.inf, -math.inf, math.nan, 5e-324, True, 10 ** 300]
for v in values:
    print(repr(v)[:20], math.isfinite(v), math.isinf(v), math.isnan(v))

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, math.inf), math.isclose(-0.0, 0.0), math.isclose(5, 5))
print(math.isclose(1, 1.1, rel_tol=0.1), math.isclose(1, 1.1, rel_tol=0.09))
print(math.isclose(a=2.0, b=2.0000001, rel_tol=1e-6))

try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isclose(1, 2, 0.5)
except TypeError as e:
    print("TypeError:", e)
try:
    math.isclose(1)
except TypeError as e:
    print("TypeError:", e)
try:
    math.isnan("nan")
except TypeError as e:
    print("TypeError:", e)
try:
    math.isinf(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)

# nan never equals anything, even itself; filtering nans
data = [1.0, math.nan, 2.0, float("nan"), 3.0]
print([x for x in data if not math.isnan(x)])
print(sum(1 for x in data if x != x))
print(float("inf") == math.inf, float("-inf") == -math.inf, float("nan") is math.nan)
print(math.isinf(float("-infinity")), math.isnan(float("NaN")), math.isinf(1e308 * 10))

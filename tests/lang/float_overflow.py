# OverflowError and related errors involving floats
import math
cases = [
    lambda: 2.0 ** 10000,
    lambda: 10 ** 400 * 1.0,
    lambda: float(10 ** 400),
    lambda: 10 ** 400 / 3,
    lambda: math.exp(1000),
    lambda: int(float("inf")),
    lambda: round(float("inf")),
    lambda: 1e308 * 10,
    lambda: math.pow(10.0, 400),
    lambda: (1e200) ** 2,
    lambda: 10.0 ** 400,
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-1),
    lambda: 2 ** 10000 > 1e308,
    lambda: 2 ** 10000 == float("inf"),
    lambda: (10 ** 400) // 1.5,
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except (OverflowError, ValueError, TypeError) as e:
        print(i, type(e).__name__, e)
print(math.exp(-1000), math.exp(0), math.isinf(1e308 * 10), math.isnan(float("inf") - float("inf")))
print(math.isfinite(1.0), math.isfinite(float("nan")), math.isinf(-float("inf")))

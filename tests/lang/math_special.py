# erf, erfc, gamma, lgamma
import math

for x in [0, 0.5, 1, 2, 3, -1, -0.5, 6, 1e-10, math.inf, -math.inf]:
    print("erf", repr(x), repr(math.erf(x)), repr(math.erfc(x)))

for x in [1, 2, 3, 4, 5, 6, 10, 0.5, 1.5, -0.5, -1.5, 0.1, 171, 2.5, 1e-5]:
    print("gamma", repr(x), repr(math.gamma(x)))

# gamma on integers matches factorial
print(all(math.gamma(n + 1) == math.factorial(n) for n in range(20)))

for x in [1, 2, 3, 0.5, 10, 100, 1000, -0.5, 1e-300, math.inf]:
    print("lgamma", repr(x), repr(math.lgamma(x)))

print(repr(math.gamma(math.inf)), math.gamma(math.nan), repr(math.lgamma(-math.inf)))

def err(fn, x):
    try:
        print(fn.__name__, x, repr(fn(x)))
    except (ValueError, OverflowError) as e:
        print(fn.__name__, x, type(e).__name__ + ":", e)

err(math.gamma, 0)
err(math.gamma, -1)
err(math.gamma, -2.0)
err(math.gamma, 172)
err(math.gamma, 200.5)
err(math.gamma, -math.inf)
err(math.lgamma, 0)
err(math.lgamma, -3)
err(math.lgamma, 1e308)
err(math.erf, math.nan)

# complementary identity
print(all(math.isclose(math.erf(x) + math.erfc(x), 1.0) for x in [-2, -0.3, 0, 0.7, 2.5]))

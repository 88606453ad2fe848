# Hyperbolic functions and their inverses
import math

for x in [0, 0.5, 1, -1, 2, 10, -10, 20, 700]:
    print(repr(x), repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)))

for x in [0, 0.5, 1, -1, 10, 1e-8, 1e300]:
    print("asinh", repr(x), repr(math.asinh(x)))
for x in [1, 1.5, 2, 10, 1e300]:
    print("acosh", repr(x), repr(math.acosh(x)))
for x in [0, 0.5, -0.5, 0.9, 0.999999, 1e-9]:
    print("atanh", repr(x), repr(math.atanh(x)))

# identities
for x in [0.3, 1.7, -2.2]:
    print(math.isclose(math.cosh(x) ** 2 - math.sinh(x) ** 2, 1.0),
          math.isclose(math.asinh(math.sinh(x)), x),
          math.isclose(math.atanh(math.tanh(x)), x))

print(repr(math.tanh(math.inf)), repr(math.tanh(-math.inf)), repr(math.sinh(-math.inf)), repr(math.cosh(-math.inf)))
print(repr(math.asinh(-math.inf)), repr(math.acosh(math.inf)), repr(math.sinh(-0.0)), repr(math.tanh(-0.0)))
print(repr(math.tanh(50)), repr(math.tanh(-50)))

def err(fn, arg):
    try:
        print(fn.__name__, arg, repr(fn(arg)))
    except (ValueError, OverflowError) as e:
        print(fn.__name__, arg, type(e).__name__ + ":", e)

err(math.acosh, 0.5)
err(math.acosh, -1)
err(math.atanh, 1)
err(math.atanh, -1)
err(math.atanh, 2)
err(math.sinh, 1000)
err(math.cosh, -1000)
err(math.sinh, 710)
err(math.cosh, 711)

# fabs, fmod, remainder, copysign, frexp, ldexp, nextafter, ulp
import math

for x in [-3, 3, -0.0, -2.5, math.inf * -1, True]:
    print("fabs", repr(x), repr(math.fabs(x)))

for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-5.5, 2), (1e20, 3), (0.0, 1), (-0.0, 1), (3, math.inf)]:
    print("fmod", a, b, repr(math.fmod(a, b)), "%", repr(float(a) % b))

for a, b in [(7, 3), (8, 3), (-7, 3), (5, 2), (7, 2), (-5, 2), (10.5, 3), (1, math.inf), (6, 4)]:
    print("remainder", a, b, repr(math.remainder(a, b)))

for a, b in [(1, -0.0), (-1, 0.0), (3, -2), (-3, -2), (0.0, -1), (math.inf, -1), (2, math.nan)]:
    print("copysign", a, b, repr(math.copysign(a, b)))

for x in [0, 1, 8, 0.5, -3.75, 1e300, 5e-324, 0.1, -0.0, math.inf]:
    m, e = math.frexp(x)
    print("frexp", repr(x), repr(m), e, math.ldexp(m, e) == x)

for m, e in [(0.5, 1), (1, 10), (3, -2), (1, 1023), (1, -1074), (1, -1075), (-1.5, 4), (0.0, 5000)]:
    print("ldexp", m, e, repr(math.ldexp(m, e)))

print(repr(math.nextafter(1, 2)), repr(math.nextafter(1, 0)), repr(math.nextafter(0, 1)), repr(math.nextafter(0, -1)))
print(repr(math.nextafter(1, 1)), repr(math.nextafter(math.inf, 0)), repr(math.nextafter(1.7976931348623157e308, math.inf)))
for x in [1, 2, 0, 1e10, 1e-300, 5e-324, -1, math.inf, 1.7976931348623157e308]:
    print("ulp", repr(x), repr(math.ulp(x)))
print(math.isnan(math.ulp(math.nan)))

def err(fn, *args):
    try:
        print(fn.__name__, args, repr(fn(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(fn.__name__, args, type(e).__name__ + ":", e)

err(math.fmod, 1, 0)
err(math.fmod, math.inf, 1)
err(math.remainder, 1, 0)
err(math.remainder, math.inf, 1)
err(math.ldexp, 1, 1024)
err(math.ldexp, 1.0, 2.5)
err(math.ldexp, 1e308, 10 ** 30)
err(math.ldexp, 1.0, -(10 ** 30))
err(math.frexp, "1")
err(math.copysign, 1)

# log, log2, log10, log1p and errors
import math

for x in [1, math.e, 10, 0.5, 100, 1e-300, 1e300, 2 ** 64]:
    print("log", repr(x), repr(math.log(x)))

print(repr(math.log(8, 2)), repr(math.log(100, 10)), repr(math.log(1000, 10)), repr(math.log(81, 3)))
print(repr(math.log(2, 8)), repr(math.log(1, 5)), repr(math.log(0.25, 0.5)))

for x in [1, 2, 1024, 3, 0.125, 2 ** 100, 2.0 ** -1074]:
    print("log2", repr(x), repr(math.log2(x)))
for x in [1, 10, 1000, 1e-5, 2, 10 ** 50, 12345]:
    print("log10", repr(x), repr(math.log10(x)))
for x in [0, 1e-20, 1e-10, -0.5, 1, math.e - 1, 1e10]:
    print("log1p", repr(x), repr(math.log1p(x)))

# logs of huge integers work even beyond float range
big = 10 ** 1000
print(repr(math.log10(big)), repr(math.log2(2 ** 5000)), repr(math.log(big)))
print(repr(math.log(big, 10)))

print(repr(math.log(math.inf)), repr(math.log2(math.inf)), math.log(math.nan))

def err(fn, *args):
    try:
        print(repr(fn(*args)))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(fn.__name__, args, type(e).__name__ + ":", e)

err(math.log, 0)
err(math.log, -1)
err(math.log, 0.0)
err(math.log, -math.inf)
err(math.log2, 0)
err(math.log10, -10)
err(math.log1p, -1)
err(math.log1p, -2)
err(math.log, 10, 1)
err(math.log, 10, 0)
err(math.log, 10, -2)
err(math.log, "10")
err(math.log, -(10 ** 400))
err(math.log)
err(math.log, 1, 2, 3)

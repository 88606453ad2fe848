# floor, ceil, trunc, modf and their return types
import math

values = [2.5, -2.5, 3.0, -3.0, 0.1, -0.1, 1e20, -1e-20, 7, -7, True, 0.0, -0.0, 2.9999999999999996]
for v in values:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), repr(math.modf(v)))

print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, type(math.trunc(2.5)).__name__)
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)))
print(math.floor(1e300) == int(1e300))
print(math.floor(2.0 ** 60 + 0.5), math.ceil(2.0 ** 53 + 1))

print(repr(math.modf(math.inf)), repr(math.modf(-math.inf)), repr(math.modf(math.nan)))

for bad in [math.inf, -math.inf]:
    for fn in [math.floor, math.ceil, math.trunc]:
        try:
            fn(bad)
        except OverflowError as e:
            print(fn.__name__, "OverflowError:", e)
for fn in [math.floor, math.ceil, math.trunc]:
    try:
        fn(math.nan)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
for fn in [math.floor, math.ceil]:
    try:
        fn("1.5")
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
try:
    math.trunc("1.5")
except TypeError as e:
    print("trunc TypeError:", e)

# builtin round for comparison (banker's rounding)
print([round(v) for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.6]])
print(round(2.675, 2), round(1.005, 2), round(12345, -2), round(-0.5), repr(round(-0.4, 0)))

# int() truncates like math.trunc
print([int(v) for v in [2.7, -2.7, 0.9, -0.9]])
print(math.floor(-0.5), math.ceil(-0.5), repr(float(math.ceil(-0.5))))

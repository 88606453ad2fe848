# Trigonometric functions, inverses, degrees/radians
import math

angles = [0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi, -math.pi / 4, 1, 100]
for a in angles:
    print(repr(a), repr(math.sin(a)), repr(math.cos(a)), repr(math.tan(a)))

for v in [-1, -0.5, 0, 0.5, 1, 0.1]:
    print("asin/acos", v, repr(math.asin(v)), repr(math.acos(v)))
for v in [-math.inf, -1, 0, 1, 1e10, math.inf]:
    print("atan", v, repr(math.atan(v)))

pairs = [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, 1), (0, -1), (1, 0), (-1, 0), (0.0, 0.0), (-0.0, -0.0), (0.0, -0.0), (math.inf, math.inf)]
for y, x in pairs:
    print("atan2", y, x, repr(math.atan2(y, x)))

for d in [0, 30, 45, 90, 180, 270, 360, -90, 1]:
    print("radians", d, repr(math.radians(d)))
for r in [0, math.pi / 6, math.pi / 2, math.pi, 2 * math.pi, 1, -1]:
    print("degrees", repr(r), repr(math.degrees(r)))
print(repr(math.degrees(math.radians(123.456))))

# sin^2 + cos^2 is close to 1
print(all(math.isclose(math.sin(x) ** 2 + math.cos(x) ** 2, 1.0) for x in range(-50, 50)))

# special values
print(repr(math.sin(0.0)), repr(math.sin(-0.0)), repr(math.tan(-0.0)), repr(math.atan(-0.0)))
print(math.sin(math.nan), math.cos(math.nan))

for fn, arg in [(math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf),
                (math.asin, 1.5), (math.acos, -1.0000001), (math.asin, math.inf)]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, arg, "ValueError:", e)
try:
    math.sin("0")
except TypeError as e:
    print("TypeError:", e)
try:
    math.atan2(1)
except TypeError as e:
    print("TypeError:", e)

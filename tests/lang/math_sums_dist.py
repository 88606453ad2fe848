# fsum, prod, hypot, dist
import math

vals = [0.1] * 10
print(repr(sum(vals)), repr(math.fsum(vals)))
print(repr(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])))
print(repr(math.fsum([])), repr(math.fsum(range(10))), repr(math.fsum(x / 10 for x in range(11))))
print(repr(math.fsum([1, 2.5, True])), repr(math.fsum([math.inf, 1])))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError:", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.fsum(["a"])
except TypeError as e:
    print("TypeError:", e)

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([2.5, 4]))
print(math.prod([1, 2], start=10), math.prod([], start=5), repr(math.prod([0.1, 0.1, 0.1])))
print(math.prod([3, "ab"]), math.prod([[0], 2]))
print(math.prod(x for x in [7, 11, 13]), math.prod([True, True]), math.prod([2] * 100))

print(repr(math.hypot(3, 4)), repr(math.hypot(5, 12)), repr(math.hypot()), repr(math.hypot(-7)))
print(repr(math.hypot(1, 1)), repr(math.hypot(1, 2, 3, 4)), repr(math.hypot(*range(10))))
print(repr(math.hypot(1e200, 1e200)), repr(math.hypot(1e-200, 1e-200)), repr(math.hypot(math.inf, math.nan)))
print(repr(math.hypot(3, 4, 12)), repr(math.hypot(0.1, 0.2)))

print(repr(math.dist((0, 0), (3, 4))), repr(math.dist([1, 2, 3], [4, 6, 3])), repr(math.dist((), ())))
print(repr(math.dist((1.5,), (-2.5,))), repr(math.dist((0, 0, 0, 0), (1, 1, 1, 1))))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
try:
    math.dist([1], 5)
except TypeError as e:
    print("TypeError:", e)
try:
    math.hypot("3", 4)
except TypeError as e:
    print("TypeError:", e)
try:
    math.prod(5)
except TypeError as e:
    print("TypeError:", e)

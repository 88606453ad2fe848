# abs divmod pow round sum min max with errors
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 70)), abs(float("-inf")))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum(range(5), start=100), sum([[1], [2]], []), sum(()))
print(sum([0.1] * 3), sum([True, True]), sum([1, 2.0]), sum(x for x in range(4)))
for args in [(["a", "b"], ""), ([1, "a"],), (5,)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("b", "a"), max([1, 5, 3], key=lambda x: -x))
print(min([], default="empty"), max([], default=None), min([3, 1], default=0), max((2, 1), key=abs))
print(max([("a", 2), ("b", 1)], key=lambda p: p[1]), min(["bb", "a", "ccc"], key=len), max(["bb", "aa"], key=len))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: min(1, 2, default=0)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, 2), divmod(2 ** 65, 7))
print(pow(3, 4), pow(3, -1), pow(3, 4, 5), pow(2.0, 3), pow(4, 0.5), pow(-1, 2))
print(round(3.7), round(-3.5), round(3.14159, 2), round(1234, -2), round(7.5), round(8.5))
print(int("12"), float("1.5"), bool(2), int(7.9), float(3), int(-0.5))
try:
    pow("2", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(None)
except TypeError as e:
    print(type(e).__name__, e)
print(max(1, 2.5, key=None), min([[2], [1, 5]]), max(range(3)))
print(sum([10 ** 20, 1, -(10 ** 20)]), sum([1e100, 1.0, -1e100]), sum(range(1, 11)) / 10)

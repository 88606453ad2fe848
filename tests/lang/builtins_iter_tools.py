# enumerate zip map filter reversed iter next sorted any all len
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3), range(3))), list(zip("a")))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", [1, 2])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(map(abs, (-1, -2))))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", "a", [], [1]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("hello")))
it = iter([1, 2, 3])
print(next(it), next(it), list(it), next(it, "end"), list(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("a"), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(3)))
print(len("abc"), len([1]), len(()), len({1: 2}), len({1, 2}), len(range(5)), len(b"ab"), len("日本"))
e = enumerate("xy")
print(next(e), next(e), next(e, None))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", "cd")
print(list(z), list(z))
it2 = iter("ab")
print(iter(it2) is it2, list(it2), sorted("cba"), sorted([3, 1, 2], reverse=True))
nums = [4, 8, 15, 16, 23, 42]
print(list(zip(nums, nums[1:])), [b - a for a, b in zip(nums, nums[1:])])
print(max(enumerate(nums), key=lambda p: p[1] % 10), list(map(pow, [2, 3], [3, 2])))

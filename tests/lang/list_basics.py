# list construction, indexing, comparisons, operators
print([], [1], [1, 2, 3], list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}))
print([[]] * 3, [0] * 5, [1, 2] * 2, [1] + [2], [x for x in "ab" for _ in range(2)])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
a = [10, 20, 30, 40, 50]
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[-2:], a[:-2], a[5:], a[1:-1:2])
print(len(a), 30 in a, 35 not in a, a.count(10), min(a), max(a), sum(a))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([2] > [1, 99], [1, [2, 3]] < [1, [2, 4]], ["a"] < ["b"], [1.0] == [1], [[]] == [[]])
try:
    print([1] < ["a"])
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])
i = 5
try:
    print(a[i])
except IndexError as e:
    print(type(e).__name__, e)
k = "1"
try:
    print(a[k])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] + ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
b = a
b.append(60)
print(a is b, a)
c = a[:]
c.append(70)
print(len(a), len(c))
first, *middle, last = a
print(first, middle, last)
print([*a[:2], *"xy", *range(2)], [*[], *()])
print(list(reversed(a)), list(enumerate(a[:3])), list(zip(a, "abc")))
print(bool([]), bool([0]), [0] * 0, [None] * 2, a.index(30))
m = [[1, 2], [3, 4]]
print([row[1] for row in m], [x for row in m for x in row], list(map(list, zip(*m))))

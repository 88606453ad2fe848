# list unpacking and comprehensions
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
p, *q = [1]
print(p, q)
(x, y), z = [1, 2], 3
print(x, y, z)
[m, [n, o]] = [1, (2, 3)]
print(m, n, o)
for bad in [[1, 2], [1, 2, 3, 4]]:
    try:
        a, b, c = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
print([i * 2 for i in range(5)], [i for i in range(10) if i % 3 == 0])
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
print([c.upper() for c in "abc" if c != "b"], [x if x > 0 else -x for x in [-1, 2, -3]])
print([y for x in [[1, 2], [3], []] for y in x], [len(w) for w in "a bb ccc".split()])
print([(x, y) for x in "ab" for y in (1, 2) if (x, y) != ("a", 2)])
print([[r * 3 + c for c in range(3)] for r in range(3)])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([v := i * i for i in range(4)], v)
print([*range(3), *"ab"], [*[1, 2], 3], [[*"xy"]])
xs = [5, 3, 8]
i = 100
print([i for i in xs], i)
print(sum([[1], [2, 3], []], []), list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(row) for row in matrix])
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))

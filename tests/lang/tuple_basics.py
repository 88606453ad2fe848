# tuples: construction, methods, immutability, comparisons
t = (1, 2, 3, 2, 1)
print(t, (), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), 1, (1), (1,) * 3)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], len(t), t.count(2), t.count(9), t.index(2), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
i = 10
try:
    t[i]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(t + (4,), (0,) + t, t * 2, 2 * (9,), (1, 2) * 0)
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == [1, 2])
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2), max((1, 2), (1, 3), (0, 9)), min([(2, "a"), (1, "z")]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
u = ([1], 2)
u[0].append(3)
print(u)
try:
    u[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(u)
a, b = 1, 2
a, b = b, a
print(a, b)
x = 1, 2, 3
print(x, type(x).__name__, len(x))
print(3 in x, 4 not in x, x[1:], list(x), sum(x), sorted((3, 1, 2)), tuple(sorted((3, 1, 2))))
print(repr((1,)), str(("a",)), repr(((),)), ((1, 2), (3, (4, 5))), ("x", "y")[1])
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested), tuple(zip(*nested)))
print(tuple(x * 2 for x in range(3)), (*range(2), *"ab"), (*[1],))
print(bool(()), bool((0,)), bool(((),)), hash((1, 2)) == hash((1, 2)), (1, 2) != None)

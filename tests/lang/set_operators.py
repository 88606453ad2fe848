# set operators and comparisons, frozenset interplay
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a < b, a <= a, a < a, {1, 2} < a, a > {1}, a >= {1, 2, 3, 4}, {1} > a)
print({1, 2} <= {1, 2}, set() < {0}, set() <= set(), {1} == frozenset({1}))
c = set(a)
c |= {10}
c &= {1, 2, 10, 20}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
for op in ["|", "&", "-", "^"]:
    try:
        if op == "|":
            r = a | [1]
        elif op == "&":
            r = a & [1]
        elif op == "-":
            r = a - [1]
        else:
            r = a ^ [1]
        print(r)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2, 3])
print(f, frozenset(), frozenset("a"), type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__)
print(sorted(f | {9}), sorted(f - {1}), f <= {1, 2, 3, 4}, f == {1, 2, 3}, {f: "x"}[frozenset([3, 2, 1])])
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset({1}), frozenset({1})}, len({frozenset(), frozenset()}))
print(frozenset([1, 2]) == frozenset([2, 1]), f.union([4]) == {1, 2, 3, 4}, f.copy() == f)
print(sorted(f.intersection({2, 3, 9})), f.isdisjoint({7}), frozenset(range(3)).issuperset([0, 1]))
x = {1, 2}
y = x
y |= {3}
print(sorted(x), x is y)
fz = frozenset({1})
fz2 = fz
fz2 |= {2}
print(sorted(fz), sorted(fz2), fz is fz2)
print(sorted({1, 2, 3} - {2} | {7} & {7, 8} ^ {8}))

# tuple packing/unpacking in assignments, loops, returns
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 9, 1, 7])
print(lo, hi, minmax("hello"))
result = minmax([5])
print(result, type(result).__name__)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
(x, y), (z, w) = "ab", [1, 2]
print(x, y, z, w)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c, end=" ")
print()
first, *others = (10, 20, 30)
print(first, others, type(others).__name__)
*init, (p, q) = [1, 2, (3, 4)]
print(init, p, q)
t = 1,
print(t, len(t))
u = ()
print(u, len(u))
v = 1, 2, *[3, 4], *(5,)
print(v)
a = b = (1, 2)
print(a is b, a == b)
n1, n2 = n2, n1 = 1, 2
print(n1, n2)
m, n = divmod(47, 5)
print(m, n)
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys, sum(xs), max(ys))
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = {"only": 1}
except ValueError as e:
    print(type(e).__name__, e)
k1, k2 = {"x": 1, "y": 2}
print(k1, k2)
s1, s2, s3 = "xyz"
print(s3 + s2 + s1)
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)

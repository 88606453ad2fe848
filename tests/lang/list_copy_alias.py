# aliasing, shallow copies, identity vs equality for lists
a = [1, [2, 3], 4]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = [*a]
a[0] = 100
a[1].append(99)
print(a, b, c, d, e, f)
print(a is b, a is c, a == c, c[1] is a[1], c == d == e == f)
g = [[0] * 2] * 3
g[1][0] = 5
print(g, g[0] is g[2])
h = [[0] * 2 for _ in range(3)]
h[1][0] = 5
print(h, h[0] is h[2])
def modify(lst):
    lst.append("mod")
    lst = ["rebound"]
    lst.append("lost")
    return lst
orig = [1]
ret = modify(orig)
print(orig, ret)
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2), add_item(3, []))
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
m = [1, 2, 3]
n = m
m *= 2
print(n, m is n)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
deep = [row[:] for row in nested]
nested[0][0] = "X"
print(shallow, deep)
s = [3, 1, 2]
t = sorted(s)
s.sort()
print(s, t, s == t, s is t)
lst = [1, 2, 3, 4, 5, 6]
for item in lst[:]:
    if item % 2 == 0:
        lst.remove(item)
print(lst)
lst2 = [1, 2, 3, 4]
for item in lst2:
    if item % 2 == 1:
        lst2.remove(item)
print(lst2)
r = [[]] * 2
r[0].append(1)
print(r, len(r), [j for j in range(2)])

# slice assignment and deletion on lists
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[2:4] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = "xyz"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-3] = ["R"] * len(a[::-3])
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
del a[:]
print(a)
b = list(range(8))
b[5:2] = ["ins"]
print(b)
b[-2:] = range(3)
print(b)
b[100:200] = [7]
print(b)
b[:] = b[::-1]
print(b)
c = [1, 2, 3, 4, 5, 6]
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del c[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    c["a"] = 1
except TypeError as e:
    print(type(e).__name__, e)
c[1:5:3] = ("p", "q")
print(c)
del c[::-2]
print(c)
d = [0, 1, 2, 3]
d[1:3] = d
print(d)
e = [1, 2, 3]
e[1:1] = [9, 9]
print(e, e[1:1], e[-1:-1])
e[0:1], e[-1] = [7, 8], 0
print(e)

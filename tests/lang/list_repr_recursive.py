# repr of nested and recursive containers
a = [1, [2, [3, [4, [5]]]], "s", 'q"', "it's", None, True, 1.5, (), (1,), {}, {1: [2]}]
print(a)
print(repr(a) == str(a))
r = []
r.append(r)
print(r, repr(r), str(r), len(r))
r2 = [1, 2]
r2.append(r2)
r2.append([r2])
print(r2)
d = {}
d["self"] = d
print(d)
d2 = {"a": [1]}
d2["a"].append(d2)
print(d2)
outer = [[]]
outer[0].append(outer)
print(outer, outer[0])
t = ([],)
t[0].append(t)
print(t)
x = [0]
y = [x, x]
print(y, y[0] is y[1])
x.append(1)
print(y)
print([[[]]], [[], []], [(), ()], [{}, set()], [[1], (2,), {3}, {4: 5}])
print(["a\nb", "\t"], [b"bytes", "str"], [0.1, 1e100, -0.0, float("inf")])
nested = []
cur = nested
for i in range(10):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(nested)
m = {"k": [1, {"x": (2, [3])}]}
print(m, str(m) == repr(m))
print(str(["x"]), repr(["x"]), f"{['x']}", "%s" % [["x"]], format(["x"]))
print(len(str(list(range(50)))), str(list(range(15))))
z = [[]]
z[0].append(z[0])
print(z, z[0])

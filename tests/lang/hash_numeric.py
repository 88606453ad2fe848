# hash equality for numerically equal values; dict keys mixing 1/1.0/True
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 61 - 1) == hash(0), hash(-1) == hash(-2), hash(10 ** 22) == hash(1e22), hash(2 ** 70) == hash(2.0 ** 70))
print(hash(5), hash(-5), hash(0), hash(1), hash(True), hash(False), hash(123456789))
print(hash(2.0) == hash(2), hash(2.5) == hash(2.5), hash(-1), hash(-2))
print(hash(2 ** 61), hash(2 ** 61 - 1), hash(2 ** 62), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(0.5), hash(1.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
print(hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)), hash(()) == hash(tuple()))
print(hash((1, (2, 3))) == hash((1.0, (2, 3.0))), hash((1, 2)) == hash((2, 1)))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, list(d), type(list(d)[0]).__name__)
d2 = {True: 0}
d2[1.0] += 1
d2[1] += 1
print(d2)
d3 = {0: "a", 1: "b", 2: "c"}
print(d3[False], d3[True], d3[2.0], 0.0 in d3, 2.5 in d3)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
s2 = {1.0}
s2.add(1)
s2.add(True)
print(s2)
for bad in [[1], {1: 2}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((0, (1,))) == hash((False, (1.0,))), hash(7) == hash(7.0), hash(-7) == hash(-7.0))
keys = [(0, 0), (0.0, 0), (False, 0.0), (0, -0.0)]
print(len(set(keys)), {k: i for i, k in enumerate(keys)})

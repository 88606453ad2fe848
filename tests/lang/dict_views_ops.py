# dict views, | and |= operators, view set operations
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it, list(reversed(k)))
d["d"] = 4
print(k, list(v), len(it))
del d["a"]
print(list(k), list(v), list(it))
print(k & {"b", "x"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("b", 2), ("c", 0)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(sorted(d.items() - {("b", 2)}), {"b": 2}.items() <= d.items())
e = {"x": 1}
f = {"x": 2, "y": 3}
print(e | f, f | e, e, f)
e |= f
print(e)
e |= [("z", 9)]
print(e)
try:
    print(e | [("w", 1)])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    v | v
except TypeError as ex:
    print(type(ex).__name__, ex)
print(v == v, d.values() == d.values(), list(d.values()) == list(d.values()))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
g = {"p": 1, "q": 2}
try:
    for key in g:
        del g[key]
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(g)
h = {i: i * i for i in range(6)}
for key in list(h):
    if key % 2:
        del h[key]
print(h, list(h.items())[0], next(iter(h.values())), sorted(h.keys(), reverse=True))
print(list(zip(h.keys(), h.values())) == list(h.items()), [kk for kk, _ in h.items()])
print(type(k).__name__, type(v).__name__, type(it).__name__, list(iter(it))[:1])

# every dict method
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 10, "a": 100})
d.update([("y", 20)], z=30)
d.update(w=40)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("pq", [])
shared["p"].append(1)
print(shared)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[("t", 1)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
e = {"k": [1]}
f = e.copy()
f["k"].append(2)
print(e, f)
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("xy", (1, 2))))
print({k: v for k, v in zip("abc", range(3))}, {n: n * n for n in range(5) if n % 2})
print({**{"a": 1}, "b": 2, **{"a": 3}}, {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(d.get("a") is None, "a" in {"a": 1}, 1 in {"a": 1}, len({1: 1, 1.0: 2, True: 3}))

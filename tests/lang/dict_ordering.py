# dict insertion order semantics and key equality
d = {}
for ch in "the quick brown fox":
    d[ch] = d.get(ch, 0) + 1
print(d)
print(list(d)[:5], max(d, key=d.get), sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d)
del d["b"]
d["b"] = 20
print(d)
d.pop("a")
d["a"] = 0
print(d, list(d.values()))
mixed = {1: "int", 1.0: "float", True: "bool"}
print(mixed, list(mixed.keys()), type(list(mixed)[0]).__name__)
mixed2 = {True: "t"}
mixed2[1] = "one"
mixed2[1.0] = "onef"
print(mixed2)
print({0: "a", False: "b", 0.0: "c", -0.0: "d"})
m = {2: "x", 2.0: "y"}
print(m, m[2], m[2.0])
n = {}
n[float("nan")] = 1
n[float("nan")] = 2
print(len(n))
nan = float("nan")
n2 = {nan: 1}
n2[nan] = 2
print(len(n2), n2[nan])
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
try:
    print({1: 2} < {1: 2})
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {[1]: 2}
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {{}: 1}
except TypeError as ex:
    print(type(ex).__name__, ex)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print(dict(reversed(list({"x": 1, "y": 2}.items()))), list(reversed({"x": 1, "y": 2})))
groups = {}
for word in "apple avocado banana blueberry cherry apricot".split():
    groups.setdefault(word[0], []).append(word)
print(groups)

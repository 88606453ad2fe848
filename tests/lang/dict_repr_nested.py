# dict repr and nested structures, str keys with quotes, counting
d = {"name": "O'Brien", 'q': 'say "hi"', 1: None, (1, 2): [3, {4: 5}], 2.5: True, None: b"x", "": ""}
print(d)
print(str(d) == repr(d), len(d))
print({}, {1: {}}, {"a": {"b": {"c": {}}}}, {frozenset([1]): 1})
cfg = {"db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False}
print(cfg["db"]["ports"][-1], cfg.get("db", {}).get("user", "anon"), cfg["debug"])
cfg["db"]["ports"].append(6000)
cfg["db"]["user"] = "root"
print(cfg)
def walk(obj, depth=0):
    if isinstance(obj, dict):
        for k, v in obj.items():
            print("  " * depth + str(k) + ":")
            walk(v, depth + 1)
    elif isinstance(obj, list):
        for x in obj:
            walk(x, depth + 1)
    else:
        print("  " * depth + repr(obj))
walk(cfg)
text = "one two three two three three"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq, sorted(freq, key=freq.get, reverse=True))
matrix = {i: {j: i * j for j in range(3)} for i in range(3)}
print(matrix)
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items())), dict(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1])))
print({k: v for k, v in sorted({"z": 1, "y": 2}.items())}, {v: k for k, v in {"a": "x"}.items()})
print(f"{d[1]!r} {d[(1, 2)]} {cfg['db']['host']!r}")
big = {i: str(i) for i in range(12)}
print(big, len(str(big)))

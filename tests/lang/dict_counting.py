# counting and grouping patterns with dicts
text = "it was the best of times it was the worst of times"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts.values()), [w for w, c in counts.items() if c == 1])
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(by_len, sorted(by_len))
letters = {}
for ch in text:
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda k: (-letters[k], k))[:5]
print(top, [letters[k] for k in top])
inventory = {"apples": 3}
for item, qty in [("pears", 2), ("apples", 5), ("plums", 0), ("pears", -1)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory, {k: v for k, v in inventory.items() if v > 0})
matrix = [[1, 0, 2], [0, 0, 3]]
sparse = {(r, c): v for r, row in enumerate(matrix) for c, v in enumerate(row) if v}
print(sparse, sum(sparse.values()), sorted(sparse, key=sparse.get))
pairs = [("x", 1), ("y", 2), ("x", 3), ("z", 4), ("y", 5)]
grouped = {}
for k, v in pairs:
    if k not in grouped:
        grouped[k] = []
    grouped[k].append(v)
print(grouped, {k: sum(v) for k, v in grouped.items()})
nested = {}
for path, val in [("a.b.c", 1), ("a.b.d", 2), ("a.e", 3), ("f", 4)]:
    node = nested
    *parents, leaf = path.split(".")
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = val
print(nested)
def depth(d):
    return 1 + max((depth(v) for v in d.values() if isinstance(v, dict)), default=0)
print(depth(nested), depth({}), len(nested["a"]))
fib = {0: 0, 1: 1}
for i in range(2, 60):
    fib[i] = fib[i - 1] + fib[i - 2]
print(fib[59], len(fib), list(fib)[-3:])

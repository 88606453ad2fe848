# Set and dict comprehensions
s = {x % 5 for x in range(20)}
print(sorted(s), len(s), type(s).__name__)
print(sorted({x * y for x in range(4) for y in range(4) if x <= y}))
print({len(w) for w in ["a", "bb", "cc", "ddd"]} == {1, 2, 3})

d = {x: x * x for x in range(6)}
print(d)
print({k: v for k, v in d.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i < j})

# later keys overwrite earlier ones, keeping the first position
print({k % 3: k for k in range(10)})
print({c: i for i, c in enumerate("abracadabra")})

# key and value expressions evaluated in order: key first
log = []
def key(v):
    log.append("k%d" % v)
    return v
def val(v):
    log.append("v%d" % v)
    return v
res = {key(i): val(i) for i in range(3)}
print(res, log)

# dict comprehension from zip
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print({n: a for n, a in zip(names, ages)})
print({n.upper(): a for n, a in zip(names, ages) if a > 30})

# nested dict comprehension
print({i: {j: i + j for j in range(i)} for i in range(4)})

# counting with a dict comprehension
text = "hello world"
print({ch: text.count(ch) for ch in sorted(set(text)) if ch != " "})

# set comprehension of tuples and frozensets
print(sorted({(a, b) for a in range(3) for b in range(3) if a + b == 2}))
print(len({frozenset((a, b)) for a in range(3) for b in range(3)}))

# unhashable key raises TypeError
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print("TypeError:", e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print("TypeError:", e)

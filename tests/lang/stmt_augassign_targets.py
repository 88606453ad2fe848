# Augmented assignment on subscripts, slices and mutable objects
lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias, lst is alias)
lst *= 2
print(alias, lst is alias)

t = (1, 2)
alias_t = t
t += (3,)
print(t, alias_t, t is alias_t)

# subscript target evaluated once
calls = []
def idx():
    calls.append("idx")
    return 1
data = [10, 20, 30]
data[idx()] += 5
print(data, calls)

d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
d.setdefault("m", []).append(1)
d["m"] += [2, 3]
print(d)

# nested subscripts
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] += i * j
print(grid)

# slice augmented assignment
s = [1, 2, 3, 4]
s[1:3] += ["x"]
print(s)
s[:2] *= 2
print(s)

# a list inside a tuple: += mutates then fails to assign
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)

# counting with dict.get
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))

# missing key
try:
    e = {}
    e["x"] += 1
except KeyError as err:
    print("KeyError:", err)

# undefined name
def f():
    undefined_name_q += 1
try:
    f()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)

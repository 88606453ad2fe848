# tuples as dict keys / set elements; hashing of tuples
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid, len(grid))
print(sorted(k for k, v in grid.items() if v % 2 == 0))
s = {(1, 2), (1, 2), (2, 1), (1, 2.0), (True, 2)}
print(len(s), (1, 2) in s, sorted(s))
print(hash((1, 2)) == hash((1.0, 2)), hash((1, 2)) == hash((True, 2)), hash(()) == hash(()))
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash((1, 2)) != hash((2, 1)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {([1], 2)}
except TypeError as e:
    print(type(e).__name__, e)
d = {(0, 0): "origin", (1, 0): "east"}
d[0, 1] = "north"
print(d)
d[(0, 0)] = "O"
print(d, list(d))
moves = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}
pos = (0, 0)
visited = {pos}
for m in "NNEESWWWS":
    dx, dy = moves[m]
    pos = (pos[0] + dx, pos[1] + dy)
    visited.add(pos)
print(pos, len(visited), sorted(visited))
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[r, c]
    res = 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
    memo[r, c] = res
    return res
print(paths(16, 16), len(memo))
counts = {}
for pair in [("a", 1), ("b", 2), ("a", 1), ("a", 2), ("b", 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
print({(): 0}[()], {((),): 1}[((),)], frozenset({(1, 2)}) == {(1, 2)})

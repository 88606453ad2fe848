# Builtin containers holding user objects: repr, equality, hashing, copying
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x},{self.y})"
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

pts = [P(1, 2), P(3, 4), P(1, 2)]
print(pts, tuple(pts), {"first": pts[0]})
print(set(pts) == {P(1, 2), P(3, 4)}, len(set(pts)), len(dict.fromkeys(pts)))
print(list(dict.fromkeys(pts)))            # keeps first-seen order
print(pts.count(P(1, 2)), pts.index(P(3, 4)), P(3, 4) in pts)

# user objects as dict keys; equal objects address the same entry
grid = {P(0, 0): "origin"}
grid[P(0, 0)] = "still origin"
grid[P(1, 0)] = "east"
print(grid, grid[P(1, 0)], len(grid))
print({P(0, 0), P(0, 0), P(0, 1)} - {P(0, 1)})

# copying containers copies references only
row = [P(0, 0)]
copy = list(row)
copy[0].x = 99
print(row, copy, row[0] is copy[0])
nested = [[P(1, 1)]] * 2
nested[0][0].y = 7
print(nested)

# comparison of containers uses element __eq__
print([P(1, 2)] == [P(1, 2)], (P(1, 2), 1) == (P(1, 2), 1), {P(1, 2): 1} == {P(1, 2): 1})
print({"k": P(1, 2)} == {"k": P(2, 1)})

# ordering containers needs element __lt__ only if the first differing elements compare
print([1, P(1, 1)] < [2, P(0, 0)])
try:
    [P(1, 1)] < [P(2, 2)]
except TypeError as e:
    print(type(e).__name__, e)

# user objects inside a repr of nested containers
print({"pts": [P(0, 1), (P(2, 3),)], "n": None})

# sets of user objects printed via sorted repr (hash order is an implementation detail)
s = {P(2, 1), P(1, 2), P(0, 0)}
print(sorted(s, key=lambda p: (p.x, p.y)))

# list.sort with key returning user-hashable objects and dict grouping
groups = {}
for p in [P(1, 2), P(2, 3), P(1, 2), P(5, 5)]:
    groups.setdefault(p, 0)
    groups[p] += 1
print(groups)

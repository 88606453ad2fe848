# __getitem__ receives ints, slices, tuples and arbitrary keys unchanged
class Show:
    def __getitem__(self, key):
        return f"{type(key).__name__}: {key!r}"

s = Show()
print(s[0])
print(s[-1])
print(s["name"])
print(s[1:5])
print(s[::2])
print(s[:])
print(s[1, 2])
print(s[1:2, ::3])
print(s[...])
print(s[None])
print(s[(1,)])
print(s[()])

# a grid indexed by tuples
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} outside {self.w}x{self.h} grid")
        return self.cells[y][x]
    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y][x] = value

g = Grid(3, 2)
g[0, 0] = 5
g[2, 1] = 7
print(g[0, 0], g[2, 1], g[1, 1], g.cells)
try:
    g[3, 0]
except IndexError as e:
    print(type(e).__name__, e)

# Swaps and subscript/slice targets
a, b = 1, 2
a, b = b, a
print(a, b)

a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)

lst = [10, 20, 30, 40]
lst[0], lst[3] = lst[3], lst[0]
print(lst)

# the classic trap: index evaluated after the earlier assignment
lst = [1, 0, 2]
i = 0
i, lst[i] = lst[i], 99
print(i, lst)

# slice assignment: replace, grow, shrink, insert, delete
s = list(range(10))
s[2:5] = ["a", "b"]
print(s)
s[:0] = [-1, -2]
print(s)
s[len(s):] = [100]
print(s)
s[1:3] = []
print(s)
s[::2] = [0] * len(s[::2])
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
s[::-1] = s[:]
print(s)
s[-3:] = "xyz"
print(s)

# dict subscript targets, nested
d = {"a": {"b": [1, 2, 3]}}
d["a"]["b"][1] = "two"
d["a"]["c"] = d["a"]["b"][::-1]
print(d)

# tuple keys
grid = {}
for r in range(2):
    for c in range(3):
        grid[r, c] = r * 10 + c
print(sorted(grid.items()))
print(grid[1, 2])

# assignment to a slice with a step of -1
t = [1, 2, 3, 4, 5]
t[4:1:-1] = ["x", "y", "z"]
print(t)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)

# List comprehensions with several for and if clauses
print([x for x in range(10)])
print([x * 2 for x in range(10) if x % 2])
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([(x, y) for x in range(4) if x % 2 for y in "ab"])
print([x + y + z for x in "ab" for y in "cd" for z in "ef"])
print([y for x in [[1, 2], [3], [], [4, 5, 6]] for y in x])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
print([i if i % 2 else -i for i in range(6) if i != 3])

# the later for can depend on the earlier one
print([(i, j) for i in range(4) for j in range(i)])
print([ch for word in ["hi", "yo"] for ch in word + "!"])

# unpacking in the for target
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num > 1])
print([a * b for a, (b, _) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ["abc", "de", "f"]])

# over enumerate, zip, dict items
print([i * v for i, v in enumerate([5, 6, 7])])
print([a + b for a, b in zip("abc", "xyz")])
d = {"x": 1, "y": 2, "z": 3}
print([k * v for k, v in d.items() if v != 2])

# conditional expression in the iterable
flag = True
print([n for n in (range(3) if flag else range(5))])

# comprehension building functions
print([f(10) for f in [lambda v, m=m: v * m for m in range(1, 4)]])

# result is always a new list
src = [1, 2, 3]
copy = [v for v in src]
print(copy == src, copy is src)

# matrix transpose and flatten
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row])
print(sum([v for row in m for v in row if v % 2 == 0]))

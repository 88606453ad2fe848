# Nested comprehensions
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[c] for row in matrix] for c in range(3)])
print([[v * 2 for v in row if v % 2] for row in matrix])

identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
for row in identity:
    print(row)

# comprehension inside the condition of another
words = ["apple", "sky", "rhythm", "queue"]
print([w for w in words if [c for c in w if c in "aeiou"]])
print([w for w in words if not any(c in "aeiou" for c in w)])

# nested with dict and set
print({w: sorted({c for c in w}) for w in ["abba", "cab"]})
print([{k: v for k, v in zip("ab", pair)} for pair in [(1, 2), (3, 4)]])

# triple nesting
cube = [[[x * y * z for z in range(1, 3)] for y in range(1, 3)] for x in range(1, 3)]
print(cube)
print(sum(v for plane in cube for row in plane for v in row))

# multiplication table as strings
print(["".join(f"{r * c:4}" for c in range(1, 5)) for r in range(1, 4)])

# inner comprehension referencing outer loop variables
print([[(r, c) for c in range(r, 3)] for r in range(3)])
print([[sum(row[:i + 1]) for i in range(len(row))] for row in matrix])

# pascal's triangle
rows = [[1]]
for _ in range(5):
    prev = rows[-1]
    rows.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in rows:
    print(row)

# flatten arbitrarily one level then two levels
nested = [[[1, 2], [3]], [[4], [5, 6, 7]]]
print([inner for outer in nested for inner in outer])
print([v for outer in nested for inner in outer for v in inner])

# break and continue in nested loops, with else clauses at each level
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)

# breaking out of two loops with a flag
target = 7
found = None
for a in range(5):
    for b in range(5):
        if a * b == target + 1:
            found = (a, b)
            break
    if found:
        break
print("found", found)

# for/else used to break out of nested loops
for a in range(5):
    for b in range(5):
        if a + b == 6:
            break
    else:
        continue
    break
print("a, b =", a, b)

# inner else runs per outer iteration
for x in range(3):
    for y in range(x):
        if y == 5:
            break
    else:
        print("inner finished for x =", x)

# while inside for, continue affects the while only
out = []
for n in range(3):
    k = 0
    while k < 4:
        k += 1
        if k == 2:
            continue
        if k == 4:
            break
        out.append(f"{n}{k}")
    else:
        out.append("never")
print(out)

# continue in for inside while
total = 0
count = 0
while count < 3:
    count += 1
    for v in range(6):
        if v % 3 == 0:
            continue
        total += v
print("total", total)

# loop over a list that is extended while iterating (bounded by break)
items = [1]
for it in items:
    if it < 5:
        items.append(it + 1)
    if len(items) > 10:
        break
print(items)

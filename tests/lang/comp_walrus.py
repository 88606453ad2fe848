# Assignment expressions (walrus) in comprehensions and elsewhere
data = [4, 7, 1, 9, 3]

# filter on a computed value, keep the computed value
def slow_square(v):
    return v * v
print([y for x in data if (y := slow_square(x)) > 10])
print(y)  # the walrus target leaks to the enclosing scope

# running total
total = 0
running = [total := total + v for v in data]
print(running, total)

# last matching element captured with any()
if any((hit := v) > 5 for v in data):
    print("first above 5:", hit)

# walrus in while condition
items = list(range(5))
out = []
while (n := len(items)) > 2:
    out.append(items.pop() * n)
print(out, items)

# walrus inside a function binds a function local
def f():
    [last := c for c in "abc"]
    return last
print(f())

# nested walrus in a dict comprehension
print({k: (sq := k * k) + sq for k in range(4)})

# walrus in a conditional expression and call arguments
def g(a, b):
    return a + b
print(g(z := 10, z * 2), z)
print((w := 5) if True else 0, w)

# walrus in comprehension condition with a pairing
pairs = [(s, n) for s in ["a", "bb", "ccc"] if (n := len(s)) != 2]
print(pairs, n)

# parenthesised walrus at statement level
(answer := 42)
print(answer)

# walrus inside a lambda body
print((lambda v: (doubled := v * 2, doubled + 1))(5))

# walrus in an f-string needs parentheses
print(f"{(val := 7)} and {val * 2}")

# walrus captured in nested comprehension goes to the outermost function scope
def nested():
    res = [[(m := i * j) for j in range(3)] for i in range(3)]
    return res, m
print(nested())

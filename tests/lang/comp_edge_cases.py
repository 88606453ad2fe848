# Comprehension edge cases
print([x for x in []], {x for x in ()}, {k: k for k in ""})
print([() for _ in range(2)], [[] for _ in range(2)])

# the same list object is not shared between iterations
rows = [[] for _ in range(3)]
rows[0].append(1)
print(rows)
shared = [[]] * 3
shared[0].append(1)
print(shared)

# conditional expression as the element vs filter
print([x if x > 2 else 0 for x in range(5)])
print([x for x in range(5) if x > 2])

# comprehension over a string, a dict, a set of ints, a range with step
print([c * 2 for c in "abc"])
print([k for k in {"b": 1, "a": 2}])
print(sorted(x for x in {3, 1, 2}))
print([x for x in range(10, 0, -3)])

# tuples need parentheses in the element
print([(x, x * x) for x in range(3)])
print([(last_w := x) for x in range(2)], last_w)

# iterating while building from the same name
data = [1, 2, 3]
data = [d * 10 for d in data]
print(data)

# exceptions inside comprehensions propagate
try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {x: undefined_in_dict_comp for x in range(1)}
except NameError as e:
    print("NameError:", e)

# long chains of for/if clauses
print([a + b + c for a in "xy" if a != "z" for b in "12" if b != "3" for c in "!?" if c])

# generator expression inside a comprehension
print([sum(i for i in range(n)) for n in range(6)])

# comprehension result types
print(type([x for x in ()]).__name__, type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)

# a comprehension's iterable can be a function call evaluated once
calls = []
def source():
    calls.append(1)
    return [1, 2, 3]
print([v for v in source() if v], calls)

# unpacking with star in the target of a comprehension
print([rest for first, *rest in [(1, 2, 3), (4,), (5, 6)]])
print([(a, c) for a, _, c in [(1, 2, 3), (4, 5, 6)]])

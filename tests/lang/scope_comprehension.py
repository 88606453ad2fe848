# Comprehension scopes
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)

# the loop variable of a comprehension does not leak
def no_leak():
    result = [item for item in "abc"]
    try:
        return result, item
    except NameError as e:
        return result, "NameError: " + str(e)
print(no_leak())

# but a for loop variable does leak
for leaked in range(3):
    pass
print("leaked", leaked)

# comprehension sees enclosing function locals
def sees_locals():
    factor = 3
    offset = 1
    return [factor * v + offset for v in range(4)]
print(sees_locals())

# nested function locals inside set/dict comprehensions and genexps
def all_kinds():
    k = 10
    return ({v + k for v in range(3)}, {v: v * k for v in range(3)}, sum(v * k for v in range(3)))
s, d, g = all_kinds()
print(sorted(s), d, g)

# the first iterable is evaluated in the enclosing scope
def first_iter():
    data = [1, 2, 3]
    # 'data' is also a comprehension-local target, but the first iterable
    # is still looked up in the function scope
    return [(y, data) for y in data for data in [[0]]]
print(first_iter())

# walrus in a comprehension binds in the enclosing scope
def walrus_binds():
    values = [total := 0]
    partial = [total := total + v for v in range(5)]
    return partial, total
print(walrus_binds())

# comprehension inside a function with the same name as a global
name = "global name"
def same_name():
    return [name for name in ["local"]], name
print(same_name())

# closures created in comprehensions capture late
fns = [lambda: v for v in range(3)]
print([f() for f in fns])

# nested comprehension: inner can see outer loop variable
print([[(r, c) for c in range(r)] for r in range(3)])

# comprehension at module level using a module variable in condition
limit = 5
print([n for n in range(10) if n < limit])

# generator expression evaluates its first iterable immediately
src = [1, 2, 3]
gen = (v * 2 for v in src)
src = [100]
print(list(gen))

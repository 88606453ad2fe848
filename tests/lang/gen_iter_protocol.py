# The iterator protocol with iter() and next()
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "default"))
print(next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# iter() of an iterator returns the same object
it = iter("abc")
print(iter(it) is it)
print(list(it), list(it))

# iterators of each builtin type
for src in ["xy", (1, 2), [3, 4], {5: 0, 6: 0}, range(7, 9), {9}]:
    i = iter(src)
    print(type(src).__name__, next(i), list(i))

d = {"a": 1, "b": 2}
print(list(iter(d.items())), list(iter(d.values())))

# non-iterables
for bad in [5, 3.5, None, True]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)

# next() on a non-iterator
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

# iterators are exhausted once
r = iter(range(3))
print(sum(r), sum(r))

# zip stops at the shortest; strict raises
print(list(zip([1, 2, 3], "ab")))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)

# a manual for-loop
items = ["p", "q"]
it = iter(items)
while True:
    try:
        item = next(it)
    except StopIteration:
        break
    print("item", item)

# reversed and enumerate are iterators too
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
en = enumerate("ab", start=5)
print(next(en), next(en), next(en, "end"))

# map and filter are lazy iterators
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))

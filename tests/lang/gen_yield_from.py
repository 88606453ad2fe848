# yield from: delegation and return values
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("  inner returned", repr(result))
    yield 3
    return "outer result"

print(list(outer()))

g = outer()
for v in g:
    print("v", v)

def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value
print(collect(outer()))

# yield from any iterable
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", (3,), range(2), {"k": 0})))

# recursive yield from
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5]])))

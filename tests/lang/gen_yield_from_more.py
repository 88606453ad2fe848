# yield from: trees, empty generators, None results and send delegation

# tree traversal with yield from
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
def walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)
for line in walk(tree):
    print(line)

# yield from an empty generator returns immediately with its value
def empty_with_value():
    return 99
    yield
def wrapper():
    v = yield from empty_with_value()
    yield v
print(list(wrapper()))

# yield from a generator that returns None
def no_return():
    yield "x"
def take():
    r = yield from no_return()
    yield r
print(list(take()))

# sending through yield from reaches the inner generator
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def delegator():
    final = yield from acc()
    yield "final=%d" % final
d = delegator()
print(next(d), d.send(5), d.send(10), d.send(None))

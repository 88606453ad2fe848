# Generator functions: basics
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done")

g = count_up(3)
print(type(g).__name__)
print("before first next")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(g)
except StopIteration as e:
    print("again StopIteration", e.args)

# a generator in a for loop
for v in count_up(2):
    print("got", v)

# yield as an expression without send gives None
def echo():
    received = yield "first"
    print("  received", received)
    received = yield "second"
    print("  received", received)
e = echo()
print(next(e))
print(next(e))
try:
    next(e)
except StopIteration:
    print("echo finished")

# a function with yield anywhere is a generator, even if unreachable
def sneaky():
    return 1
    yield
s = sneaky()
print(type(s).__name__)
try:
    next(s)
except StopIteration as e:
    print("StopIteration value", e.value)

# generators with multiple yields and yield of tuples
def pairs():
    yield 1, 2
    yield (3, 4)
    yield
print(list(pairs()))

# independent generator instances
a, b = count_up(2), count_up(2)
print(next(a), next(a), next(b))

# yield inside nested loops and conditions
def evens_in_rows(rows):
    for r, row in enumerate(rows):
        for v in row:
            if v % 2 == 0:
                yield r, v
print(list(evens_in_rows([[1, 2, 3, 4], [5], [6, 8]])))

# iter(callable, sentinel)
data = [3, 1, 4, 1, 5, 0, 9, 2]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v

print(list(iter(read, 0)))
print("next read after sentinel:", read())

# sentinel comparison uses ==
vals = iter([1, 2.0, 3, 4])
print(list(iter(lambda: next(vals), 3.0)))

# a callable that counts
def make_counter():
    n = 0
    def tick():
        nonlocal n
        n += 1
        return n
    return tick
print(list(iter(make_counter(), 5)))

# reading "lines" from a list until an empty string
lines = ["alpha", "beta", "", "never"]
it_lines = iter(lines)
for line in iter(lambda: next(it_lines), ""):
    print("line:", line)

# the sentinel iterator is exhausted once the sentinel appears
src = iter([1, 2, None, 3, 4])
s = iter(lambda: next(src), None)
print(list(s), list(s), next(src))

# non-callable first argument
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)

# callable raising StopIteration ends the iteration
src2 = iter([7, 8])
print(list(iter(lambda: next(src2), "unreachable")))

# callable raising another exception propagates
def explode():
    raise ValueError("exploded")
try:
    list(iter(explode, None))
except ValueError as e:
    print("ValueError:", e)

# using a bound method as the callable
stack = [1, 2, 3, 4]
print(list(iter(stack.pop, 2)), stack)

# the result of iter(callable, sentinel) is an iterator
it = iter(make_counter(), 3)
print(iter(it) is it, next(it), next(it), next(it, "done"))

# StopIteration values and PEP 479 (StopIteration inside generators)
def gen_return():
    yield 1
    return "the value"

g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)

def gen_none():
    yield 1
g = gen_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

# StopIteration constructed directly
e = StopIteration(1, 2)
print(e.value, e.args)
print(StopIteration().value)

# a generator raising StopIteration explicitly becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("oops")
b = bad()
print(next(b))
try:
    next(b)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

# next() on an exhausted iterator inside a generator also becomes RuntimeError
def leaky(it):
    while True:
        yield next(it)
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

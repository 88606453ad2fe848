# Assertion failures inside functions, loops and comprehensions
def checked_sqrt(x):
    assert x >= 0, "x must be non-negative, got %r" % (x,)
    return x ** 0.5

for v in [4, 0, -1, 2.25]:
    try:
        print(checked_sqrt(v))
    except AssertionError as e:
        print("AssertionError:", e)

# assert in a loop stops at the first failure
def all_positive(seq):
    for i, v in enumerate(seq):
        assert v > 0, (i, v)
    return True
try:
    all_positive([3, 2, 0, -1])
except AssertionError as e:
    print("failed at", e.args[0])

# assertion errors carry any object
try:
    assert False, {"code": 7}
except AssertionError as e:
    print(e.args[0]["code"], str(e))

# nested function asserting an invariant of a closure
def stack():
    items = []
    def push(v):
        items.append(v)
    def pop():
        assert items, "pop from empty stack"
        return items.pop()
    return push, pop
push, pop = stack()
push(1)
print(pop())
try:
    pop()
except AssertionError as e:
    print("AssertionError:", e)

# assert inside a generator
def positive_only(seq):
    for v in seq:
        assert v > 0, "bad value %d" % v
        yield v
g = positive_only([1, 2, -3, 4])
got = []
try:
    for v in g:
        got.append(v)
except AssertionError as e:
    print(got, "then", e)

# assert inside a comprehension via a helper
def must_be_even(v):
    assert v % 2 == 0, f"{v} is odd"
    return v // 2
try:
    print([must_be_even(v) for v in [2, 4, 5, 6]])
except AssertionError as e:
    print("AssertionError:", e)

# assert with a message that itself raises
try:
    assert False, 1 / 0
except ZeroDivisionError as e:
    print("message raised ZeroDivisionError:", e)
except AssertionError:
    print("not reached")

# StopIteration idioms: catching it, dropped return values, plain functions

# the correct idiom: catch StopIteration and return
def careful(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v
print(list(careful(iter([1, 2]))))

# returning a value from a generator used in a for loop: the value is dropped
def with_value():
    yield "a"
    return "dropped"
print([x for x in with_value()])

# StopIteration raised in a regular function is just an exception
def plain():
    raise StopIteration("plain")
try:
    plain()
except StopIteration as e:
    print("plain StopIteration:", e)

# StopIteration escaping into a for loop's body is not swallowed
try:
    for i in range(3):
        if i == 1:
            raise StopIteration("from body")
except StopIteration as e:
    print("escaped the loop:", e, "at", i)

# generator expression with StopIteration inside it
def boom(x):
    if x == 2:
        raise StopIteration
    return x
try:
    print(list(boom(x) for x in range(4)))
except RuntimeError as e:
    print("genexp RuntimeError:", e)

# throw(): return after catching, delegation via yield from, exhausted generators

# the generator can return a value after catching the thrown exception
def returns_on_throw():
    try:
        yield "a"
    except ZeroDivisionError:
        return "handled"
r = returns_on_throw()
next(r)
try:
    r.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration value:", e.value)

# throw through yield from reaches the inner generator
def inner():
    try:
        yield "inner"
    except TypeError as e:
        yield "inner caught " + str(e)
def outer():
    yield from inner()
    yield "outer continues"
o = outer()
print(next(o))
print(o.throw(TypeError("t")))
print(next(o))

# throw into an exhausted generator raises the exception
def finished():
    yield 1
f = finished()
list(f)
try:
    f.throw(ValueError("after end"))
except ValueError as e:
    print("ValueError:", e)

# Generator states, re-entrancy, and try/finally inside generators
def self_ref():
    yield next(me)

me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# finally runs when the generator is exhausted
def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("  guarded finally")
print(list(guarded()))

# exceptions inside a generator propagate to the consumer and finish it
def faulty():
    yield 1
    raise KeyError("inside")
    yield 2
f = faulty()
print(next(f))
try:
    next(f)
except KeyError as e:
    print("KeyError:", e)
print(next(f, "exhausted"))

# a generator can catch its own exceptions and keep yielding
def resilient(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div0"
print(list(resilient([5, 0, 2])))

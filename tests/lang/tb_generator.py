# Uncaught exception raised inside a generator consumed by a builtin
def reciprocals(values):
    for v in values:
        print("yielding reciprocal of", v)
        yield 1 / v

def pipeline(values):
    doubled = (2 * r for r in reciprocals(values))
    return sum(doubled)

print(pipeline([1, 2, 4]))

# the generator is lazy: nothing runs until it is consumed
g = reciprocals([0])
print("generator created, not yet run")
try:
    next(g)
except ZeroDivisionError as e:
    print("handled:", e)

print(pipeline([5, 0, 10]))
print("not reached")

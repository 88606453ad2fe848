# Closures: outliving frames, parameters, counters, unbound free variables

# closures outlive their frame
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1); acc(2)
print(acc(3))

# closure over a parameter
def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(7), triple(7), [multiplier(k)(2) for k in range(4)])

# nonlocal counter that counts calls of a wrapped function
def counted(fn):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        return fn(*args), calls
    return wrapper
sq = counted(lambda v: v * v)
print(sq(2), sq(3), sq(4))

# closure capturing a variable defined after the inner function
def defined_later():
    def inner():
        return later
    later = "bound later"
    return inner()
print(defined_later())

# a free variable that is never bound raises NameError
def never_bound():
    def inner():
        return missing_value
    return inner
try:
    never_bound()()
except NameError as e:
    print("NameError:", e)

def free_unbound():
    def inner():
        return v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    v = 1
print(free_unbound())

# Decorators with arguments, registries, non-function results, PEP 614 expressions
calls = []

def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

def bold(fn):
    def wrap():
        return "<b>" + fn() + "</b>"
    return wrap

# decorator with arguments
def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bob"))

# decorator returning a non-function
def to_value(fn):
    return fn()

@to_value
def computed():
    return 6 * 7
print(computed)

# decorator that registers
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco

@register("sq")
def square(x):
    return x * x
@register("neg")
def negate(x):
    return -x
print(sorted(registry), registry["sq"](5), registry["neg"](5))

# decorator expression can be any expression (PEP 614)
decorators = [trace, bold]
@decorators[0]
def sub(a, b):
    return a - b
print(sub(10, 4), calls)

@(lambda fn: lambda *a: fn(*a) * 10)
def times(a):
    return a
print(times(4))

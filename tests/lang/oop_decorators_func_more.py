# Function decorators: memoization, non-function results, arbitrary expressions, registries
# memoization decorator over a recursive function: recursion goes through the wrapper
def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

# a decorator can return something that is not a function
def to_list(func):
    return list(func())
@to_list
def numbers():
    yield 1
    yield 2
print(numbers)

# decorator expressions can be arbitrary (3.9+)
decorators = {"loud": lambda f: (lambda *a: f(*a).upper())}
@decorators["loud"]
def say(s):
    return s
print(say("quiet"))

# a decorator registering functions in a dict, returning them unchanged
handlers = {}
def on(event):
    def deco(func):
        handlers.setdefault(event, []).append(func)
        return func
    return deco
@on("start")
def h1(): return "h1"
@on("start")
@on("stop")
def h2(): return "h2"
print({k: [f() for f in v] for k, v in handlers.items()}, h2())

# Function decorators: plain, with arguments, stacked, closures
calls = []

def trace(func):
    def wrapper(*args, **kwargs):
        calls.append(f"{func.__name__}{args}")
        return func(*args, **kwargs)
    wrapper.__name__ = "traced_" + func.__name__
    wrapper.wrapped = func
    return wrapper

@trace
def add(a, b):
    return a + b

print(add(1, 2), add.__name__, add.wrapped(3, 4), calls)

# decorator with arguments
def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"))

# stacking applies bottom-up, calls run top-down
def tag(label):
    def deco(func):
        def wrapper(*a):
            return f"<{label}>{func(*a)}</{label}>"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text(s):
    return s
print(text("x"))

# decorators that count calls using function attributes
def counted(func):
    def wrapper(*a, **k):
        wrapper.count += 1
        return func(*a, **k)
    wrapper.count = 0
    return wrapper

@counted
def noop():
    pass
for _ in range(4):
    noop()
print(noop.count)

# Decorators: plain, stacked, and with arguments
calls = []

def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@trace
def add(a, b):
    return a + b

print(add(2, 3), calls, add.__name__)

def bold(fn):
    def wrap():
        return "<b>" + fn() + "</b>"
    return wrap

def italic(fn):
    def wrap():
        return "<i>" + fn() + "</i>"
    return wrap

@bold
@italic
def hello():
    return "hello"
print(hello())

@italic
@bold
def world():
    return "world"
print(world())

# decorator order of application
order = []
def tag(name):
    order.append("factory " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco

@tag("outer")
@tag("inner")
def f():
    return "f"
print(order, f())

# Callable-object decorators on methods: binding needs __get__
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

# a callable-object decorator on a method does not bind self without __get__
class NoBind:
    def __init__(self, func):
        self.func = func
    def __call__(self, *args):
        return self.func(*args)

class UsesNoBind:
    @NoBind
    def method(self):
        return "bound?"
try:
    UsesNoBind().method()
except TypeError as e:
    print(type(e).__name__, e)
print(UsesNoBind.method(UsesNoBind()))

# adding __get__ makes it bind like a function
class Bindable:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *args: self(obj, *args)

class UsesBindable:
    def __init__(self, n):
        self.n = n
    @Bindable
    def times(self, k):
        return self.n * k

u = UsesBindable(6)
print(u.times(7), UsesBindable(2).times(3), UsesBindable.times.calls, type(UsesBindable.times).__name__)

# stacking a class decorator with a function decorator
def double_result(f):
    return lambda *a: f(*a) * 2
@CountCalls
@double_result
def inc(x):
    return x + 1
print(inc(1), inc(10), inc.calls)

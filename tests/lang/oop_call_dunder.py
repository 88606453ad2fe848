# Callable instances with __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10, 20])), sorted([3, 1, 2], key=Adder(-1)))

# stateful callables
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
counter = Counter()
for _ in range(3):
    counter()
print(counter.calls, counter())

# __call__ looked up on the type, not the instance
class Plain:
    pass
p = Plain()
p.__call__ = lambda: "instance attr"
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
print(p.__call__())

# __call__ added to the class later makes existing instances callable
Plain.__call__ = lambda self, *a: f"now callable with {a}"
print(callable(p), p(1, 2))

# callable returning callables
class Curry:
    def __init__(self, f, n, args=()):
        self.f, self.n, self.args = f, n, args
    def __call__(self, *more):
        args = self.args + more
        if len(args) >= self.n:
            return self.f(*args)
        return Curry(self.f, self.n, args)
vol = Curry(lambda a, b, c: a * b * c, 3)
print(vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(2, 3, 4))

# wrong arguments to __call__ produce messages naming __call__
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    counter(1)
except TypeError as e:
    print(type(e).__name__, e)

# inheritance and super() in __call__
class Logged(Adder):
    def __call__(self, x, *rest, **kw):
        result = super().__call__(x, *rest, **kw)
        print(f"  Logged({self.n})({x}) = {result}")
        return result
Logged(100)(1)

# classes themselves are callable; calling a class with __call__ creates instances
print(type(Adder(1)).__name__, callable(len), callable(5), callable("s"), callable(None))

# callable objects as dict dispatch
ops = {"double": Adder(0), "inc": Adder(1)}
print({k: f(10, scale=2) for k, f in ops.items()})

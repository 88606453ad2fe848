# Closures over decorated functions and over instances
def trace(label):
    def deco(func):
        calls = []
        def wrapper(*args):
            calls.append(args)
            return func(*args)
        wrapper.calls = calls
        wrapper.label = label
        return wrapper
    return deco

# a factory returning decorated inner functions that close over factory locals
def make_ops(base):
    @trace("add")
    def add(x):
        return base + x

    @trace("mul")
    def mul(x):
        return base * x

    def both(x):
        return add(x), mul(x)       # closes over the decorated versions
    return add, mul, both

add, mul, both = make_ops(10)
print(both(2), both(3), add(0))
print(add.label, add.calls, mul.calls)
add2, _, both2 = make_ops(100)
print(both2(1), add2.calls, add.calls)      # separate closure cells per factory call

# late binding: decorated functions created in a loop
funcs = []
for i in range(3):
    @trace(f"f{i}")
    def f(x, i=i):          # default argument captures the current i
        return x + i
    funcs.append(f)
print([g(10) for g in funcs], [g.label for g in funcs])

late = []
for i in range(3):
    @trace("late")
    def h(x):
        return x + i        # looks up i when called
    late.append(h)
print([g(10) for g in late])

# Positional parameters with defaults and keyword calls
def f(a, b=2, c=3):
    return (a, b, c)

print(f(1))
print(f(1, 20))
print(f(1, 20, 30))
print(f(1, c=30))
print(f(c=30, a=10))
print(f(a=1, b=2, c=3))
print(f(*[7, 8]))
print(f(**{"a": 1, "c": 9}))
print(f(1, *(), **{}))

# defaults can reference earlier globals at definition time
base = 10
def g(x, y=base * 2):
    return x + y
base = 1000
print(g(1))

# None as a sentinel default
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2))
shared = [0]
print(append_to(1, shared), append_to(2, shared))

# default referencing a function
def default_fn(x, key=abs):
    return key(x)
print(default_fn(-5), default_fn(-5, key=str))

# defaults of many types
def many(i=1, f=1.5, s="s", t=(1, 2), n=None, b=False, l=lambda: "lam"):
    return i, f, s, t, n, b, l()
print(many())
print(many(l=lambda: "other", i=0))

# keyword arguments in any order
def kw(first, second, third):
    return f"{first}-{second}-{third}"
print(kw(third=3, first=1, second=2))
print(kw(1, third=3, second=2))

# function returning nothing explicitly
def noret(a=1):
    a += 1
print(noret())

# return with multiple values and bare return
def multi(flag):
    if flag:
        return 1, 2
    return
print(multi(True), multi(False))

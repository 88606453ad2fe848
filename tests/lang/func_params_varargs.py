# *args and **kwargs collection
def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, 2, x="x", y="y"))
print(collect(*range(3), *"ab", **{"k": 1}, **{"m": 2}))

def mixed(a, b=0, *rest, c, d=4, **extra):
    return dict(a=a, b=b, rest=rest, c=c, d=d, extra=extra)

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, 5, c=6))
print(mixed(1, c=3, d=5, z=26))
print(mixed(a=1, c=2, b=7))

# args is a tuple, kwargs a fresh dict each call
def kinds(*args, **kwargs):
    kwargs["added"] = True
    return type(args).__name__, type(kwargs).__name__, kwargs
source = {"x": 1}
print(kinds(**source))
print(source)

# sum of arbitrarily many numbers
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(1, 2, start=100))

# kwargs keys preserve call order
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
print(order(**{"b": 1}, a=2))

# unpacking a generator and a dict's keys as positional args
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*(x for x in [1, 2, 3])))
print(three(*{"p": 0, "q": 0, "r": 0}.values()))
print(three(1, *[2], **{"c": 3}))

# a parameter named like a keyword-only after *args
def fmt(*parts, sep="-"):
    return sep.join(str(p) for p in parts)
print(fmt(1, 2, 3), fmt(1, 2, 3, sep="+"))

# kwargs with non-identifier string keys are allowed via **
def anykeys(**kw):
    return sorted(kw.items())
print(anykeys(**{"with space": 1, "1abc": 2}))

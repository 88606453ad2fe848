# Keyword-only and positional-only parameters
def kwonly(a, *, b, c=3):
    return a, b, c

print(kwonly(1, b=2))
print(kwonly(1, c=30, b=20))
print(kwonly(a=1, b=2))

def posonly(a, b, /, c, *, d):
    return a, b, c, d

print(posonly(1, 2, 3, d=4))
print(posonly(1, 2, c=3, d=4))

def pos_default(a, b=2, /, c=3):
    return a, b, c
print(pos_default(1))
print(pos_default(1, 5, c=6))

# positional-only names may also appear in **kwargs
def both(x, /, **kwargs):
    return x, kwargs
print(both(1, x=2))
print(both(1, y=3, x=4))

# everything together
def full(p1, p2=-2, /, n1=None, *args, k1, k2="K2", **kwargs):
    return p1, p2, n1, args, k1, k2, kwargs
print(full(1, k1="k"))
print(full(1, 2, 3, 4, 5, k1="k", k2="kk", extra=True))
print(full(1, n1="named", k1=0))

def errors(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

errors(lambda: kwonly(1, 2))
errors(lambda: kwonly(1))
errors(lambda: posonly(a=1, b=2, c=3, d=4))
errors(lambda: posonly(1, b=2, c=3, d=4))
errors(lambda: posonly(1, 2, 3, 4))
errors(lambda: pos_default(1, b=2))
errors(lambda: full())
errors(lambda: full(1, 2))

# bare * with only keyword params
def only_kw(*, x, y=0):
    return x - y
print(only_kw(x=5), only_kw(y=1, x=5))
errors(lambda: only_kw(5))

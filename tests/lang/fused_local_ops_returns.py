# `return local`, `return constant` and `local op constant`, including their errors.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ops(x):
    return [x + 1, x - 1, x * 3, x // 2, x % 3, x ** 2, x << 2, x >> 1, x & 6, x | 1, x ^ 5,
            x / 4, x - 2.5, x < 3]


def strings(s):
    t = s + "!"
    return t * 2


def gen(n):
    yield n + 1
    return n - 1


def unbound_return():
    if False:
        y = 1
    return y


def unbound_op():
    if False:
        z = 1
    return z + 1


def nothing():
    pass


print(fib(15), ops(7), ops(-7), ops(2**62), strings("a"), nothing())
g = gen(5)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
for f in (unbound_return, unbound_op):
    try:
        f()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
try:
    ops("s")
except TypeError as e:
    print("TypeError:", e)


def big(x):
    return x * 10**20


print(big(3), ops(True)[:3])


def err_line(v):
    w = v
    return w - 1


err_line(None)

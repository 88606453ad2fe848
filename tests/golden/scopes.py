# Scoping corner cases: each name's classification is compared with CPython's symtable.
x = 1


def outer(a, *args, k=1, **kw):
    b = 2
    c = 3

    def middle():
        nonlocal b
        b += 1

        def inner():
            return a + b + c + x

        return inner

    class K:
        c = 10          # class-local c; methods still see outer's c
        d = c + b

        def method(self):
            return c, d_global, super().method()

        def uses_class(self):
            return __class__

        lam = lambda q, r=b: q + c
        comp = [c for _ in range(2)]

    total = [y := i * 2 for i in range(3)]
    gen = (z for z in args if z > y)
    both = {k: v for k, v in kw.items()}
    nested = [[i + j for j in range(i)] for i in range(3)]
    return middle, K, total, gen, both, nested


def declares():
    global created, x
    created = x
    x = 2

    def reads():
        return created + x

    return reads


def shadow():
    len = 3
    print(len)
    del len


def params_captured(p, /, q, *, r):
    return lambda: p + q + r


class Top:
    attr = x

    def __init__(self):
        self.v = attr_free

    @staticmethod
    def st():
        return Top

    def gen(self):
        yield from range(3)
        value = yield
        return value


def loops():
    for i in range(3):
        if i:
            continue
        while True:
            break
    else:
        pass
    try:
        pass
    except ValueError as err:
        print(err)
    with open("f") as fh:
        pass
    import math as m
    from math import pi
    return m, pi, fh


walrus_at_module = [w := n for n in range(3)]
anno: int = 3

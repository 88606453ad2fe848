# CPython's TypeError messages for bad calls
def show(call):
    try:
        call()
    except TypeError as e:
        print(e)

def f0():
    return 0
def f1(a):
    return a
def f2(a, b):
    return a + b
def f3(a, b, c):
    return a
def fd(a, b=1):
    return a
def fk(a, *, k):
    return a
def fkk(*, k1, k2, k3):
    return k1
def fv(a, *args):
    return a

show(lambda: f0(1))
show(lambda: f0(1, 2))
show(lambda: f1())
show(lambda: f2())
show(lambda: f2(1))
show(lambda: f3())
show(lambda: f3(1))
show(lambda: f1(1, 2))
show(lambda: f2(1, 2, 3))
show(lambda: fd())
show(lambda: fd(1, 2, 3))
show(lambda: fk(1, 2))
show(lambda: fk(1, 2, k=3))
show(lambda: fkk())
show(lambda: fkk(k2=2))
show(lambda: fkk(k1=1))
show(lambda: fv())
show(lambda: f1(b=2))
show(lambda: f1(1, b=2))
show(lambda: f2(1, a=2))
show(lambda: f2(1, 2, a=3))
show(lambda: f1(1, **{"a": 2}))
show(lambda: f2(*[1], **{"b": 2, "c": 3}))
show(lambda: f1(*5))
show(lambda: f1(**[1]))
show(lambda: f1(**{1: 2}))
show(lambda: (lambda x: x)())
show(lambda: (lambda: 0)(5))
not_callables = [5, "str", None, [1], 2.5]
for obj in not_callables:
    show(lambda: obj())

def nested_outer():
    def inner(x):
        return x
    return inner
show(lambda: nested_outer()(1, 2))

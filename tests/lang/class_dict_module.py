# C.__dict__ holds __module__ and __doc__ (not __qualname__), as type.__new__ leaves it.
class C:
    "The docstring."
    x = 1


class D(C):
    pass


E = type('E', (), {'a': 1})
for cls in (C, D, E):
    d = cls.__dict__
    print(cls.__name__, d['__module__'], repr(d['__doc__']), '__qualname__' in d, '__module__' in d)
    print([k for k in d if k in ('__module__', '__doc__', 'x', 'a')])
print(C.__module__, D.__module__, C().__module__, D.__doc__, C().__doc__)
print(vars(D)['__doc__'], sorted(k for k in vars(C) if not k.startswith('__')))
F = type('F', (), {'__doc__': 'given', '__module__': 'elsewhere'})
print(F.__doc__, F.__module__, F.__dict__['__module__'])


def f():
    pass


print(f.__module__)

# The traceback object of an exception is the same object on each read.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, e.__traceback__ is e.__traceback__, tb.tb_next is None)


def inner():
    raise ValueError('x')


def outer():
    inner()


try:
    outer()
except ValueError as e:
    first = e.__traceback__
    print(first is e.__traceback__, first.tb_next is e.__traceback__.tb_next)
    n = 0
    t = first
    while t is not None:
        n += 1
        t = t.tb_next
    print(n)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)

# Bases CPython refuses: layouts that conflict, and built-in types that are not acceptable bases
class Mixin0: pass
for bases in [(OSError, ValueError), (KeyError, IndexError), (Exception, int), (int, float), (dict, list), (object,int), (str, Exception), (bool,)]:
    try:
        type('X', bases, {}); print('ok', bases)
    except TypeError as e: print(bases, e)
for t in [type({}.keys()), type(iter([])), type(Mixin0.__dict__)]:
    try:
        type('X', (t,), {}); print('ok', t)
    except TypeError as e: print(e)
class Mixin: pass
class A(Mixin, dict): pass
class B(A, Mixin.__class__.__mro__[-1]): pass
print(B.__mro__[-2:])

for bases in [(type, int), (int, type), (type, Exception), (list, type)]:
    try:
        M = type('M', bases, {})
        C = M('C', (), {})
        print(type(C).__name__, C)
    except TypeError as e:
        print('TypeError', e)
try:
    1/0
except Exception as e:
    tb = e.__traceback__
try:
    type.__call__(type(tb))
except TypeError as e:
    print('TypeError')
class M(type): pass
try:
    M.__new__(M, 'X', (type(tb),), {})
except TypeError as e:
    print('TypeError', e)

# Non-class bases go through the metaclass calculation (type(base)), as CPython
for args in [('X', (1,), {}), ('X', (int, 'a'), {})]:
    try: type(*args)
    except TypeError as e: print(e)
try:
    class A(1): pass
except TypeError as e: print(e)
print(type('X', (), {'__qualname__': 'Q.X'}).__qualname__)
try: type('X', (), {'__qualname__': 3})
except TypeError as e: print(e)
class B:
    """doc"""
    def f(self): pass
print(B.f.__module__, B.__module__, dir(B)[:3] if False else '__module__' in dir(B))

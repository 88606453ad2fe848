# Metaclasses: a subclass of type builds classes; type(C) is the metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
        ns['added'] = 'by meta'
        cls = super().__new__(mcls, name, bases, ns)
        print('created', cls.__name__, type(cls).__name__)
        return cls

    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
        cls.initialized = True

    def describe(cls):
        return 'class ' + cls.__name__

    tag = 'meta-tag'


class A(metaclass=Meta):
    x = 1
    def method(self):
        return 'method of ' + type(self).__name__


class B(A):
    y = 2


print(type(A) is Meta, type(B) is Meta, A.__class__ is Meta)
print(isinstance(A, Meta), isinstance(A, type), isinstance(B, Meta), isinstance(A(), Meta))
print(issubclass(Meta, type), Meta.__mro__ == (Meta, type, object))
print(A.added, B.added, A.initialized, B.initialized)
print(A.describe(), B.describe(), A.tag)
print(A().method(), B().method(), B().x, B().y)
print(hasattr(A(), 'describe'), hasattr(A(), 'tag'), hasattr(A(), 'added'))
print(repr(A), str(B), A.__name__, A.__qualname__)
print(type(A).__name__, type(type(A)).__name__)
try:
    A().describe()
except AttributeError as e:
    print('AttributeError', e)

# Calling the metaclass directly, and type.__new__ with a metaclass.
C = Meta('C', (), {'z': 3})
print(type(C).__name__, C.z, C.added, C.describe())
D = type.__new__(Meta, 'D', (A,), {})
print(type(D).__name__, D.x, hasattr(D, 'initialized'), D.describe())
E = type('E', (), {})
print(type(E) is type, type(E).__name__)
# A class made by type() from a base with a metaclass gets the metaclass.
F = type('F', (A,), {})
print(type(F).__name__, F.initialized)

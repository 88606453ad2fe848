# Less common metaclass situations: meta-metaclasses, exceptions, builtin bases, introspection.
class Meta(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        cls.meta_inited = name

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.via_meta = True
        return inst

    def __repr__(cls):
        return 'Meta<' + cls.__name__ + '>'


class A(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v


print(A.__init__ is Meta.__init__, A.__call__.__name__, A.__repr__ is object.__repr__)
print(str(A), repr(A()).startswith('<__main__.A object'), A(5).v, A().via_meta)
print(Meta.__name__, Meta.__qualname__, repr(Meta), type(Meta).__name__, Meta.__mro__[1:])
print([k for k in Meta.__dict__ if not k.startswith('__')], '__call__' in Meta.__dict__)
print(isinstance(A, type), isinstance(A(), A), issubclass(A, object), callable(A()))
print(Meta.__call__(A, 3).v, type.__call__(A, 4).v, hasattr(type.__call__(A, 4), 'via_meta'))


# A metaclass of a metaclass.
class MetaMeta(type):
    def __call__(mcls, name, bases, ns, **kw):
        print('MetaMeta.__call__', mcls.__name__, name)
        return super().__call__(name, bases, ns, **kw)


class Middle(type, metaclass=MetaMeta):
    pass


class Leaf(metaclass=Middle):
    pass


print(type(Leaf).__name__, type(Middle).__name__, type(MetaMeta).__name__)


# Exceptions and builtin bases with a metaclass.
class ErrMeta(type):
    count = 0

    def __call__(cls, *args):
        ErrMeta.count += 1
        return super().__call__(*args)


class AppError(Exception, metaclass=ErrMeta):
    pass


try:
    raise AppError('boom')
except AppError as e:
    print('caught', e, type(e).__name__, ErrMeta.count)
try:
    raise AppError
except Exception as e:
    print('caught class', repr(e), ErrMeta.count)


class TrackedList(list, metaclass=ErrMeta):
    pass


t = TrackedList([1, 2])
t.append(3)
print(t, len(t), ErrMeta.count, isinstance(t, list))


# __set_name__, class decorators and __init_subclass__ together with a metaclass.
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        owner.fields = getattr(owner, 'fields', ()) + (name,)


def decorate(cls):
    cls.decorated = True
    return cls


class Schema(type):
    def __new__(mcls, name, bases, ns):
        print('Schema.__new__', name)
        return super().__new__(mcls, name, bases, ns)


class Base(metaclass=Schema):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)


@decorate
class Row(Base):
    a = Field()
    b = Field()


print(Row.fields, Row.decorated, type(Row).__name__)


# A dataclass-like metaclass reading annotations.
class Struct(type):
    def __new__(mcls, name, bases, ns):
        names = list(ns.get('__annotations__', {}))

        def __init__(self, *args):
            if len(args) != len(names):
                raise TypeError(f'{name} takes {len(names)} arguments')
            for n, v in zip(names, args):
                setattr(self, n, v)

        def __eq__(self, other):
            return type(self) is type(other) and all(getattr(self, n) == getattr(other, n) for n in names)

        ns['__init__'] = __init__
        ns['__eq__'] = __eq__
        ns['__slots_names__'] = tuple(names)
        return super().__new__(mcls, name, bases, ns)


class Point(metaclass=Struct):
    x: int
    y: int


print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point.__slots_names__)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    hash(Point(1, 2))
except TypeError as e:
    print('TypeError', e)


# Errors from the type machinery.
for args in [(), ('X',), ('X', (), {}, 1), (1, (), {}), ('X', [], {}), ('X', (), [])]:
    try:
        type.__new__(Meta, *args)
    except TypeError as e:
        print('TypeError', e)
try:
    Meta('only one')
except TypeError as e:
    print('TypeError', e)
try:
    type.__init__(A, 1, 2)
except TypeError as e:
    print('TypeError', e)
print(type(type.__new__(Meta, 'Made', (), {})).__name__)
print(Meta.__new__ is type.__new__, Meta.__base__ is type, Meta.__bases__)

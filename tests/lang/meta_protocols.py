# Special methods of the metaclass apply to its classes: repr, iteration, len, indexing, ...
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_')}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls

    def __iter__(cls):
        return iter(cls._members.items())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, key):
        return cls._members[key]

    def __contains__(cls, value):
        return value in cls._members.values()

    def __repr__(cls):
        return f'<enum {cls.__name__}>'

    def __str__(cls):
        return f'enum {cls.__name__}'

    def __bool__(cls):
        return bool(cls._members)

    def __or__(cls, other):
        return f'{cls.__name__}|{other.__name__}'

    def __lt__(cls, other):
        return len(cls) < len(other)


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3


class Empty(metaclass=EnumMeta):
    pass


print(repr(Color), str(Color), Color, [Color], f'{Color}', f'{Color!r}', '%s %r' % (Color, Color))
print(list(Color), len(Color), Color['GREEN'], 2 in Color, 7 in Color)
print(bool(Color), bool(Empty), 'yes' if Empty else 'no')
print(Color | Empty, Empty < Color, sorted([Color, Empty]))
print(dict(Color), [name for name, _ in Color], max(Color))
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
print(repr(EnumMeta), type(Color).__name__)


# __instancecheck__ / __subclasscheck__: duck-typed checks in the style of abc.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(type(obj), m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)


class Sized(metaclass=DuckMeta):
    required = ('__len__',)


class Quacks(metaclass=DuckMeta):
    required = ('quack',)


class Duck:
    def quack(self):
        return 'quack'


print(isinstance([], Sized), isinstance(3, Sized), isinstance(Duck(), Quacks))
print(issubclass(list, Sized), issubclass(int, Sized), issubclass(Duck, Quacks))
print(isinstance(Duck(), (int, Quacks)), isinstance(5, (Sized, str)))


# Equality and hashing of classes through the metaclass.
class NamedEq(type):
    def __eq__(cls, other):
        return isinstance(other, NamedEq) and cls.__name__ == other.__name__

    def __hash__(cls):
        return hash(cls.__name__)


X1 = NamedEq('X', (), {})
X2 = NamedEq('X', (), {})
print(X1 == X2, X1 is X2, X1 != X2, len({X1, X2}), hash(X1) == hash('X'))


class NoHash(type):
    def __eq__(cls, other):
        return True


H = NoHash('H', (), {})
try:
    hash(H)
except TypeError as e:
    print('TypeError', e)
print(H == 1)

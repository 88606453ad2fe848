# Attributes found through the metaclass: methods, properties, classmethods, precedence.
class Meta(type):
    kind = 'meta-kind'
    shadowed = 'from meta'

    @property
    def plural(cls):
        return cls.__name__.lower() + 's'

    @property
    def settable(cls):
        return cls._settable

    @settable.setter
    def settable(cls, value):
        print('setting', cls.__name__, value)
        cls._settable = value * 10

    @classmethod
    def make(mcls, name):
        return mcls(name, (), {})

    @staticmethod
    def helper(x):
        return x + 1

    def __getattr__(cls, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)


class Model(metaclass=Meta):
    shadowed = 'from class'

    def instance_method(self):
        return 'im'


print(Model.kind, Model.shadowed, Model.plural)
print(Model().shadowed, Model().instance_method())
Model.settable = 4
print(Model.settable, Model.__dict__['_settable'])
made = Model.make('Made')
print(type(made).__name__, made.__name__, made.plural)
print(Model.helper(1), Meta.helper(2))
print(Model.dyn_hello)
try:
    Model.missing
except AttributeError as e:
    print('AttributeError', e)
print(getattr(Model, 'dyn_x'), getattr(Model, 'nope', 'default'), hasattr(Model, 'plural'))
try:
    Model().plural
except AttributeError as e:
    print('AttributeError', e)
print(Model.instance_method(Model()))
bound = Model.instance_method
print(type(bound).__name__)
print(sorted(k for k in vars(Model) if not k.startswith('__')))


# A metaclass adding methods and attributes to the classes it builds.
class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = ns.get('fields', ())

        def __init__(self, *values):
            for f, v in zip(fields, values):
                setattr(self, f, v)

        def __repr__(self):
            inner = ', '.join(f'{f}={getattr(self, f)!r}' for f in fields)
            return f'{name}({inner})'

        ns['__init__'] = __init__
        ns['__repr__'] = __repr__
        ns['field_count'] = len(fields)
        return super().__new__(mcls, name, bases, ns)


class Pair(metaclass=AutoRepr):
    fields = ('left', 'right')


p = Pair(1, 'two')
print(p, Pair.field_count, p.left)
print([Pair(i, i * i) for i in range(3)])

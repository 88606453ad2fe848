# An abstract-method check in the style of abc, done by a metaclass.
def abstract(func):
    func.is_abstract = True
    return func


class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = {k for k, v in ns.items() if getattr(v, 'is_abstract', False)}
        for base in bases:
            for k in getattr(base, '__abstracts__', ()):
                if getattr(getattr(cls, k, None), 'is_abstract', False):
                    abstracts.add(k)
        cls.__abstracts__ = frozenset(abstracts)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstracts__:
            missing = ', '.join(sorted(cls.__abstracts__))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {missing}")
        return super().__call__(*args, **kwargs)


class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        ...

    @abstract
    def name(self):
        ...

    def describe(self):
        return f'{self.name()} with area {self.area()}'


class Partial(Shape):
    def name(self):
        return 'partial'


class Square(Partial):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return 'square'


for cls in (Shape, Partial, Square):
    print(cls.__name__, sorted(cls.__abstracts__))
for cls, args in ((Shape, ()), (Partial, ()), (Square, (3,))):
    try:
        print(cls(*args).describe())
    except TypeError as e:
        print('TypeError', e)


# Validation at class creation: a required attribute, enforced for subclasses only.
class Validated(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases and 'table' not in ns:
            raise TypeError(f'{name} must define table')


class Record(metaclass=Validated):
    pass


class User(Record):
    table = 'users'


try:
    class Broken(Record):
        pass
except TypeError as e:
    print('TypeError', e)
print(User.table, type(User).__name__)
try:
    Broken
except NameError as e:
    print('NameError', e)

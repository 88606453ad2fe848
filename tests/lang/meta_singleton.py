# A metaclass __call__ controls instance creation: the singleton pattern.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print('creating', cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path='default.cfg', debug=False):
        print('Config.__init__', path, debug)
        self.path = path
        self.debug = debug


class Logger(metaclass=Singleton):
    def __init__(self):
        self.lines = []


a = Config('app.cfg', debug=True)
b = Config()
c = Config('other.cfg')
print(a is b, b is c, a.path, c.debug)
l1 = Logger()
l2 = Logger()
l1.lines.append('x')
print(l1 is l2, l2.lines, l1 is a)
print(len(Singleton._instances))


# __call__ without super(): full control over what calling the class returns.
class Factory(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        obj.made_by = 'Factory'
        return obj


class Point(metaclass=Factory):
    def __init__(self, x, y):
        raise AssertionError('not called')


p = Point(1, 2)
print(type(p).__name__, p.args, p.made_by)


# Counting instances, and a __call__ returning something else entirely.
class Counting(type):
    def __call__(cls, *args, **kwargs):
        cls.count = getattr(cls, 'count', 0) + 1
        return super().__call__(*args, **kwargs)


class Thing(metaclass=Counting):
    def __init__(self, n):
        self.n = n


things = [Thing(i) for i in range(5)]
print(Thing.count, [t.n for t in things])


class Weird(type):
    def __call__(cls):
        return 42


class W(metaclass=Weird):
    pass


print(W(), type(W()).__name__)
print(callable(W), callable(Thing))

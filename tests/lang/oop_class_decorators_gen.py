# Class decorators that generate methods, stacked decorators, replacing the class
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

# dataclass-like decorator that generates __init__ and __eq__ from annotations
def record(cls):
    names = list(cls.__annotations__)
    def __init__(self, *args):
        if len(args) != len(names):
            raise TypeError(f"{cls.__name__} expects {len(names)} args, got {len(args)}")
        for n, a in zip(names, args):
            setattr(self, n, a)
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in names)
    cls.__init__ = __init__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return add_repr(cls)

@record
class Vec:
    x: int
    y: int

v = Vec(1, 2)
print(v, v == Vec(1, 2), v == Vec(2, 1), v != Vec(1, 2))
try:
    Vec(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(v)
except TypeError as e:
    print(type(e).__name__, e)

# stacked class decorators apply bottom-up
order = []
def tag(label):
    def deco(cls):
        order.append(label)
        cls.tags = getattr(cls, "tags", ()) + (label,)
        return cls
    return deco

@tag("outer")
@tag("inner")
class Tagged:
    pass
print(order, Tagged.tags)

# a decorator can replace the class with something else entirely
def instantiate(cls):
    return cls()

@instantiate
class config:
    debug = True
    def __repr__(self):
        return "<config instance>"
print(config, config.debug, type(config).__name__)

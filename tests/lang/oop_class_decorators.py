# Class decorators: registration, augmentation, replacement
registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def register_as(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco

@register
class Alpha:
    pass

@register_as("beta-class")
class Beta:
    pass

print(sorted(registry))
print(registry["beta-class"] is Beta)

# adding methods in a decorator
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

print(Person("Ann", 31))
print([Person("B", 1), Person("C", 2)])

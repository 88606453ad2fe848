# __init_subclass__: called on the nearest base defining it, implicitly a classmethod.
registry = []
class Base:
    def __init_subclass__(cls):
        registry.append(cls.__name__)
class A(Base):
    pass
class B(A):
    pass
print(registry)

class Explicit:
    @classmethod
    def __init_subclass__(cls):
        print('explicit', cls.__name__)
class C(Explicit):
    pass

class Chained(Base):
    def __init_subclass__(cls):
        print('chained', cls.__name__)
        super().__init_subclass__()
class D(Chained):
    pass
print(registry)

class Failing:
    def __init_subclass__(cls):
        raise ValueError('no subclasses of ' + cls.__name__)
try:
    class E(Failing):
        pass
except ValueError as e:
    print('ValueError', e)
print(Base.__init_subclass__ is not None)
Base.__init_subclass__()
print(registry[-1])

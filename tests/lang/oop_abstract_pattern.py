# Abstract-base-like classes without the abc module
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def perimeter(self):
        return 2 * 3.14159 * self.r

class Blob(Shape):
    pass

print(Circle(1).describe(), round(Circle(2).perimeter(), 3))
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print(type(e).__name__, repr(e), e.args)
print(issubclass(NotImplementedError, RuntimeError))

# preventing instantiation of the base class
class Base:
    def __init__(self):
        if type(self) is Base:
            raise TypeError("Base is abstract; instantiate a subclass")
class Impl(Base):
    pass
print(type(Impl()).__name__)
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)

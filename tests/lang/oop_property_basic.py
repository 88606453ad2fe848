# @property getters for computed attributes
class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
    @property
    def is_square(self):
        return self.w == self.h

r = Rectangle(3, 4)
print(r.area, r.perimeter, r.is_square)
r.w = 4
print(r.area, r.perimeter, r.is_square)

# assigning to a read-only property
try:
    r.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.area
except AttributeError as e:
    print(type(e).__name__, e)

# the property object lives on the class
p = Rectangle.area
print(type(p).__name__, p.fget.__name__, p.fset, p.fdel)
print(p.fget(r), p.__get__(r))

# properties take precedence over instance __dict__ entries
r.__dict__["area"] = "shadow"
print(r.area, r.__dict__["area"])

# property() called directly
class Temp:
    def __init__(self, c):
        self.c = c
    def _get_f(self):
        return self.c * 9 / 5 + 32
    fahrenheit = property(_get_f, doc="Temperature in F")
t = Temp(100)
print(t.fahrenheit, Temp.fahrenheit.__doc__)

# docstring from the getter
class Doc:
    @property
    def value(self):
        "The value."
        return 1
print(Doc.value.__doc__, Doc().value)

# exceptions inside a getter propagate
class Failing:
    @property
    def boom(self):
        raise ValueError("getter failed")
    @property
    def missing(self):
        return self.nonexistent
try:
    Failing().boom
except ValueError as e:
    print(type(e).__name__, e)
try:
    Failing().missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Failing(), "missing"))

# properties are inherited
class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
print(Square(5).area, Square(5).is_square)

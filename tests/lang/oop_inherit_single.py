# Single inheritance: overriding, extending, attribute lookup
class Shape:
    sides = 0
    name = "shape"
    def __init__(self, color="black"):
        self.color = color
    def area(self):
        return 0
    def describe(self):
        return f"{self.color} {self.name} with {self.sides} sides, area {self.area()}"

class Rect(Shape):
    sides = 4
    name = "rect"
    def __init__(self, w, h, color="red"):
        super().__init__(color)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    name = "square"
    def __init__(self, s, **kw):
        super().__init__(s, s, **kw)

class Triangle(Shape):
    sides = 3
    name = "triangle"
    def __init__(self, b, h):
        Shape.__init__(self, "green")   # explicit base call
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
for s in [Shape(), Rect(2, 3), Square(4, color="blue"), Triangle(3, 5)]:
    print(s.describe())

# methods of the base call overridden methods (dynamic dispatch)
class Base:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Derived(Base):
    def step2(self):
        return "derived2"
print(Base().template(), Derived().template())

# inherited attributes and isinstance
sq = Square(2)
print(isinstance(sq, Rect), isinstance(sq, Shape), sq.sides, Square.sides)
print([k.__name__ for k in Square.__mro__])
print(Square.__bases__[0].__name__, Rect.__base__.__name__)

# overriding a method with a non-callable attribute
class NoArea(Rect):
    area = None
try:
    NoArea(1, 1).describe()
except TypeError as e:
    print(type(e).__name__, e)

# subclass without __init__ uses the base __init__
class Plain(Shape):
    pass
print(Plain("white").color)
try:
    Square()
except TypeError as e:
    print(type(e).__name__, e)

# deep chains
class L0:
    def who(self): return "L0"
class L1(L0): pass
class L2(L1): pass
class L3(L2):
    def who(self): return "L3>" + super().who()
print(L3().who(), len(L3.__mro__))

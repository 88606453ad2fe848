# Polymorphism over a shape hierarchy with class attributes and dunders
import math

class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
        type(self).made = getattr(type(self), "made", 0) + 1
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()
    def __hash__(self):
        return hash((type(self).__name__, self.key()))
    def __str__(self):
        return f"{type(self).__name__.lower()} with area {self.area():.3f}"

class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def key(self):
        return (self.r,)
    def __repr__(self):
        return f"Circle({self.r})"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def key(self):
        return (self.w, self.h)
    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def __repr__(self):
        return f"Square({self.w})"

shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(1, 1), Square(2)]
for s in shapes:
    print(s)
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Shape.count, Circle.made, Rect.made, Square.made)
print(len(set(shapes)), Square(2) == Square(2), Square(1) == Rect(1, 1), Rect(1, 1) == Rect(1, 1))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(s)
print(by_type)
print([type(s).__name__ for s in shapes if type(s) is Rect], [s for s in shapes if isinstance(s, Rect)])

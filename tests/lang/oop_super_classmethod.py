# super() inside classmethods, staticmethods and __new__
class Shape:
    registry = []

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Shape.registry.append(cls.__name__)
        return obj

    @classmethod
    def kind(cls):
        return "shape"

class Circle(Shape):
    def __init__(self, r=1):
        self.r = r

    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.tag = "circle-made"
        return obj

    @classmethod
    def kind(cls):
        return "round " + super().kind()

class Small(Circle):
    @classmethod
    def kind(cls):
        return "small " + super().kind()

c = Circle.create(5)
print(c.r, c.tag, Shape.registry)
s = Small.create()
print(type(s).__name__, s.r, s.tag, Shape.registry)
print(Circle.kind(), Small.kind(), Small().kind())

# staticmethods have no implicit class: use explicit super or the class name
class Util:
    @staticmethod
    def fmt(x):
        return f"<{x}>"
class MoreUtil(Util):
    @staticmethod
    def fmt(x):
        return "[" + Util.fmt(x) + "]"
print(MoreUtil.fmt(1), MoreUtil().fmt(2))

class BadStatic(Util):
    @staticmethod
    def fmt(x):
        return super().fmt(x)
try:
    BadStatic.fmt(3)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)

# super().__new__ in a subclass of an immutable builtin
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-7), Pos(3) + 1, type(Pos(-1)).__name__)

# classmethod calling super() counting subclass instances
class Tracker:
    counts = {}
    @classmethod
    def bump(cls):
        Tracker.counts[cls.__name__] = Tracker.counts.get(cls.__name__, 0) + 1
        return Tracker.counts[cls.__name__]
class Sub(Tracker):
    @classmethod
    def bump(cls):
        n = super().bump()
        return n * 100
print(Tracker.bump(), Sub.bump(), Sub.bump(), Tracker.counts)

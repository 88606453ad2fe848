# Class statements, instance creation and instance attributes
class Empty:
    pass

class Point:
    """A 2D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

e = Empty()
print(type(e).__name__, isinstance(e, Empty), isinstance(e, object))
e.anything = 5
print(e.anything)

p = Point(3, 4)
print(p, p.x, p.y, p.dims, p.norm2())
q = p.moved(1, -1)
print(q, p)
print(Point.dims, Point.norm2(q))

# instances get independent attribute namespaces
a, b = Point(0, 0), Point(1, 1)
a.label = "origin"
print(hasattr(a, "label"), hasattr(b, "label"))

# classes are objects: they can be stored, passed and called
classes = [Empty, Point]
for c in classes:
    print(c.__name__, callable(c))
make = Point
print(make(7, 8))

# class repr is deterministic
print(Point, Empty)
print(repr(type(p)))

# a class statement in a function creates a fresh class each call
def factory(n):
    class Local:
        value = n
        def get(self):
            return self.value
    return Local

L1, L2 = factory(1), factory(2)
print(L1().get(), L2().get(), L1 is L2, L1.__name__, L1.__qualname__)

# class body can contain arbitrary statements
class Computed:
    total = 0
    for i in range(5):
        total += i
    del i
    if total > 5:
        big = True
    else:
        big = False
print(Computed.total, Computed.big, hasattr(Computed, "i"))

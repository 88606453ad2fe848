# Subclassing tuple (immutable: customize in __new__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, p.x, q.y, len(p), list(p), p == (1, 2), (1, 2) == p)
a, b = q
print(a, b, hash(p) == hash((1, 2)), {p: "p"}[(1, 2)])
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)

# a namedtuple-like factory without imports
def record(name, fields):
    fields = tuple(fields.split())
    def __new__(cls, *args):
        if len(args) != len(fields):
            raise TypeError(f"{name} takes {len(fields)} arguments")
        return tuple.__new__(cls, args)
    def __repr__(self):
        return name + "(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"
    ns = {"__new__": __new__, "__repr__": __repr__, "_fields": fields}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)

Color = record("Color", "r g b")
c = Color(255, 128, 0)
print(c, c.g, c._fields, c[2], max(c), c.count(0), c.index(128))
print(sorted([Color(3, 2, 1), Color(1, 2, 3)]))
try:
    Color(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# slicing and concatenation return plain tuples
print(type(c[:2]).__name__, type(c + (1,)).__name__, type(c * 2).__name__)

# tuple subclass with __init__ is fine if it only adds attributes
class Tagged(tuple):
    def __init__(self, items, tag=None):
        self.tag = tag
t = Tagged([1, 2, 3], tag="three")
print(t, t.tag, len(t))

# empty tuple subclass instances still compare equal to ()
class E(tuple):
    pass
print(E() == (), type(E()).__name__, bool(E()), E("ab"))

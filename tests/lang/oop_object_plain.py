# Plain object() instances and object's default behaviour
o = object()
print(type(o).__name__, type(o) is object)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)

# each object() is distinct, equal only to itself
a, b = object(), object()
print(a == a, a == b, a != b, a is b)
print(len({a, b, a}))

# object() as a sentinel value
MISSING = object()
def lookup(d, key, default=MISSING):
    if key in d:
        return d[key]
    if default is MISSING:
        return "no default given"
    return default
print(lookup({"a": 1}, "a"), lookup({}, "a"), lookup({}, "a", None))

# object is the root of every class
class C:
    pass
print(isinstance(C(), object), issubclass(C, object), C.__bases__[0] is object)
print(isinstance(5, object), isinstance(None, object), isinstance(C, object))

# default object methods: __eq__ returns NotImplemented for different objects
c1, c2 = C(), C()
print(c1.__eq__(c2), c1.__eq__(c1), c1.__ne__(c2))
print(object.__eq__(c1, c1))

# default __str__ falls back to __repr__
class R:
    def __repr__(self):
        return "R-repr"
print(str(R()), R(), f"{R()}", "%s" % R())

# default ordering is not defined
try:
    C() < C()
except TypeError as e:
    print(type(e).__name__, e)

# objects are truthy by default
print(bool(C()), bool(object()))

# dir-like check for a few default methods
for name in ["__init__", "__repr__", "__eq__", "__hash__", "__str__", "__lt__"]:
    print(name, hasattr(object, name))

# object() cannot take attributes, but a trivial subclass can
class Bag(object):
    pass
bag = Bag()
bag.x = 1
print(bag.x)

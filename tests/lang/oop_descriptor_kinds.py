# Data vs non-data descriptors, __set_name__, class access, inheritance
log = []

class NonData:
    def __set_name__(self, owner, name):
        self.name = name
        log.append(("set_name", owner.__name__, name))
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"NonData<{self.name}> via class {objtype.__name__}"
        return f"computed {self.name}"

class Data:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        log.append(("set", value))
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        log.append(("delete",))
        delattr(obj, self.private)

class WriteOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value

class Model:
    nd = NonData()
    d = Data()
    w = WriteOnly()

print(log)
m = Model()
print(m.nd, Model.nd)
m.__dict__["nd"] = "instance wins over non-data"
print(m.nd)
print(m.d)
m.d = 5
m.__dict__["d"] = "ignored: data descriptor wins"
print(m.d, m._d, sorted(m.__dict__))
del m.d
print(m.d, log[-2:])
m.w = "via __set__"
print(m.seen, type(Model.__dict__["w"]).__name__, isinstance(m.w, WriteOnly))

# descriptors are inherited, and overridable by plain attributes in subclasses
class Child(Model):
    nd = "plain class attribute"
c = Child()
c.d = 1
print(c.nd, c.d, c._d, Child.d is Model.__dict__["d"])

# __get__ returning bound-method-like callables
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    def __init__(self, k):
        self.k = k
    @Method
    def times(self, x):
        return self.k * x
print(UsesMethod(3).times(4), type(UsesMethod.times).__name__)

# a descriptor raising AttributeError falls back to __getattr__
class Missing:
    def __get__(self, obj, objtype=None):
        raise AttributeError("no value yet")
class Lazy:
    value = Missing()
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Lazy().value)

# setting a data descriptor without __set__ (only __delete__) fails
class DelOnly:
    def __get__(self, obj, objtype=None):
        return "del-only"
    def __delete__(self, obj):
        print("  deleting")
class HasDelOnly:
    x = DelOnly()
h = HasDelOnly()
try:
    h.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
del h.x
print(h.x)

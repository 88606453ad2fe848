# Attribute access must follow every change to the class chain: new class attributes,
# properties added after instances exist, methods replaced, hooks added, attributes deleted.
class Base:
    pass

class Child(Base):
    def __init__(self):
        self.x = 1

    def m(self):
        return "m1"

c = Child()
for _ in range(3):
    print(c.x, c.m())

Child.m = lambda self: "m2"
print(c.m())
Base.m = lambda self: "base"
print(c.m())
del Child.m
print(c.m())

def get_x(self):
    return "property x"
Base.x = property(get_x)
print(c.x)
del Base.x
print(c.x)

c.m = lambda: "instance m"
print(c.m())
del c.m
print(c.m())

def setattr_hook(self, name, value):
    print("setattr", name, value)
Child.__setattr__ = setattr_hook
c.y = 5
print(hasattr(c, "y"))
del Child.__setattr__
c.y = 6
print(c.y)

class Other:
    def __init__(self):
        self.x = "other"

objs = [Child(), Other(), Child(), Other()]
print([o.x for o in objs])

class WithGetattr:
    def __init__(self):
        self.a = 1
    def __getattr__(self, name):
        return "fallback " + name

w = WithGetattr()
print(w.a, w.b)
w.b = "set"
print(w.b)
del w.b
print(w.b)

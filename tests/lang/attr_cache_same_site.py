# The same attribute sites (inside functions) must see every change to the class chain made
# between calls: class attributes and properties added or removed on the class or a base,
# methods replaced, hooks added, and instances of a different class passing through.
class Base:
    pass

class Child(Base):
    def __init__(self):
        self.x = 1

    def m(self):
        return "m1"

def read(o):
    return o.x

def call(o):
    return o.m()

def write(o, v):
    o.x = v

c = Child()
for step in range(2):
    print(read(c), call(c))

Child.m = lambda self: "m2"
print(call(c))
Base.m = lambda self: "base"
del Child.m
print(call(c))

Base.x = property(lambda self: "property x")
print(read(c))
try:
    write(c, 5)
except AttributeError as e:
    print("AttributeError:", e)
del Base.x
print(read(c))
write(c, 7)
print(read(c))

def hook(self, name, value):
    print("setattr hook", name, value)
    object.__setattr__(self, name, value * 10)

Child.__setattr__ = hook
write(c, 3)
print(read(c))
del Child.__setattr__
write(c, 4)
print(read(c))

class Other:
    x = "class attr of Other"

    def m(self):
        return "Other.m"

o = Other()
for obj in (c, o, c, o):
    print(read(obj), call(obj))

Other.x = "changed"
print(read(o))
o.x = "instance wins over plain class attr"
print(read(o))
del o.x
print(read(o))

# Implicit special-method lookup goes through the type, not the instance
class Thing:
    def __len__(self):
        return 1
    def __repr__(self):
        return "Thing(class repr)"
    def __add__(self, other):
        return "class add"

t = Thing()
t.__len__ = lambda: 99
t.__repr__ = lambda: "instance repr"
t.__add__ = lambda other: "instance add"
print(len(t), repr(t), t + 1)
print(t.__len__(), t.__repr__(), t.__add__(1))      # explicit calls see the instance attrs

# changing the class affects implicit calls immediately
Thing.__len__ = lambda self: 7
Thing.__repr__ = lambda self: "patched repr"
print(len(t), repr(t), [t])

# deleting a dunder from the class removes the behaviour
del Thing.__add__
try:
    t + 1
except TypeError as e:
    print(type(e).__name__, e)

# adding dunders to a class after creation works for all operations
class Late:
    pass
l = Late()
Late.__eq__ = lambda self, other: True
Late.__hash__ = lambda self: 0
Late.__getitem__ = lambda self, k: k * 2
Late.__call__ = lambda self, x: x + 1
Late.__iter__ = lambda self: iter([1, 2])
Late.__bool__ = lambda self: False
print(l == 5, l[21], l(41), list(l), bool(l), len({l, Late()}))

# __getattr__ is not consulted for implicit dunder lookups
class Dyn:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 3
        raise AttributeError(name)
d = Dyn()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)

# dunders inherited through the MRO are found by implicit lookup
class Base:
    def __str__(self):
        return "Base.__str__"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
print(str(Leaf()), f"{Leaf()}")
Mid.__str__ = lambda self: "Mid.__str__"
print(str(Leaf()), str(Base()))

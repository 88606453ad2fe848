# Renaming classes: __name__ and __qualname__ are assignable strings
class Widget:
    class Part:
        pass

print(Widget.__name__, Widget.__qualname__, Widget.Part.__qualname__)
Widget.__name__ = "Gadget"
print(Widget.__name__, Widget.__qualname__, Widget)
Widget.__qualname__ = "Outer.Gadget"
print(Widget, repr(Widget()).split(" object")[0])

# the name is used by messages that mention the class
try:
    Widget.missing
except AttributeError as e:
    print(e)

for bad in [1, None, b"x"]:
    for attr in ["__name__", "__qualname__"]:
        try:
            setattr(Widget, attr, bad)
        except TypeError as e:
            print(type(e).__name__, e)

# built-in classes refuse
try:
    int.__name__ = "integer"
except TypeError as e:
    print(type(e).__name__, e)

# every class's class is type; type's class is type
print(Widget.__class__ is type, type.__class__ is type, int.__class__.__name__)
print(Widget().__class__.__name__, Widget.Part.__class__)

# a decorator that renames
def named(n):
    def deco(cls):
        cls.__name__ = n
        cls.__qualname__ = n
        return cls
    return deco

@named("Renamed")
class Original:
    def __repr__(self):
        return f"<{type(self).__name__}>"
print(Original.__name__, Original(), [Original()])

# functions keep their own names
def f():
    pass
f.__name__ = "g"
print(f.__name__, f.__qualname__)

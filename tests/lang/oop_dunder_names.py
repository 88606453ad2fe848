# __name__, __qualname__, __doc__, __module__ of classes, methods and instances
class Documented:
    """Class docstring."""

    def method(self):
        """Method docstring."""
        return 1

    def nodoc(self):
        return 2

    class Inner:
        "Inner doc"

class Undocumented:
    x = 1

print(Documented.__name__, Documented.__qualname__, Documented.__module__)
print(repr(Documented.__doc__))
print(repr(Undocumented.__doc__))
print(repr(Documented.method.__doc__), repr(Documented.nodoc.__doc__))
print(Documented.method.__name__, Documented.method.__qualname__)
print(Documented.Inner.__qualname__, Documented.Inner.__doc__)

d = Documented()
print(d.__class__ is Documented, d.__class__.__name__)
print(d.__doc__)                 # instances see the class docstring
print(d.method.__qualname__)

# __name__ can be reassigned; __qualname__ is separate
class Renamed:
    pass
Renamed.__name__ = "NewName"
print(Renamed.__name__, Renamed.__qualname__)
print(Renamed)
Renamed.__qualname__ = "Qual.Name"
print(Renamed)

# __name__ must be a str
try:
    Renamed.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# docstring only counts if it is the first statement
class LateDoc:
    x = 1
    "not a docstring"
print(LateDoc.__doc__)

# builtin types have names too
for t in [int, str, list, dict, object, type, bool, type(None)]:
    print(t.__name__, t.__qualname__, t.__module__)

# __class__ of various things
print(type(d).__class__.__name__, (5).__class__.__name__, Documented.__class__.__name__)
print([].__class__, "".__class__)

# instance has no __name__ of its own
try:
    d.__name__
except AttributeError as e:
    print(type(e).__name__, e)

# functions defined in class body carry qualnames with the class prefix
class Q:
    def f(self):
        def g():
            pass
        return g
    lam = lambda self: None
print(Q().f().__qualname__, Q.lam.__name__, Q.lam.__qualname__)

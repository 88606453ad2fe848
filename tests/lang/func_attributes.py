# Function attributes: __name__, __qualname__, __doc__, custom attributes
def documented(a, b):
    """Add two things.

    Second paragraph."""
    return a + b

def undocumented():
    return None

print(documented.__name__)
print(documented.__qualname__)
print(repr(documented.__doc__))
print(undocumented.__doc__)
print(documented.__module__)

lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)

def outer():
    def inner():
        "inner doc"
    return inner
i = outer()
print(i.__name__, i.__qualname__, i.__doc__)

# a string that is not the first statement is not a docstring
def not_doc():
    x = 1
    "not a docstring"
    return x
print(not_doc.__doc__)

# assigning to __name__ and __doc__
def renamed():
    pass
renamed.__name__ = "new_name"
renamed.__doc__ = "new doc"
print(renamed.__name__, renamed.__qualname__, renamed.__doc__)

# custom attributes on functions
def tagged():
    return tagged.calls
tagged.calls = 0
tagged.calls += 5
print(tagged(), hasattr(tagged, "calls"), hasattr(tagged, "nope"))
setattr(tagged, "label", "L")
print(getattr(tagged, "label"), getattr(tagged, "missing", "default"))
try:
    tagged.missing_attr
except AttributeError as e:
    print("AttributeError:", e)

# a decorator that copies metadata by hand
def keep_meta(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__qualname__ = fn.__qualname__
    return wrapper

@keep_meta
def kept(x):
    "kept doc"
    return x
print(kept.__name__, kept.__qualname__, kept.__doc__, kept(3))

# repr of functions includes qualname
print(repr(documented).split(" at ")[0])
print(repr(i).split(" at ")[0])
print(repr(lam).split(" at ")[0])

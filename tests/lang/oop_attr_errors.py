# AttributeError messages from CPython
class Widget:
    size = 3
    def __init__(self):
        self.name = "w"

w = Widget()
tests = [
    lambda: w.colour,
    lambda: Widget.colour,
    lambda: w.name.missing,
    lambda: (5).real.nothing,
    lambda: None.value,
    lambda: [].push,
    lambda: {}.has_key,
    lambda: "str".size,
    lambda: len.__nothing__,
    lambda: int.nothing,
    lambda: object().x,
]
for t in tests:
    try:
        t()
        print("no error")
    except AttributeError as e:
        print(type(e).__name__, "|", e, "|", e.args)

# setting attributes on types that do not allow it
for target, attr in [(int, "x"), (str, "upper"), (list, "new"), (object, "y")]:
    try:
        setattr(target, attr, 1)
    except TypeError as e:
        print(type(e).__name__, "|", e)

# a user AttributeError keeps its message
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"Strict has no {name}")
try:
    Strict().abc
except AttributeError as e:
    print(e, e.args)

# AttributeError is caught by hasattr, other exceptions are not
class Explodes:
    @property
    def bad(self):
        raise KeyError("from property")
print(hasattr(Explodes(), "nope"))
try:
    hasattr(Explodes(), "bad")
except KeyError as e:
    print(type(e).__name__, e)

# getattr default only swallows AttributeError
print(getattr(w, "nope", "default"))
try:
    getattr(Explodes(), "bad", "default")
except KeyError as e:
    print(type(e).__name__, e)

# attribute name must be a string
for f in [lambda: getattr(w, 5), lambda: setattr(w, 5, 1), lambda: hasattr(w, None), lambda: delattr(w, 1.5)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

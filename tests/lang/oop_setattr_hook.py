# __setattr__ intercepts every attribute assignment
class Logged:
    def __init__(self, x):
        self.x = x               # goes through __setattr__ too

    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        super().__setattr__(name, value)

l = Logged(1)
l.y = 2
l.x += 10
print(l.x, l.y, l.__dict__)
setattr(l, "z", [3])

# validation and immutability
class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")

f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.b
except AttributeError as e:
    print(type(e).__name__, e)
print(f.a, f.b)

# __setattr__ that converts values
class Typed:
    types = {"n": int, "s": str}
    def __setattr__(self, name, value):
        conv = self.types.get(name)
        if conv is not None:
            value = conv(value)
        object.__setattr__(self, name, value)

t = Typed()
t.n = "42"
t.s = 3.5
t.other = "unchanged"
print(repr(t.n), repr(t.s), repr(t.other))
try:
    t.n = "x"
except ValueError as e:
    print(type(e).__name__, e)

# __setattr__ and properties: the hook runs first, the property via object.__setattr__
class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("  property setter", value)
        object.__setattr__(self, "_v", value * 2)
    def __setattr__(self, name, value):
        print("  hook", name)
        object.__setattr__(self, name, value)
w = WithProp()
w.v = 5
print(w.v)

# setting attributes on builtin instances fails
for obj in [1, "s", [1], None]:
    try:
        obj.attr = 1
    except AttributeError as e:
        print(type(e).__name__, e)

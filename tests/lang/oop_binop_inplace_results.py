# In-place operator results: rebinding, None, NotImplemented fallback, targets
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
    def __sub__(self, o):
        print("  __sub__")
        return Acc(self.v - o)

# __iadd__ returning something else rebinds the name to it
class Strange:
    def __iadd__(self, o):
        return "replaced"
s = Strange()
s += 1
print(s)

# __iadd__ returning None rebinds to None (a common bug)
class Forgot:
    def __iadd__(self, o):
        self.v = o
f = Forgot()
f += 3
print(f)

# __iadd__ returning NotImplemented falls back to __add__, then __radd__
class Partial:
    def __iadd__(self, o):
        print("  Partial.__iadd__ -> NotImplemented")
        return NotImplemented
    def __add__(self, o):
        return f"Partial.__add__({o})"
p = Partial()
p += 1
print(p)
class RightSide:
    def __radd__(self, o):
        return "RightSide.__radd__"
n = 10
n += RightSide()
print(n)

# in-place on attributes and subscripts evaluates the target once
class Box:
    def __init__(self):
        self.items = [Acc(0), Acc(10)]
b = Box()
b.items[1] += 5
print(b.items)
# the in-place add on a tuple item succeeds, then the tuple store fails
t = (Acc(0),)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e, t)

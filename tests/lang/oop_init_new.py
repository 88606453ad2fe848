# __new__ and __init__ interplay
log = []

class Tracked:
    def __new__(cls, *args, **kwargs):
        log.append(("new", cls.__name__, args, kwargs))
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst

    def __init__(self, a, b=2):
        log.append(("init", a, b))
        self.a = a
        self.b = b

t = Tracked(1, b=3)
for entry in log:
    print(entry)
print(t.a, t.b, t.created_by_new)

# __new__ returning an instance of another class skips __init__
class Other:
    def __repr__(self):
        return "Other()"

class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")

w = Weird()
print(w, type(w).__name__, isinstance(w, Weird))

# __new__ returning a subclass instance still runs __init__
class Base:
    def __new__(cls, kind):
        if kind == "sub" and cls is Base:
            return super().__new__(Sub)
        return super().__new__(cls)
    def __init__(self, kind):
        self.kind = kind

class Sub(Base):
    def __repr__(self):
        return f"Sub({self.kind})"

s = Base("sub")
print(s, type(s).__name__)
print(type(Base("plain")).__name__)

# __init__ must return None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

# object.__new__ rejects extra args when __init__ is not overridden
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# __init__ can be called again explicitly
class Re:
    def __init__(self, v):
        self.v = v
r = Re(1)
r.__init__(9)
print(r.v)

# __new__ is an implicit staticmethod: calling it explicitly needs cls
inst = Re.__new__(Re)
print(type(inst).__name__, hasattr(inst, "v"))

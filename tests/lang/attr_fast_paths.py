# The instance-dict and method fast paths must notice every change that alters what
# `obj.x`, `obj.x = v` and `obj.m()` mean, at the same site, inside one loop.


class A:
    def __init__(self):
        self.x = 1

    def m(self):
        return "A.m"


class B:
    def __init__(self):
        self.x = 2

    def m(self):
        return "B.m"


def reads(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out


def calls(objs):
    out = []
    for o in objs:
        out.append(o.m())
    return out


a, b = A(), B()
print(reads([a, b, a, b]))
print(calls([a, b, a]))

# (Assigning `__class__` is refused by the sandbox: docs/divergences/sandbox.md.)

# A property added to the class later takes precedence over the instance dict.
A.x = property(lambda self: "prop")
print(reads([a, a]))
del A.x
print(reads([a, a]))

# Writes go through a property setter added later, and stop doing so when it goes.
def set_all(objs, v):
    for o in objs:
        o.x = v


set_all([a], 10)
log = []
A.x = property(lambda self: "p", lambda self, v: log.append(v))
set_all([a], 11)
print(log, a.__dict__)
del A.x
set_all([a], 12)
print(a.__dict__)

# An instance attribute shadows the method from then on.
a.m = lambda: "instance m"
print(calls([a, A()]))
del a.m
print(calls([a]))

# Deleting and re-adding moves the attribute to another dict slot.
c = A()
c.y = 5
del c.x
print(reads([A()]))
c.x = 7
print(reads([c, A(), c]), list(c.__dict__))

# A hook added to a base class afterwards.
class Base:
    pass


class D(Base):
    def __init__(self):
        self.x = 3

    def m(self):
        return "D.m"


d = D()
print(reads([d]), calls([d]))
Base.__getattribute__ = lambda self, name: "hooked " + name
print(reads([d]))
del Base.__getattribute__
print(reads([d]), calls([d]))
Base.__setattr__ = lambda self, name, v: log.append((name, v))
set_all([d], 99)
print(d.x, log[-1])
del Base.__setattr__
set_all([d], 100)
print(d.x)

# Method replaced on the class between calls.
D.m = lambda self: "new D.m"
print(calls([d]))

# Missing attribute still raises, with __getattr__ as fallback when defined.
e = A()
del e.x
try:
    reads([e])
except AttributeError as exc:
    print("AttributeError:", exc)
A.__getattr__ = lambda self, name: "fallback " + name
print(reads([e]))

# dict membership after clear and removals (the key summary must never say "absent" wrongly).
t = {"k": 1, 2: "two"}
t.clear()
print("k" in t, 2 in t)
t["k"] = 3
t[2] = 4
del t["k"]
print("k" in t, 2 in t, t.get("k"), t.get(2))
t.update({i: i for i in range(100)})
print(sum(1 for i in range(200) if i in t), len(t))

# A method call on an instance whose base gains __getattribute__ later goes through the hook.
class G:
    def m(self):
        return "G.m"


class H(G):
    pass


h = H()
print(h.m())
G.__getattribute__ = lambda self, name: (lambda: "hooked " + name)
print(h.m(), H().m())

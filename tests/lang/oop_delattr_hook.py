# __delattr__ and the del statement on attributes
class Tracked:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.deleted = []

    def __delattr__(self, name):
        if name == "a":
            raise AttributeError("a is protected")
        self.deleted.append(name)
        super().__delattr__(name)

t = Tracked()
del t.b
print(t.deleted, sorted(t.__dict__))
try:
    del t.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(t.deleted)
delattr(t, "deleted")
print(sorted(t.__dict__))

# del through delattr() builtin with missing attribute on plain object
class Plain:
    pass
p = Plain()
p.x = 1
delattr(p, "x")
print(hasattr(p, "x"))
try:
    delattr(p, "x")
except AttributeError as e:
    print(type(e).__name__, e)

# soft delete: __delattr__ that records instead of deleting
class Soft:
    def __init__(self):
        object.__setattr__(self, "_gone", set())
        self.v = 10
    def __delattr__(self, name):
        self._gone.add(name)
    def __getattribute__(self, name):
        if name != "_gone" and name in object.__getattribute__(self, "_gone"):
            raise AttributeError(f"{name} was soft-deleted")
        return object.__getattribute__(self, name)

s = Soft()
print(s.v)
del s.v
try:
    s.v
except AttributeError as e:
    print(type(e).__name__, e)
print(s.__dict__["v"])

# del on class attributes from an instance is an error
class K:
    shared = 1
k = K()
try:
    del k.shared
except AttributeError as e:
    print(type(e).__name__, e)
del K.shared
print(hasattr(K, "shared"))

# deleting multiple attributes in one statement
q = Plain()
q.a, q.b, q.c = 1, 2, 3
del q.a, q.c
print(q.__dict__)

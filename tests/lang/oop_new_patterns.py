# __new__ patterns: singletons, interning, alternative results, explicit object.__new__
class Singleton:
    _instance = None
    inits = 0
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        Singleton.inits += 1

a, b = Singleton(), Singleton()
print(a is b, Singleton.inits)

# interning by value: __init__ still runs on the cached instance
class Sym:
    _table = {}
    def __new__(cls, name):
        obj = cls._table.get(name)
        if obj is None:
            obj = object.__new__(cls)
            obj.name = name
            cls._table[name] = obj
        return obj
    def __repr__(self):
        return f"Sym({self.name!r})"
print(Sym("x") is Sym("x"), Sym("x") is Sym("y"), sorted(Sym._table), Sym("z"))

# __new__ returning something else: __init__ is skipped
class Factory:
    def __new__(cls, kind):
        if kind == "list":
            return [1, 2]
        if kind == "none":
            return None
        return super().__new__(cls)
    def __init__(self, kind):
        print("  init", kind)
        self.kind = kind
print(Factory("list"), Factory("none"), Factory("obj").kind)

# __new__ returning an instance of another class: its __init__ is not called either
class Other:
    def __init__(self):
        print("  Other.__init__")
class Redirect:
    def __new__(cls):
        return Other.__new__(Other)
print(type(Redirect()).__name__)

# __new__ returning an instance of a subclass: __init__ runs
class Base:
    def __new__(cls, *args):
        if cls is Base:
            return super().__new__(Derived)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
class Derived(Base):
    pass
d = Base(5)
print(type(d).__name__, d.v)

# explicit staticmethod decorator and cls.__new__(cls)
class Explicit:
    @staticmethod
    def __new__(cls, *args, **kwargs):
        obj = super(Explicit, cls).__new__(cls)
        obj.args = (args, kwargs)
        return obj
e = Explicit(1, k=2)
print(e.args, Explicit.__new__(Explicit).args)

# argument errors of object.__new__ and object.__init__
class NoInit:
    pass
class OnlyInit:
    def __init__(self, v):
        self.v = v
class OnlyNew:
    def __new__(cls, v):
        return super().__new__(cls)
for f in [lambda: NoInit(1), lambda: OnlyInit(), lambda: OnlyInit(1).v, lambda: type(OnlyNew(1)).__name__,
          lambda: object.__new__(NoInit, 1), lambda: object.__new__(1), lambda: object.__new__(int)]:
    try:
        print(f())
    except TypeError as err:
        print(type(err).__name__, err)

# __new__ of built-in subclasses: immutable values are fixed in __new__
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def __init__(self, s):
        self.original = s
u = Upper("hi")
print(u, u.original, u == "HI", type(u).__name__)

class Clamp(int):
    def __new__(cls, v, lo=0, hi=10):
        return super().__new__(cls, max(lo, min(hi, v)))
print(Clamp(50), Clamp(-5), Clamp(7), Clamp(50, hi=99), Clamp(3) + Clamp(4))

class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
p = Pair(1, 2)
print(p, p[0] + p[1], len(p), type(p).__name__, isinstance(p, tuple))
try:
    int.__new__(Pair)
except TypeError as err:
    print(type(err).__name__, err)
try:
    object.__new__(Pair)
except TypeError as err:
    print(type(err).__name__, err)

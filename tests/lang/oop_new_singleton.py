# Caching and singleton patterns using __new__
class Singleton:
    _instance = None
    inits = 0

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        Singleton.inits += 1   # __init__ still runs on every call

a = Singleton()
b = Singleton()
print(a is b, Singleton.inits)

# interning instances by value
class Color:
    _cache = {}

    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        obj = super().__new__(cls)
        obj.name = name
        cls._cache[name] = obj
        return obj

    def __repr__(self):
        return f"Color({self.name!r})"

r1 = Color("red")
r2 = Color("red")
g = Color("green")
print(r1 is r2, r1 is g, r1, g)
print(sorted(Color._cache))

# immutable-ish value created entirely in __new__
class Pair:
    def __new__(cls, a, b):
        self = object.__new__(cls)
        self.first = a
        self.second = b
        return self

    def __repr__(self):
        return f"Pair({self.first}, {self.second})"

print(Pair(1, 2), Pair("x", [3]))

# counting allocations per subclass
class Counted:
    counts = {}
    def __new__(cls, *args):
        Counted.counts[cls.__name__] = Counted.counts.get(cls.__name__, 0) + 1
        return super().__new__(cls)
    def __init__(self, *args):
        self.args = args

class CA(Counted):
    pass

class CB(Counted):
    pass

for _ in range(3):
    CA()
CB(1, 2)
Counted()
print(Counted.counts)
print(CB(5).args)

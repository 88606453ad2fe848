# Duck typing: unrelated classes used interchangeably by shared protocols
class File:
    def __init__(self, lines):
        self.lines = lines
    def read(self):
        return "\n".join(self.lines)
    def __iter__(self):
        return iter(self.lines)

class Socket:
    def __init__(self, chunks):
        self.chunks = chunks
    def read(self):
        return "".join(self.chunks)

class Nothing:
    pass

def slurp(source):
    try:
        reader = source.read
    except AttributeError:
        return f"<{type(source).__name__} cannot be read>"
    return reader()

for src in [File(["a", "b"]), Socket(["x", "y", "z"]), Nothing(), "str has no read"]:
    print(repr(slurp(src)))

# EAFP versus LBYL
def length(obj):
    if hasattr(obj, "__len__"):
        return len(obj)
    try:
        return sum(1 for _ in obj)
    except TypeError:
        return None
print(length([1, 2]), length(File(["p", "q", "r"])), length(Socket([])), length(x for x in "ab"))

# anything with quack() works
class Duck:
    def quack(self):
        return "Quack!"
class Robot:
    def quack(self):
        return "beep-quack"
class Person:
    def __init__(self, name):
        self.name = name
    def quack(self):
        return f"{self.name} imitates a duck"
print([thing.quack() for thing in (Duck(), Robot(), Person("Ann"))])

# protocols instead of base classes: anything with __lt__ sorts, anything with __iter__ loops
class Version:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __lt__(self, other):
        return self.t < other.t
    def __repr__(self):
        return ".".join(map(str, self.t))
print(sorted([Version("1.10"), Version("1.9"), Version("1.2.3")]))
print(sorted(File(["b", "c", "a"])), list(enumerate(File(["x"]))), "b" in File(["a", "b"]))

# callable() check for strategy arguments
def apply(strategy, value):
    if callable(strategy):
        return strategy(value)
    return strategy.get(value, "?")
class Upper:
    def __call__(self, v):
        return v.upper()
print(apply(str.title, "hi there"), apply(Upper(), "x"), apply({"a": 1}, "a"), apply({}, "b"))

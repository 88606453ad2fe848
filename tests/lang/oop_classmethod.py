# @classmethod: alternative constructors and class-level state
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))     # cls is the subclass
print(MyDate.epoch(), Date.epoch())
print(Date.epoch().from_string("2000-1-2"))  # callable through an instance

# classmethod keeps per-class counters
class Widget:
    created = 0
    @classmethod
    def make(cls):
        cls.created += 1           # creates a class attribute on the subclass
        return cls()

class Button(Widget):
    pass

Widget.make(); Widget.make(); Button.make()
print(Widget.created, Button.created, "created" in Button.__dict__)

# the bound classmethod
m = Date.from_string
print(type(m).__name__, m.__self__ is Date, m.__func__.__name__)
print(MyDate.from_string.__self__.__name__)
print(type(Date.__dict__["epoch"]).__name__)

# classmethod receiving only cls
class Reg:
    items = []
    @classmethod
    def add(cls, *xs):
        cls.items.extend(xs)
        return len(cls.items)
print(Reg.add(1, 2), Reg().add(3), Reg.items)

# errors in classmethod calls
try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.from_string("bad")
except ValueError as e:
    print(type(e).__name__, e)

# a classmethod-based registry of subclasses (explicit registration)
class Plugin:
    plugins = {}
    @classmethod
    def register(cls, name):
        Plugin.plugins[name] = cls
        return cls
    @classmethod
    def build(cls, name):
        return Plugin.plugins[name]()
class Csv(Plugin):
    def run(self): return "csv"
class Json(Plugin):
    def run(self): return "json"
Csv.register("csv")
Json.register("json")
print(Plugin.build("json").run(), Plugin.build("csv").run(), sorted(Plugin.plugins))

# __getattribute__ intercepts every attribute access
class Spy:
    def __init__(self):
        self.x = 1
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.x * 2

s = Spy()
print(s.x, s.method())
print(s.log)

# __getattribute__ raising AttributeError falls back to __getattr__
class Both:
    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback({name})"
b = Both()
b.visible = "v"
b.hidden_one = "h"
print(b.visible, b.hidden_one, b.missing)

# renaming attributes on the fly
class Aliases:
    ALIASES = {"colour": "color", "sz": "size"}
    def __init__(self):
        self.color = "red"
        self.size = 3
    def __getattribute__(self, name):
        aliases = object.__getattribute__(self, "ALIASES")
        return object.__getattribute__(self, aliases.get(name, name))
a = Aliases()
print(a.colour, a.sz, a.color)

# special methods bypass __getattribute__ on the instance
class Sneaky:
    def __init__(self):
        self.seen = []
    def __getattribute__(self, name):
        object.__getattribute__(self, "seen").append(name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 7
    def __repr__(self):
        return "Sneaky()"
sn = Sneaky()
print(len(sn), repr(sn), str(sn))
print(sn.seen)

# AttributeError message for missing attrs still comes from object
class Plain:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)
try:
    Plain().nothing
except AttributeError as e:
    print(type(e).__name__, e)

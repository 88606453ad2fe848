# __getattr__ is called only when normal lookup fails
class Defaults:
    known = "class attr"

    def __init__(self):
        self.real = "instance attr"
        self.misses = []

    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith("opt_"):
            return f"default for {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

d = Defaults()
print(d.real, d.known)
print(d.opt_color, d.opt_size)
print(d.misses)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(d, "opt_x"), hasattr(d, "zzz"))
print(getattr(d, "zzz", "fallback"))
print(d.misses)

# __getattr__ is not used for special method lookup by operators
class Magic:
    def __getattr__(self, name):
        return lambda *a: f"magic {name}"
m = Magic()
print(m.anything(), m.__len__())
try:
    len(m)
except TypeError as e:
    print(type(e).__name__, e)

# __getattr__ returning values of any kind
class Config:
    def __init__(self, data):
        self._data = data
    def __getattr__(self, name):
        try:
            value = self._data[name]
        except KeyError:
            raise AttributeError(name) from None
        return Config(value) if isinstance(value, dict) else value

cfg = Config({"db": {"host": "localhost", "port": 5432}, "debug": True})
print(cfg.debug, cfg.db.host, cfg.db.port)
try:
    cfg.db.user
except AttributeError as e:
    print(type(e).__name__, e, e.__suppress_context__)

# an AttributeError raised by a property falls back to __getattr__
class Prop:
    @property
    def broken(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return f"getattr rescued {name}"
print(Prop().broken)

# __getattr__ on the class is not used for class attribute access
class OnInstance:
    def __getattr__(self, name):
        return 42
print(OnInstance().whatever)
try:
    OnInstance.whatever
except AttributeError as e:
    print(type(e).__name__, e)

# Subclassing dict: __missing__, overridden methods, attribute access
class DefaultZero(dict):
    def __missing__(self, key):
        return 0

d = DefaultZero(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, d)

class AutoList(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value

groups = AutoList()
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(type(groups).__name__, isinstance(groups, dict))

# __missing__ is only used by __getitem__
print(DefaultZero().get("z", "get-default"), DefaultZero().pop("z", "pop-default"))
try:
    DefaultZero().pop("z")
except KeyError as e:
    print(type(e).__name__, e)

# __missing__ raising a custom message
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"unknown key {key!r}; known: {sorted(self)}")
s = Strict(x=1, y=2)
try:
    s["z"]
except KeyError as e:
    print(type(e).__name__, e.args[0])

# attribute-style access
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(host="h", port=1)
ad.user = "root"
print(ad.host, ad.port, ad.user, ad)
try:
    ad.password
except AttributeError as e:
    print(type(e).__name__, e)

# overriding __setitem__ is NOT used by update() or the constructor
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper(a=1)
u["b"] = 2
u.update(c=3)
print(u)

# dict methods return plain dicts
class Mine(dict):
    pass
m = Mine(a=1)
print(type(m.copy()).__name__, type(m | {"b": 2}).__name__, type(dict(m)).__name__)
m |= {"z": 26}
print(type(m).__name__, m)
print(Mine.fromkeys("ab", 0), type(Mine.fromkeys("ab")).__name__)

# Mapping-like classes: keys() + __getitem__ for dict(), update() and ** unpacking
class Settings:
    def __init__(self, **kw):
        self._d = kw
    def keys(self):
        print("  keys() called")
        return list(self._d)
    def __getitem__(self, k):
        print(f"  __getitem__({k!r})")
        return self._d[k]

s = Settings(host="h", port=80)
print(dict(s))
d = {"x": 1}
d.update(s)
print(d)

def connect(host, port, timeout=5):
    return f"{host}:{port} (timeout {timeout})"
print(connect(**s))
print({**s, "port": 8080})

# keys() may return any iterable, including a generator
class GenKeys:
    def keys(self):
        yield "a"
        yield "b"
    def __getitem__(self, k):
        return k.upper()
print(dict(GenKeys()), {**GenKeys()})

# without keys(), dict() treats the object as an iterable of pairs
class Pairs:
    def __iter__(self):
        return iter([("k1", 1), ("k2", 2)])
print(dict(Pairs()))
try:
    {**Pairs()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    connect(**Pairs())
except TypeError as e:
    print(type(e).__name__, e)

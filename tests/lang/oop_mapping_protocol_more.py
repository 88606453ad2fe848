# Mapping protocol edge cases: pairs iterables, non-string keys, full read-only mapping
def connect(host, port, timeout=5):
    return f"{host}:{port} (timeout {timeout})"

# ** with non-string keys fails for function calls
class IntKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
print({**IntKeys()})
try:
    connect(**IntKeys())
except TypeError as e:
    print(type(e).__name__, e)

# a KeyError from __getitem__ propagates
class Broken:
    def keys(self):
        return ["ghost"]
    def __getitem__(self, k):
        raise KeyError(k)
try:
    dict(Broken())
except KeyError as e:
    print(type(e).__name__, e)

# a full read-only mapping with __len__, __iter__, __contains__ and get()
class Frozen:
    def __init__(self, data):
        self._data = dict(data)
    def __getitem__(self, k):
        return self._data[k]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)
    def keys(self):
        return self._data.keys()
    def get(self, k, default=None):
        return self._data.get(k, default)
    def __contains__(self, k):
        return k in self._data
f = Frozen({"a": 1, "b": 2})
print(len(f), list(f), "a" in f, f.get("z", 0), dict(f), sorted(f.keys()))
print([f[k] * 10 for k in f])

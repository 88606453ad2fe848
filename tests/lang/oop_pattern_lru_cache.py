# An LRU cache class used directly and as a method decorator
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        if key not in self.data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value          # move to most-recent position
        return value

    def __setitem__(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"

c = LRU(3)
for k in "abc":
    c[k] = k.upper()
print(c)
print(c["a"], c)
c["d"] = "D"                     # evicts b, the least recently used
print(c, "b" in c, len(c))
try:
    c["b"]
except KeyError as e:
    print(type(e).__name__, e, c)
c["c"] = "C2"
print(c, c["c"])

# decorator factory using the cache class
def cached(capacity):
    def deco(func):
        cache = LRU(capacity)
        def wrapper(*args):
            try:
                return cache[args]
            except KeyError:
                result = cache[args] = func(*args)
                return result
        wrapper.cache = cache
        return wrapper
    return deco

@cached(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache))

class Geometry:
    def __init__(self):
        self.calls = 0
    @cached(2)
    def area(self, w, h):
        self.calls += 1
        return w * h
g = Geometry()
print([g.area(w, h) for w, h in [(1, 2), (1, 2), (3, 4), (5, 6), (1, 2)]], g.calls)
cache = Geometry.area.cache
print(cache.hits, cache.misses, len(cache), [key[1:] for key in cache.data])

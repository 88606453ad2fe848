# Lazily computed and cached properties, validation in setters
class Dataset:
    def __init__(self, values):
        self._values = list(values)
        self._stats = None
        self.computations = 0

    @property
    def values(self):
        return tuple(self._values)

    @values.setter
    def values(self, new):
        self._values = list(new)
        self._stats = None          # invalidate cache

    @property
    def stats(self):
        if self._stats is None:
            self.computations += 1
            n = len(self._values)
            mean = sum(self._values) / n
            self._stats = {"n": n, "mean": mean, "max": max(self._values)}
        return self._stats

d = Dataset([1, 2, 3, 6])
print(d.stats)
print(d.stats["mean"], d.computations)
d.values = [10, 20]
print(d.values, d.stats, d.computations)
try:
    d.values.append(3)
except AttributeError as e:
    print(type(e).__name__, e)

# bounded value using a property
class Volume:
    def __init__(self, level=5):
        self.level = level
    @property
    def level(self):
        return self._level
    @level.setter
    def level(self, v):
        self._level = max(0, min(10, v))

v = Volume()
for change in [3, 10, -20]:
    v.level += change
    print(v.level, end=" ")
print()
print(Volume(99).level, Volume(-1).level)

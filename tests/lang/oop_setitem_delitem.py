# __setitem__ and __delitem__
class Recorder:
    def __init__(self):
        self.data = {}
        self.log = []
    @staticmethod
    def _k(key):
        # slices are unhashable in 3.11, so store them as tuples
        return ("slice", key.start, key.stop, key.step) if isinstance(key, slice) else key
    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        self.data[self._k(key)] = value
    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[self._k(key)]
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[self._k(key)]

r = Recorder()
r["a"] = 1
r[1:3] = "xy"
r[0, 0] = None
r["a"] += 10           # get then set
del r["a"]
for entry in r.log:
    print(entry)
print(r.data)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r["zzz"]
except KeyError as e:
    print(type(e).__name__, e)

# chained assignment calls __setitem__ for each target, left to right
r2 = Recorder()
r2["x"] = r2["y"] = 5
print(r2.log)

# tuple unpacking into subscripts
r3 = Recorder()
r3["p"], r3["q"] = 1, 2
print(r3.log)

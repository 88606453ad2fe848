# __getitem__ for slice-aware sequences, mappings, and missing support
# a sequence supporting slices via slice.indices
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i

sq = Squares(6)
print(sq[0], sq[5], sq[-1], sq[1:4], sq[::-2], sq[10:], sq[-3:])
try:
    sq[6]
except IndexError as e:
    print(type(e).__name__, e)

# KeyError from a mapping-like __getitem__
class Env:
    def __init__(self, **kw):
        self.vars = kw
    def __getitem__(self, name):
        return self.vars[name]
env = Env(HOME="/home/u")
print(env["HOME"])
try:
    env["PATH"]
except KeyError as e:
    print(type(e).__name__, e)

# subscript on objects without __getitem__
class Nothing:
    pass
try:
    Nothing()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Nothing[0]
except TypeError as e:
    print(type(e).__name__, e)

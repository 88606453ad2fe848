# Lookups mixing user keys with builtin keys, set algebra, and errors from __eq__
class Key:
    eq_calls = 0

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"

# user keys equal to builtin keys
class IntLike:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other
counts = {1: "one", 2: "two"}
print(counts[IntLike(1)], IntLike(2) in counts, IntLike(3) in counts)
print(counts.get(IntLike(2)), {IntLike(1): "x"}[1])

# set operations use hash/eq
s1 = {Key("x", 10), Key("y", 20)}
s2 = {Key("y", 20), Key("z", 30)}
print(sorted(k.name for k in s1 & s2), sorted(k.name for k in s1 | s2), sorted(k.name for k in s1 - s2))

# dict keeps the first key object, updates the value
k1, k2 = Key("same", 5), Key("same", 5)
dd = {k1: 1}
dd[k2] = 2
print(len(dd), dd[k1], next(iter(dd)) is k1)

# exception raised from __eq__ during lookup propagates
class Explosive:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
# the stored key's __eq__ is tried first: Key.__eq__ answers False quietly
ex = {Key("a", 1): 0}
print(Explosive() in ex)
# with Explosive stored, its __eq__ runs and the error escapes
ex2 = {Explosive(): 0}
try:
    Key("a", 1) in ex2
except RuntimeError as e:
    print(type(e).__name__, e)

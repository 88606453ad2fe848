# dict and set lookups with user-defined __hash__ and __eq__
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

# colliding hashes: lookup falls back to __eq__
a, b, c = Key("a", 1), Key("b", 1), Key("c", 2)
d = {a: "A", b: "B", c: "C"}
print(len(d), d[Key("a", 1)], d[Key("b", 1)], d[Key("c", 2)])
print(Key("a", 2) in d, Key("z", 1) in d)

# identity shortcut: the same object is found without calling __eq__
Key.eq_calls = 0
print(d[a], d[c], Key.eq_calls)

# equal objects with different hashes are not found
class BrokenHash:
    counter = 0
    def __init__(self, v):
        self.v = v
        BrokenHash.counter += 1
        self.h = BrokenHash.counter
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self.v == other.v
s = {BrokenHash(1)}
print(BrokenHash(1) in s, len({BrokenHash(1), BrokenHash(1)}))

# mutating a key after insertion
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Mutable) and self.v == other.v
m = Mutable(1)
table = {m: "value"}
m.v = 2
print(Mutable(1) in table, Mutable(2) in table, m in table, len(table))

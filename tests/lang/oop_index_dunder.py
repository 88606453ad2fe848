# __index__: objects usable wherever an integer index is required
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
    def __repr__(self):
        return f"Idx({self.n})"

data = list("abcdefgh")
print(data[Idx(2)], data[Idx(-1)], "xyz"[Idx(1)], (10, 20, 30)[Idx(0)])
print(data[Idx(1):Idx(5):Idx(2)], data[:Idx(3)], "hello"[Idx(1):])
print(list(range(Idx(4))), list(range(Idx(1), Idx(10), Idx(3))))
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)))
print([0] * Idx(3), "ab" * Idx(2), Idx(2) * "cd")
print(int.__index__(7), round(2.567, Idx(2)))
data[Idx(0)] = "A"
del data[Idx(1)]
print(data)
print(f"{255:x}", format(Idx(255).__index__(), "x"))

# __index__ makes int() and float() work (float falls back to __index__)
print(int(Idx(42)), float(Idx(1)))

# __index__ must return an int
class BadIndex:
    def __index__(self):
        return 1.5
for f in [lambda: [1, 2][BadIndex()], lambda: bin(BadIndex())]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# objects without __index__
class NoIndex:
    pass
one_point_o = 1.0
for f in [lambda: [1, 2][NoIndex()], lambda: "ab"[NoIndex()], lambda: range(NoIndex()),
          lambda: [1] * NoIndex(), lambda: hex(NoIndex()), lambda: (1, 2)[one_point_o]]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# __index__ in slices of user sequences receives the slice object untouched
class Seq:
    def __getitem__(self, key):
        return key
s = Seq()
sl = s[Idx(1):Idx(2)]
print(type(sl).__name__, sl.start, sl.stop, sl.step)
print(sl.indices(10))

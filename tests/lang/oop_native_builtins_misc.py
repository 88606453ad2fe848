# Assorted builtins dispatching to user dunders
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __bool__(self):
        return any(self.c)
    def __iter__(self):
        return iter(self.c)
    def __repr__(self):
        return f"Vec{tuple(self.c)}"
    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c
    def __hash__(self):
        return hash(tuple(self.c))
    def __divmod__(self, k):
        return Vec(*(x // k for x in self.c)), Vec(*(x % k for x in self.c))
    def __pow__(self, k, mod=None):
        return Vec(*(pow(x, k, mod) for x in self.c))
    def __round__(self, n=None):
        return Vec(*(round(x, n) for x in self.c))

v = Vec(3, 4, 12)
print(len(v), abs(v), bool(v), bool(Vec(0, 0)), list(v), tuple(v), v[1], v[-1])
print(divmod(v, 5), pow(v, 2), pow(v, 2, 10), round(Vec(1.26, 2.5), 1), round(Vec(0.5, 1.5)))
print(list(enumerate(v)), list(zip(v, "abc")), list(map(abs, [v, Vec(0)])), list(filter(None, [v, Vec(0)])))
print(sorted(v, reverse=True), min(v), max(v), sum(v), any(Vec(0)), all(v))
print(list(reversed(v)), set(Vec(1, 1, 2)) == {1, 2}, dict(zip(v, v)))
print(hash(v) == hash((3, 4, 12)), {v: 1}[Vec(3, 4, 12)], v in [Vec(3, 4, 12)])
print(isinstance(v, Vec), type(v) is Vec, callable(v), str(v), repr(v), ascii(v), format(v, ""))
print(next(iter(v)), list(iter(v)), [*v], (*v, 0))
a, *b = v
print(a, b)
print(max(Vec(1), Vec(2, 2), Vec(0, 0, 0), key=len), sorted([Vec(2, 2), Vec(1)], key=abs))
print(getattr(v, "c"), hasattr(v, "missing"), len(v.__dict__))

# builtins that reject user objects
for f in [lambda: int(v), lambda: float(v), lambda: hex(v), lambda: ord(v), lambda: chr(v),
          lambda: range(v), lambda: divmod(5, v)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

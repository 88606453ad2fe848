# Subclassing int
class Even(int):
    def __new__(cls, value):
        value = int(value)
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)

    def half(self):
        return Even(self // 2) if (self // 2) % 2 == 0 else self // 2

e = Even(8)
print(e, repr(e), e.half(), type(e.half()).__name__, Even(4).half())
print(e + 1, type(e + 1).__name__, type(-e).__name__, type(e * 2).__name__)
try:
    Even(3)
except ValueError as err:
    print(type(err).__name__, err)
print(Even("10"), isinstance(e, int), e == 8, hash(e) == hash(8), {8: "eight"}[e])

# arithmetic that preserves the subclass must be written explicitly
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
    def __repr__(self):
        return f"Money({int(self)})"
    def __str__(self):
        return f"${int(self)}"
m = Money(5) + 3
print(m, repr(m), repr(3 + Money(4)), repr(sum([Money(1), Money(2)])))
print(f"{m}", f"{m:>5}", f"{m:d}", "%d" % m, str(m), format(m))

# a flags-like int subclass
class Perm(int):
    NAMES = {1: "x", 2: "w", 4: "r"}
    def __repr__(self):
        return "".join(n if self & b else "-" for b, n in sorted(self.NAMES.items(), reverse=True))
    def __or__(self, other):
        return Perm(int(self) | int(other))
r, w, x = Perm(4), Perm(2), Perm(1)
print(repr(r | w), repr(r | w | x), repr(Perm(0)), int(r | x))

# int subclass used as index and in range
class Idx(int):
    pass
data = "abcdef"
print(data[Idx(2)], list(range(Idx(3))), [0, 1, 2, 3][Idx(1):Idx(3)])

# bool cannot be subclassed but int subclasses compare with bools
print(Idx(1) == True, Idx(0) == False, Idx(5) > True)

# subclass with extra attribute, and int() conversion drops it
class Labeled(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
lb = Labeled(7, "seven")
print(lb, lb.label, int(lb), type(int(lb)).__name__, lb.__dict__)
print(sorted([Labeled(3, "c"), Labeled(1, "a"), Labeled(2, "b")]))
print([v.label for v in sorted([Labeled(3, "c"), Labeled(1, "a")])])

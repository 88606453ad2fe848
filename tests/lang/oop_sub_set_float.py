# Subclassing set, frozenset and float
class TagSet(set):
    def add(self, item):
        super().add(item.lower())

    def __repr__(self):
        return "TagSet(" + ", ".join(sorted(self)) + ")"

t = TagSet()
for tag in ["Python", "RUST", "python", "Go"]:
    t.add(tag)
print(t, len(t), "python" in t)
print(type(t | {"x"}).__name__, type(t & {"go"}).__name__, type(t.copy()).__name__)
print(sorted(t | {"x"}))
t |= {"Mixed"}       # in-place update bypasses add()
print(t)

class Interval(frozenset):
    def __new__(cls, lo, hi):
        return super().__new__(cls, range(lo, hi))
    def __repr__(self):
        return f"Interval[{min(self)}..{max(self)}]" if self else "Interval[]"
iv = Interval(1, 5)
print(iv, 3 in iv, len(iv), hash(iv) == hash(frozenset({1, 2, 3, 4})))
print({iv: "ok"}[frozenset({1, 2, 3, 4})], iv == {1, 2, 3, 4}, Interval(2, 2))

class Meters(float):
    def __new__(cls, value):
        return super().__new__(cls, value)
    def __repr__(self):
        return f"{float(self):g}m"
    def __add__(self, other):
        return Meters(float(self) + float(other))
    def to_feet(self):
        return round(self * 3.28084, 3)

m = Meters(2.5)
print(repr(m), m, m + 1, repr(m + 1), m.to_feet(), type(m * 2).__name__)
print(f"{m:.2f}", round(m), int(m), m > 2, m == 2.5, isinstance(m, float))
print(Meters("1e3"), repr(Meters(0.1) + Meters(0.2)))
try:
    Meters("abc")
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([Meters(3), Meters(1.5), Meters(2)]))

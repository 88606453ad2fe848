# A total-ordering mixin written by hand (no functools)
class Ordered:
    """Derive all comparisons from _key()."""
    def _cmp(self, other, op):
        if not isinstance(other, Ordered):
            return NotImplemented
        return op(self._key(), other._key())
    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)
    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)
    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)
    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)
    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)
    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)
    def __hash__(self):
        return hash(self._key())

class Version(Ordered):
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def _key(self):
        return self.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

class Card(Ordered):
    RANKS = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def _key(self):
        return (Card.RANKS.index(self.rank), self.suit)
    def __repr__(self):
        return self.rank + self.suit

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") < Version("1.10"), Version("2") >= Version("1.99"))
print(len(set(vs)), Version("1.2") in vs, vs.count(Version("1.2")), vs.index(Version("0.9")))
print(sorted(vs, reverse=True))

hand = [Card(c) for c in ["KH", "2S", "AD", "TC", "KC"]]
print(sorted(hand), max(hand), sorted(hand)[2] > Card("JH"))

# comparing across Ordered subclasses compares keys (tuples vs tuples)
try:
    print(Version("1.2") < Card("2S"))
except TypeError as e:
    print(type(e).__name__, e)

# comparison with a non-Ordered value
print(Version("1") == 1, Version("1") != "1")
try:
    Version("1") < 1
except TypeError as e:
    print(type(e).__name__, e)

# stability: equal keys keep original order
class Task(Ordered):
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def _key(self):
        return self.pri
    def __repr__(self):
        return f"{self.name}({self.pri})"
tasks = [Task(2, "b"), Task(1, "a"), Task(2, "c"), Task(1, "d")]
print(sorted(tasks), sorted(tasks, reverse=True))

# Validating __setitem__/__delitem__ and objects lacking item assignment
# a bounded list that validates assignments
class Bounded:
    def __init__(self, size, lo, hi):
        self.items = [lo] * size
        self.lo, self.hi = lo, hi
    def __setitem__(self, i, v):
        if not self.lo <= v <= self.hi:
            raise ValueError(f"{v} outside [{self.lo}, {self.hi}]")
        self.items[i] = v
    def __delitem__(self, i):
        self.items[i] = self.lo
    def __repr__(self):
        return f"Bounded({self.items})"

b = Bounded(4, 0, 9)
b[0] = 5
b[-1] = 9
print(b)
try:
    b[1] = 10
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[7] = 1
except IndexError as e:
    print(type(e).__name__, e)
del b[0]
print(b)

# objects lacking the methods
class ReadOnly:
    def __getitem__(self, k):
        return k
ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
class WriteOnly:
    def __setitem__(self, k, v):
        pass
try:
    del WriteOnly()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    WriteOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)

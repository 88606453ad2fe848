# Membership testing: __contains__, then __iter__, then __getitem__
class Evens:
    def __contains__(self, x):
        print(f"  __contains__({x!r})")
        return isinstance(x, int) and x % 2 == 0

e = Evens()
print(4 in e, 3 in e, 3 not in e, "x" in e)

# __contains__ result is converted to bool
class Truthy:
    def __contains__(self, x):
        return [x]          # non-empty list -> True
    def __iter__(self):
        raise AssertionError("not used")
print(0 in Truthy(), (5 in Truthy()) is True)

# fallback to __iter__
class Iterable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("  __iter__ called")
        return iter(self.items)
it = Iterable([1, 2, 3])
print(2 in it, 9 in it)

# fallback to __getitem__ with 0, 1, 2, ... until IndexError
class Legacy:
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(10 in Legacy())
print(99 in Legacy())

# membership uses == of the elements (and identity first)
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() in [1], 1 in [AlwaysEqual()], AlwaysEqual() in Iterable([]))

# no support at all
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)

# __contains__ = None blocks the fallback
class Blocked:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in Blocked()
except TypeError as e:
    print(type(e).__name__, e)

# range-like container with O(1) membership
class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
print([x for x in range(-2, 8, 3) if x in Interval(0, 5)], 2.5 in Interval(2, 3))

# exception from __contains__ propagates
class Raises:
    def __contains__(self, x):
        raise KeyError(x)
try:
    "k" in Raises()
except KeyError as err:
    print(type(err).__name__, err)

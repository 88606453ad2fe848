# reversed(): __reversed__, or the __len__ + __getitem__ sequence fallback
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(range(1, self.n + 1))

c = Countdown(3)
print(list(c), list(reversed(c)))

# sequence fallback
class Seq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        return self.items[i]
r = reversed(Seq("a", "b", "c"))
print(type(r).__name__)
print(list(r))

# __getitem__ alone is not enough for reversed()
class OnlyGetitem:
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ alone is not enough either
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])
try:
    reversed(OnlyIter())
except TypeError as e:
    print(type(e).__name__, e)

# __reversed__ = None blocks the fallback
class Blocked(Seq):
    __reversed__ = None
try:
    reversed(Blocked(1))
except TypeError as e:
    print(type(e).__name__, e)

# __reversed__ may return any iterator, e.g. a generator
class Deque:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __iter__(self):
        yield from self.xs
    def __reversed__(self):
        for i in range(len(self.xs) - 1, -1, -1):
            yield self.xs[i]
d = Deque(1, 2, 3)
print(list(d), list(reversed(d)), next(reversed(d)))

# builtin subclasses with a custom __reversed__
class RList(list):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(RList([1, 2]))), RList([1, 2])[::-1])

# reversed() on builtin sequences and a user object returning a list (not an iterator)
class ReturnsList:
    def __reversed__(self):
        return [3, 2, 1]
print(reversed(ReturnsList()))
print(list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))

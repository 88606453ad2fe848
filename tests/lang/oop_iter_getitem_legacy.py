# The old sequence iteration protocol: __getitem__ with 0, 1, 2, ... until IndexError
class Letters:
    def __init__(self, word):
        self.word = word
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        return self.word[i]          # str raises IndexError at the end

l = Letters("abc")
print(list(l))
print(l.calls)
for ch in Letters("xy"):
    print("char", ch)
print("b" in Letters("abc"), "z" in Letters("abc"))
print(sorted(Letters("cab")), "-".join(Letters("hey")), tuple(Letters("ok")))
x, y = Letters("pq")
print(x, y)

# iter() wraps such objects in an iterator
it = iter(Letters("hi"))
print(type(it).__name__, next(it), next(it), next(it, "end"))

# StopIteration also ends the iteration
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsEarly()))

# other exceptions propagate
class KeyErrs:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("not an IndexError")
        return i
try:
    list(KeyErrs())
except KeyError as e:
    print(type(e).__name__, e)

# __len__ is not consulted by the legacy protocol
class Liar:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i
print(len(Liar()), list(Liar()))

# __iter__ takes priority over __getitem__
class Both:
    def __getitem__(self, i):
        return "getitem"
    def __iter__(self):
        return iter(["from __iter__"])
print(list(Both()), Both()[5])

# __iter__ = None disables the fallback
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)

# infinite legacy sequence consumed partially
class Naturals:
    def __getitem__(self, i):
        return i
for n in Naturals():
    if n > 3:
        break
    print("n", n)
print(next(iter(Naturals())), 5 in Naturals())

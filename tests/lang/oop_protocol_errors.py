# Error messages of protocols when user classes lack (or misuse) a method
class Opaque:
    pass

class Broken:
    def __iter__(self):
        raise TypeError("iter failed inside")

def show(*args):
    return args

cases = [
    ("unpack", lambda: [a for a, b in [Opaque()]]),
    ("unpack-star", lambda: (lambda: [(a, *b) for a, *b in [Opaque()]])()),
    ("call-star", lambda: show(*Opaque())),
    ("list-star", lambda: [*Opaque()]),
    ("tuple-star", lambda: (1, *Opaque())),
    ("broken-unpack", lambda: [a for a, b in [Broken()]]),
    ("broken-star", lambda: show(*Broken())),
    ("int-star", lambda: show(*5)),
    ("func-star", lambda: [*show]),
]
for name, f in cases:
    try:
        f()
    except TypeError as e:
        print(name, "->", e)

# item assignment and deletion: defining one of the pair changes the other's error
class SetOnly:
    def __setitem__(self, k, v):
        pass
class DelOnly:
    def __delitem__(self, k):
        pass
class Neither:
    pass
for obj in [SetOnly(), DelOnly(), Neither()]:
    for op in ["set", "del"]:
        try:
            if op == "set":
                obj[0] = 1
            else:
                del obj[0]
            print(type(obj).__name__, op, "ok")
        except (TypeError, AttributeError) as e:
            print(type(obj).__name__, op, type(e).__name__, e)

# len() of huge and negative __len__ results
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [3, 2 ** 70, -1, -(2 ** 70)]:
    try:
        print(len(Sized(n)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# isinstance/issubclass with bad second arguments
for f in [isinstance, issubclass]:
    try:
        f(int, 5)
    except TypeError as e:
        print(f.__name__, "->", e)

# a __next__ that raises StopIteration with a value, called through next()
class Countdown:
    def __init__(self):
        self.n = 2
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("finished")
        self.n -= 1
        return self.n
c = Countdown()
print(list(Countdown()))
try:
    while True:
        next(c)
except StopIteration as s:
    print("StopIteration", s.value)
print(next(c, "default"))

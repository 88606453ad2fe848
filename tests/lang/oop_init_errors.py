# Argument errors when constructing instances
class P:
    def __init__(self, x, y=0, *, z=1):
        self.x, self.y, self.z = x, y, z

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r.x, r.y, r.z)
    except TypeError as e:
        print(label, type(e).__name__, e)

attempt("a", lambda: P(1))
attempt("b", lambda: P())
attempt("c", lambda: P(1, 2, 3))
attempt("d", lambda: P(1, w=2))
attempt("e", lambda: P(1, x=2))
attempt("f", lambda: P(1, 2, z=3))
attempt("g", lambda: P(y=5, x=4))

class NoArgs:
    def __init__(self):
        self.x = self.y = self.z = None
attempt("h", lambda: NoArgs(1))

class OnlyNew:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.x = a
        o.y = o.z = None
        return o
attempt("i", lambda: OnlyNew(5))
attempt("j", lambda: OnlyNew())

# object() accepts no arguments
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)

# calling an instance that has no __call__
try:
    P(1)()
except TypeError as e:
    print(type(e).__name__, e)

# exception inside __init__ propagates, no instance is returned
class Validated:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n
for n in [3, -1]:
    try:
        v = Validated(n)
        print("made", v.n)
    except ValueError as e:
        print(type(e).__name__, e)

# positional-only parameter in __init__
class PosOnly:
    def __init__(self, a, /, b):
        self.x, self.y, self.z = a, b, None
attempt("k", lambda: PosOnly(1, b=2))
attempt("l", lambda: PosOnly(a=1, b=2))

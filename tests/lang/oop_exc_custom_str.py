# __str__ and __repr__ overrides on exceptions
class RangeError(Exception):
    def __init__(self, value, lo, hi):
        super().__init__(value, lo, hi)
        self.value, self.lo, self.hi = value, lo, hi

    def __str__(self):
        return f"{self.value} not in [{self.lo}, {self.hi}]"

e = RangeError(15, 0, 10)
print(str(e))
print(repr(e))
print(e.args)
print(f"{e}", f"{e!r}", "%s" % e)

class Pretty(Exception):
    def __repr__(self):
        return f"<Pretty {self.args}>"
p = Pretty("x", 1)
print(str(p), repr(p))

# __str__ used when printing a caught exception
def check(v):
    if not 0 <= v <= 10:
        raise RangeError(v, 0, 10)
    return v
for v in [5, -3, 11]:
    try:
        print("ok", check(v))
    except RangeError as err:
        print("error:", err)

# exceptions inside containers show their repr
print([RangeError(1, 2, 3), Pretty("q")])

# __str__ of a KeyError subclass: KeyError quotes its single arg
class MissingKey(KeyError):
    pass
print(str(MissingKey("k")), str(MissingKey("a", "b")), repr(MissingKey("k")))
class MissingKeyStr(KeyError):
    def __str__(self):
        return f"missing key {self.args[0]}"
print(str(MissingKeyStr("k")))

# __str__ returning a non-string fails when formatted
class BadStr(Exception):
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

# __str__ accessing an attribute set after construction
class Late(Exception):
    def __str__(self):
        return f"late detail: {getattr(self, 'detail', '<unset>')}"
le = Late()
print(le)
le.detail = "now set"
print(le)

# str(exc) with one argument of non-string type
class Coded(Exception):
    pass
print(str(Coded(404)), str(Coded([1, 2])), str(Coded(None)), repr(str(Coded())))

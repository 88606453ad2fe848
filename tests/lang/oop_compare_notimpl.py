# NotImplemented handling and comparison TypeErrors
class A:
    pass
class B:
    pass
for sym, f in [("<", lambda: A() < B()), ("<=", lambda: A() <= B()),
               (">", lambda: A() > 1), (">=", lambda: "s" >= A())]:
    try:
        f()
    except TypeError as e:
        print(sym, type(e).__name__, e)

# == and != never raise for plain objects
print(A() == B(), A() != B())

# a method returning NotImplemented for everything
class Refuse:
    def __lt__(self, other):
        return NotImplemented
    def __eq__(self, other):
        return NotImplemented
try:
    Refuse() < Refuse()
except TypeError as e:
    print(type(e).__name__, e)
r = Refuse()
print(r == r, Refuse() == Refuse())

# NotImplemented is a singleton and is truthy-deprecated; compare by identity
print(NotImplemented is NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))

# one-sided support: the other side decides
class Known:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if isinstance(other, Known):
            return self.v < other.v
        return NotImplemented
    def __gt__(self, other):
        if isinstance(other, Known):
            return self.v > other.v
        return NotImplemented
class Helper:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __lt__(self, other):
        return self.v < other.v
print(Known(1) < Helper(2), Known(5) > Helper(2))

# sorted raises with the names of the first incomparable pair
try:
    sorted([Known(1), A()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(A(), A())
except TypeError as e:
    print(type(e).__name__, e)

# returning NotImplemented from __eq__ on both sides falls back to identity
class Eq:
    def __eq__(self, other):
        return NotImplemented
e = Eq()
print(e == e, e == Eq(), e != e, e != Eq())
# comparing with None
class WithNone:
    def __lt__(self, other):
        return NotImplemented
try:
    WithNone() < None
except TypeError as err:
    print(type(err).__name__, err)

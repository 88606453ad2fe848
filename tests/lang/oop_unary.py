# Unary operator dunders: __neg__ __pos__ __abs__ __invert__
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vec{self.c}"
    def __neg__(self):
        return Vec(*(-x for x in self.c))
    def __pos__(self):
        return Vec(*(x for x in self.c))
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.c))

v = Vec(3, -4)
print(-v, +v, abs(v), ~v)
print(--v, -(-v), ~~v, -~v)
print(+v is v, abs(-v))

# unary operators on nested expressions
print(-Vec(1, 2).__neg__(), abs(Vec(6, 8)) * 2)

# trace the calls
class T:
    def __init__(self, name):
        self.name = name
    def __neg__(self):
        print(f"  neg({self.name})")
        return T("-" + self.name)
    def __pos__(self):
        print(f"  pos({self.name})")
        return T("+" + self.name)
    def __invert__(self):
        print(f"  invert({self.name})")
        return T("~" + self.name)
r = -+~T("x")
print(r.name)

# return values need not be the same type
class Flag:
    def __init__(self, on):
        self.on = on
    def __invert__(self):
        return not self.on
    def __neg__(self):
        return "negative flag"
    def __abs__(self):
        return None
print(~Flag(True), -Flag(False), abs(Flag(True)))

# missing unary methods
class Empty:
    pass
for sym, f in [("-", lambda: -Empty()), ("+", lambda: +Empty()), ("~", lambda: ~Empty()),
               ("abs", lambda: abs(Empty()))]:
    try:
        f()
    except TypeError as e:
        print(sym, type(e).__name__, e)

# `not` never calls __neg__/__invert__, it uses truthiness
class Weird:
    def __invert__(self):
        return "inverted"
    def __bool__(self):
        return False
print(not Weird(), ~Weird())

# unary ops on int subclasses return plain ints unless overridden
class MyInt(int):
    def __neg__(self):
        return MyInt(super().__neg__())
    def __repr__(self):
        return f"MyInt({int(self)})"
m = MyInt(5)
print(repr(-m), repr(+m), repr(abs(-m)), repr(~m), type(abs(m)).__name__)

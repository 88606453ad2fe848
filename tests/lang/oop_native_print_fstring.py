# print(), f-strings, str.format and % formatting call user dunders
class Tracer:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        print(f"  [__str__ of {self.name}]")
        return f"str({self.name})"
    def __repr__(self):
        print(f"  [__repr__ of {self.name}]")
        return f"repr({self.name})"
    def __format__(self, spec):
        print(f"  [__format__ of {self.name} with {spec!r}]")
        return f"fmt({self.name},{spec})"

t = Tracer("t")
print(t)
print(f"{t}")
print(f"{t:>5}")
print(f"{t!s}")
print(f"{t!r}")
print(f"{t=}")
print("{}".format(t))
print("{0!r:^9}".format(t))
print("%s" % t)
print("%r" % (t,))
print(format(t, "x"))
print([t])
print(str(t) + "!")

# print converts and writes each object in turn, so the traces interleave
print(Tracer("a"), Tracer("b"), sep=" & ")

# f-string expressions involving attributes and method calls
class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __str__(self):
        return f"{self.name} @ {self.price:.2f}"
    def discounted(self, pct):
        return Item(self.name, self.price * (1 - pct / 100))
it = Item("lamp", 40)
print(f"{it} -> {it.discounted(25)} ({it.name!r:>8})")
print(f"{it.price:{'>'}{10}.1f}|{str(it):<20}|")

# %-formatting with user numbers
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __str__(self):
        return f"Num({self.v})"
n = Num(255)
print("%d %x %o %s %.1f" % (n, n, n, n, n))
class IntOnly:
    def __int__(self):
        return 3
print("%d" % IntOnly())          # %d accepts __int__ as well
class NoNumber:
    pass
for spec in ["%d", "%x", "%f"]:
    try:
        print(spec % NoNumber())
    except TypeError as e:
        print(type(e).__name__, e)

# NotImplemented in binary operators and the resulting TypeErrors
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:              # support sum()
            return self
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Meters(self.v * k)
        return NotImplemented
    __rmul__ = __mul__
    def __repr__(self):
        return f"{self.v}m"

class Seconds:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}s"

m = Meters(3)
print(m + Meters(4), m * 2, 3 * m, sum([Meters(1), Meters(2)]))
cases = [
    ("m + s", lambda: m + Seconds(1)),
    ("s + m", lambda: Seconds(1) + m),
    ("m + 1", lambda: m + 1),
    ("1 + m", lambda: 1 + m),
    ("m * m", lambda: m * m),
    ("m * 's'", lambda: m * "s"),
    ("'s' * m", lambda: "s" * m),
    ("m - m", lambda: m - m),
    ("-m", lambda: -m),
    ("m / 2", lambda: m / 2),
    ("m ** 2", lambda: m ** 2),
    ("m % 2", lambda: m % 2),
    ("m << 1", lambda: m << 1),
    ("m @ m", lambda: m @ m),
    ("divmod(m, 2)", lambda: divmod(m, 2)),
    ("abs(m)", lambda: abs(m)),
    ("~m", lambda: ~m),
    ("+m", lambda: +m),
]
for label, f in cases:
    try:
        print(label, "=", f())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

# augmented assignment error messages use the augmented operator
x = Meters(1)
for label, f in [("+=", "x += 'a'"), ("*=", "x *= x"), ("-=", "x -= 1")]:
    try:
        if label == "+=":
            x += "a"
        elif label == "*=":
            x *= x
        else:
            x -= 1
    except TypeError as e:
        print(label, type(e).__name__, e)

# returning NotImplemented from both forward and reflected
class Nope:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Nope() + Meters(1)
except TypeError as e:
    print(type(e).__name__, e)

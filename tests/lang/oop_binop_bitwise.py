# Bitwise, shift and matrix-multiplication operator dunders
class Bits:
    def __init__(self, v, width=8):
        self.v = v & ((1 << width) - 1)
        self.width = width
    def __repr__(self):
        return format(self.v, f"0{self.width}b")
    def _o(self, other):
        return other.v if isinstance(other, Bits) else other
    def __and__(self, o): return Bits(self.v & self._o(o))
    def __or__(self, o): return Bits(self.v | self._o(o))
    def __xor__(self, o): return Bits(self.v ^ self._o(o))
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)

a, b = Bits(0b11001010), Bits(0b01011100)
print(a & b, a | b, a ^ b)
print(a << 1, a << 4, a >> 3, ~a)
print(a & 0x0F, a | 1, a ^ 0xFF)
print((a | b) & ~(a & b), (a ^ b))

# matrix multiplication with @
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(x * y for x, y in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        # vector @ matrix where the vector is a plain list
        return [sum(x * y for x, y in zip(other, col)) for col in zip(*self.rows)]
    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 2], [3, 4]])
ident = Matrix([[1, 0], [0, 1]])
print(m @ m, m @ ident)
print([1, 1] @ m)
try:
    m @ 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [1] @ [2]
except TypeError as e:
    print(type(e).__name__, e)

# set-like class using & | - ^
class Tags:
    def __init__(self, *names):
        self.names = frozenset(names)
    def __and__(self, o): return Tags(*(self.names & o.names))
    def __or__(self, o): return Tags(*(self.names | o.names))
    def __sub__(self, o): return Tags(*(self.names - o.names))
    def __xor__(self, o): return Tags(*(self.names ^ o.names))
    def __repr__(self):
        return "Tags(" + ",".join(sorted(self.names)) + ")"
x, y = Tags("a", "b", "c"), Tags("b", "c", "d")
print(x & y, x | y, x - y, x ^ y)

# unsupported bitwise operations
class Nothing:
    pass
for sym, f in [("&", lambda: Nothing() & 1), ("<<", lambda: 1 << Nothing()),
               ("^", lambda: Bits(1) ^ None), ("|", lambda: Nothing() | Nothing())]:
    try:
        f()
    except TypeError as e:
        print(sym, type(e).__name__, e)

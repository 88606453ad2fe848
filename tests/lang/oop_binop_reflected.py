# Reflected operators (__radd__ etc.) when the left operand cannot handle it
class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

def make(op):
    def forward(self, other):
        return f"{self}.__{op}__({other!r})"
    def reflected(self, other):
        return f"{self}.__r{op}__({other!r})"
    return forward, reflected

for op in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
           "matmul", "and", "or", "xor", "lshift", "rshift", "divmod"]:
    f, r = make(op)
    setattr(R, f"__{op}__", f)
    setattr(R, f"__r{op}__", r)

x = R("x")
print(1 + x)
print(1 - x)
print(2 * x)
print(3 / x)
print(3 // x)
print(3 % x)
print(2 ** x)
print([1] @ x)
print(1 & x)
print(1 | x)
print(1 ^ x)
print(1 << x)
print(1 >> x)
print(divmod(1, x))
print(x + 1, x ** 2)
print("s" + x, [1, 2] * x, None | x)

# both operands user objects of unrelated classes: left forward wins
y = R("y")
print(x + y, y * x)

# pow() with three arguments does not try __rpow__
try:
    pow(2, x, 5)
except TypeError as e:
    print(type(e).__name__, e)

# a class with only reflected methods
class OnlyRight:
    def __radd__(self, other):
        return f"radd({other})"
    def __rsub__(self, other):
        return NotImplemented
o = OnlyRight()
print(5 + o, "a" + o, [0] + o)
try:
    o + 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 - o
except TypeError as e:
    print(type(e).__name__, e)

# sum() starts with 0 + first item, which uses __radd__
class Score:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Score(self.v + (other.v if isinstance(other, Score) else other))
    def __radd__(self, other):
        return self.__add__(other)
    def __repr__(self):
        return f"Score({self.v})"
print(sum([Score(1), Score(2), Score(3)]), sum([Score(4)], 10), sum([], Score(0)))

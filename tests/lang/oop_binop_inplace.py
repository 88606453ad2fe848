# In-place operators: __iadd__ and friends, with fallback to __add__
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __add__(self, o):
        print("  __add__")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
    def __sub__(self, o):
        print("  __sub__")
        return Acc(self.v - o)

a = Acc(1)
alias = a
a += 5
print(a, alias, a is alias)       # mutated in place
a -= 2                           # no __isub__: falls back to __sub__, rebinding
print(a, alias, a is alias)

# all in-place forms
class All:
    def __init__(self):
        self.ops = []
    def _record(name):
        def method(self, other):
            self.ops.append(name)
            return self
        return method
    __iadd__, __isub__, __imul__ = _record("iadd"), _record("isub"), _record("imul")
    __itruediv__, __ifloordiv__ = _record("itruediv"), _record("ifloordiv")
    __imod__, __ipow__, __imatmul__ = _record("imod"), _record("ipow"), _record("imatmul")
    __iand__, __ior__, __ixor__ = _record("iand"), _record("ior"), _record("ixor")
    __ilshift__, __irshift__ = _record("ilshift"), _record("irshift")

x = All()
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1
x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
print(x.ops)

# An expression tree interpreter built from small classes
class Expr:
    def __add__(self, other): return BinOp("+", self, wrap(other))
    def __radd__(self, other): return BinOp("+", wrap(other), self)
    def __mul__(self, other): return BinOp("*", self, wrap(other))
    def __rmul__(self, other): return BinOp("*", wrap(other), self)
    def __sub__(self, other): return BinOp("-", self, wrap(other))
    def __neg__(self): return BinOp("-", Const(0), self)
    def __pow__(self, other): return BinOp("**", self, wrap(other))

def wrap(x):
    return x if isinstance(x, Expr) else Const(x)

class Const(Expr):
    def __init__(self, v):
        self.v = v
    def eval(self, env):
        return self.v
    def __repr__(self):
        return repr(self.v)
    def derive(self, var):
        return Const(0)

class Var(Expr):
    def __init__(self, name):
        self.name = name
    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise NameError(f"unbound variable {self.name!r}") from None
    def __repr__(self):
        return self.name
    def derive(self, var):
        return Const(1 if var == self.name else 0)

class BinOp(Expr):
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "**": lambda a, b: a ** b}
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def eval(self, env):
        return self.OPS[self.op](self.left.eval(env), self.right.eval(env))
    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"
    def derive(self, v):
        l, r = self.left, self.right
        if self.op in "+-":
            return BinOp(self.op, l.derive(v), r.derive(v))
        if self.op == "*":
            return l.derive(v) * r + l * r.derive(v)
        if self.op == "**" and isinstance(r, Const):
            return r.v * l ** (r.v - 1) * l.derive(v)
        raise NotImplementedError(f"cannot derive {self!r}")

x, y = Var("x"), Var("y")
e = 3 * x ** 2 + 2 * x * y - y + 1
print(e)
print(e.eval({"x": 2, "y": 5}), e.eval({"x": -1, "y": 0}))
d = e.derive("x")
print(d)
print(d.eval({"x": 2, "y": 5}), e.derive("y").eval({"x": 2, "y": 5}))
print(-x, (-x).eval({"x": 4}), (x - 1).eval({"x": 10}))
try:
    (x + y).eval({"x": 1})
except NameError as err:
    print(type(err).__name__, err)
try:
    (x ** y).derive("x")
except NotImplementedError as err:
    print(type(err).__name__, err)
print(isinstance(e, Expr), type(e).__name__, type(e.left).__name__, [k.__name__ for k in BinOp.__mro__])

# Statements in every form the grammar covers.
import a
import a.b.c
import a.b as c, d
from . import x
from .. import y as z
from .m import (p, q as r,)
from ...pkg.mod import s
from .... import t
x: int
y: "str" = 'v'
(z): int = 3
obj.attr: list = []
d['k']: int
a = b = c = 1
a, b = b, a
[a, (b, *c)] = x
*a, b = x
a.b.c = x[1][2:3] = 5
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= m
del a, b[0], c.d
del (a, b), [c]
assert x, "msg"
assert (x)
if a: pass
elif b: pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    continue
for i in range(3): pass
for i, (j, k) in items:
    pass
else:
    pass
for x, in y: pass
for *a, b in c: pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    raise
except C as f:
    raise X from f
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a: pass
with a as b, c as (d, e), f: pass
with a as b.c, d as e[0]: pass
def f(): return
def g(a, b=1, *args, c, d=2, **kw): return a, b
def h(a, /, b, *, c): return
def i(a=1, /, b=2): pass
def j(*, a, b=1, **k): pass
def k(a: int, *b: str, c: "x" = 1, **d: float) -> None: pass
def l(a,): pass
@dec
@dec.attr(1, k=2)
@(lambda f: f)
def m():
    global g1, g2
    def inner():
        nonlocal x
    yield
    yield 1
    yield 1, 2
    yield from gen()
    x = yield
    y = yield from z
    await_ = 1
    return (yield)
class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw): x = 1
@decorator
class D:
    """doc"""
    def method(self): return self
class E(): pass
x = 1 \
    + 2
if (a and
        b):
    pass
match = 1
case = match
_ = 1; __ = 2
print(match, case)
with (a as b, c as d,): pass
with (a, b): pass
with (a) as b: pass
with (a): pass
with (a)(b) as c, (d): pass
with (open("x)") as f):  # a bracket inside a string
    pass

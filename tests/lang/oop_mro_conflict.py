# Inconsistent hierarchies raise TypeError at class creation
def mro(c):
    return [k.__name__ for k in c.__mro__]

class A: pass
class B(A): pass

# a base listed before its own subclass cannot be linearized
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

# B before A is fine
class Good(B, A): pass
print(mro(Good))

# contradictory orderings of two bases
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Z(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)

# object listed before another class
try:
    class W(object, A): pass
except TypeError as e:
    print(type(e).__name__, e)

class W2(A, object): pass
print(mro(W2))

# three-way conflict
class P: pass
class Q: pass
class R: pass
class PQ(P, Q): pass
class QR(Q, R): pass
class RP(R, P): pass
try:
    class All(PQ, QR, RP): pass
except TypeError as e:
    print(type(e).__name__, e)

class Two(PQ, QR): pass
print(mro(Two))

# the failed class statement did not bind its name
for name in ["Bad", "All", "Z"]:
    try:
        obj = {"Bad": lambda: Bad, "All": lambda: All, "Z": lambda: Z}[name]()
        print(name, "bound")
    except NameError as e:
        print(type(e).__name__, e)

# type() reports the same error
try:
    type("Dyn", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)

# some builtins cannot be subclassed
try:
    class MyBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)

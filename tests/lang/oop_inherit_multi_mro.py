# Multiple inheritance and the C3 method resolution order
def mro(c):
    return [k.__name__ for k in c.__mro__]

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "only B"
class C(A, B): pass
class D(B, A): pass

print(mro(C), C().who(), C().only_b())
print(mro(D), D().who())

# attribute lookup follows the MRO left to right
class X:
    val = "X"
class Y:
    val = "Y"
    extra = "Y-extra"
class Z(X, Y):
    pass
print(Z.val, Z.extra)

# deeper hierarchies
class Base: pass
class Left(Base): pass
class Right(Base): pass
class Bottom(Left, Right): pass
print(mro(Bottom))

class P1: pass
class P2: pass
class P3: pass
class Q1(P1, P2): pass
class Q2(P2, P3): pass
class R(Q1, Q2): pass
print(mro(R))

# mro() method returns a list, __mro__ a tuple
print(type(R.__mro__).__name__, type(R.mro()).__name__, R.mro() == list(R.__mro__))

# __bases__ keeps declaration order
print([b.__name__ for b in R.__bases__])

# builtin types in the mix
class MyList(list, Base): pass
print(mro(MyList))
class MyErr(KeyError, Left): pass
print(mro(MyErr))

# methods from different bases combined
class Walker:
    def walk(self): return "walking"
class Talker:
    def talk(self): return "talking"
class Robot(Walker, Talker):
    def act(self): return self.walk() + " and " + self.talk()
print(Robot().act())

# duplicate base class is an error
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)

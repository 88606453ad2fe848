# Larger C3 linearizations (examples from the C3 literature)
def mro(c):
    return " ".join(k.__name__ for k in c.__mro__ if k is not object)

class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print("A:", mro(A))
print("B:", mro(B))
print("C:", mro(C))

# second classic example: only the order of B's bases changed
class O2: pass
class F2(O2): pass
class E2(O2): pass
class D2(O2): pass
class C2(D2, F2): pass
class B2(E2, D2): pass
class A2(B2, C2): pass
print("A2:", mro(A2))

# the "boat" example
class Boat: pass
class DayBoat(Boat): pass
class WheelBoat(Boat): pass
class EngineLess(DayBoat): pass
class SmallMultihull(DayBoat): pass
class PedalWheelBoat(EngineLess, WheelBoat): pass
class SmallCatamaran(SmallMultihull): pass
class Pedalo(PedalWheelBoat, SmallCatamaran): pass
print("Pedalo:", mro(Pedalo))

# method resolution uses the linearization
class K1:
    def f(self): return "K1"
class K2:
    def f(self): return "K2"
    def g(self): return "K2.g"
class K3:
    def g(self): return "K3.g"
    def h(self): return "K3.h"
class Z1(K1, K2, K3): pass
class Z2(K3): pass
class Z(Z1, Z2): pass
print("Z:", mro(Z))
z = Z()
print(z.f(), z.g(), z.h())

# a method found via super() chain across the whole MRO
class Chain:
    def path(self): return ["Chain"]
class M1(Chain):
    def path(self): return ["M1"] + super().path()
class M2(Chain):
    def path(self): return ["M2"] + super().path()
class M3(M1):
    def path(self): return ["M3"] + super().path()
class M4(M3, M2):
    def path(self): return ["M4"] + super().path()
print(M4().path())
print(mro(M4))

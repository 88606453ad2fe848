# Diamonds: explicit base calls versus super(), double diamonds, nearest override
def mro(c):
    return " -> ".join(k.__name__ for k in c.__mro__)

# without super(), explicit base calls run Top twice
counter = {"top": 0}
class T:
    def __init__(self):
        counter["top"] += 1
class L(T):
    def __init__(self):
        T.__init__(self)
class R(T):
    def __init__(self):
        T.__init__(self)
class B(L, R):
    def __init__(self):
        L.__init__(self)
        R.__init__(self)
B()
print("explicit calls:", counter)

counter["top"] = 0
class T2:
    def __init__(self):
        counter["top"] += 1
class L2(T2):
    def __init__(self):
        super().__init__()
class R2(T2):
    def __init__(self):
        super().__init__()
class B2(L2, R2):
    def __init__(self):
        super().__init__()
B2()
print("super calls:", counter)

# double diamond
class O: pass
class A(O): pass
class B_(O): pass
class C(A, B_): pass
class D(A, B_): pass
class E(C, D): pass
print(mro(E))

# attribute resolution in a diamond prefers the nearer override
class Root:
    tag = "root"
class Mid1(Root):
    pass
class Mid2(Root):
    tag = "mid2"
class Leaf(Mid1, Mid2):
    pass
print(Leaf.tag, mro(Leaf))

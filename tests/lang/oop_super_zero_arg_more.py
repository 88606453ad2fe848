# Zero-argument super(): defining-class resolution, dunders, class attributes, misses
# super() resolves relative to the defining class, not type(self)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(B):
    def who(self): return "C>" + super().who()
print(C().who(), B().who())

# super() with dunder methods
class MyList(list):
    def append(self, x):
        super().append(x * 10)
    def __len__(self):
        return super().__len__() + 100
ml = MyList()
ml.append(1)
ml.append(2)
print(ml, len(ml))

# super() attribute lookup of data attributes on the class
class P:
    label = "P-label"
class Q(P):
    label = "Q-label"
    def labels(self):
        return self.label, super().label
print(Q().labels())

# missing attribute via super()
class R(P):
    def go(self):
        return super().nothing
try:
    R().go()
except AttributeError as e:
    print(type(e).__name__, e)

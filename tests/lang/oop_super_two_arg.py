# Two-argument super(type, obj) and super(type, type)
class A:
    def f(self): return "A.f"
    @classmethod
    def make(cls): return f"A.make({cls.__name__})"
class B(A):
    def f(self): return "B.f"
    @classmethod
    def make(cls): return f"B.make({cls.__name__})"
class C(B):
    def f(self): return "C.f"

c = C()
print(super(C, c).f())      # skips C -> B.f
print(super(B, c).f())      # skips B -> A.f
print(super(C, C).make())   # classmethod via super with a type second argument
print(super(B, C).make())

# calling the unbound method through super(type, type)
print(super(C, C).f(c))

# super outside any class, with explicit arguments
def outside(obj):
    return super(type(obj), obj).f()
print(outside(c), outside(B()))

# super object attributes
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)

# errors
try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(5, c)
except TypeError as e:
    print(type(e).__name__, e)

def no_args():
    return super()
try:
    no_args()
except RuntimeError as e:
    print(type(e).__name__, e)

# super with a diamond walks the MRO of the instance's type
class Top:
    def chain(self): return ["Top"]
class L(Top):
    def chain(self): return ["L"] + super(L, self).chain()
class R(Top):
    def chain(self): return ["R"] + super(R, self).chain()
class D(L, R):
    def chain(self): return ["D"] + super(D, self).chain()
print(D().chain(), L().chain())
print(super(L, D()).chain())

# super(object, x) finds nothing useful
try:
    super(Top, Top()).chain()
except AttributeError as e:
    print(type(e).__name__, e)

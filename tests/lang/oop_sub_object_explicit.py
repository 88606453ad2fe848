# Explicitly subclassing object, and class defaults inherited from it
class A(object):
    pass

class B:
    pass

print(A.__bases__ == B.__bases__, [k.__name__ for k in A.__mro__])
a1, a2 = A(), A()
print(a1 == a2, a1 != a2, a1 == a1, bool(a1))
print(len({a1, a2, a1}))
print(type(hash(a1)).__name__)

# default __eq__ / __ne__ of object return NotImplemented between different objects
print(A.__eq__ is object.__eq__, A.__hash__ is object.__hash__, A.__init__ is object.__init__)
print(a1.__eq__(a2), a1.__eq__(a1))

# __str__ default uses __repr__ (only via overrides here to stay deterministic)
class R(object):
    def __repr__(self):
        return "R!"
print(str(R()), format(R()), f"{R()!s}")

# format() with a non-empty spec on a plain object fails
try:
    format(R(), ">10")
except TypeError as e:
    print(type(e).__name__, e)

# object.__init__ with arguments fails when __new__ is not overridden
class WithInit(object):
    def __init__(self, v):
        super().__init__()
        self.v = v
print(WithInit(3).v)
class PassesArgs(object):
    def __init__(self, v):
        super().__init__(v)
try:
    PassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)

# object.__new__ with extra args when __init__ is overridden is fine
class NewArgs(object):
    def __new__(cls, *args):
        return object.__new__(cls)
    def __init__(self, *args):
        self.args = args
print(NewArgs(1, 2).args)

# __ne__ defaults to the inverse of a user-defined __eq__
class Same(object):
    def __eq__(self, other):
        return isinstance(other, Same)
print(Same() == Same(), Same() != Same(), Same() != 5, Same() == 5)

# comparisons fall back to identity for ==, TypeError for ordering
for op in [lambda: A() < A(), lambda: A() >= B()]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)

# a class inheriting from two object-derived classes
class C(A, B):
    pass
print([k.__name__ for k in C.__mro__])

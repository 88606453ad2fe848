# type(x) and relations between type, object and classes
class A:
    pass

class B(A):
    pass

a, b = A(), B()
print(type(a) is A, type(b) is B, type(b) is A)
print(type(a).__name__, type(b).__name__)
print(type(A) is type, type(type) is type, type(object) is type)
print(isinstance(A, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type))

# type(x) vs isinstance with subclasses
def describe(x):
    if type(x) is A:
        return "exactly A"
    if isinstance(x, A):
        return "an A subclass instance"
    return "not an A"
print(describe(a), "|", describe(b), "|", describe(5))

# type() of builtins
for v in [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, range(3), len]:
    print(type(v).__name__, end=" ")
print()

# type(x)(...) creates a new instance of the same class
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __add__(self, other):
        return type(self)(self.amount + other.amount)
    def __repr__(self):
        return f"{type(self).__name__}({self.amount})"

class Euro(Money):
    pass

print(Money(1) + Money(2), Euro(3) + Euro(4))

# type() with wrong number of arguments
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (object,))
except TypeError as e:
    print(type(e).__name__, e)

# classes compare by identity
print(A == A, A == B, A != B)
print(sorted([B.__name__, A.__name__]))

# type of a class defined with a base is still type
print(type(B).__name__, B.__base__.__name__, B.__bases__[0] is A)
print(A.__bases__ == (object,), object.__bases__)

# __eq__ without __hash__ makes instances unhashable
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly.__hash__)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
for action in [lambda: hash(EqOnly(1)), lambda: {EqOnly(1)}, lambda: {EqOnly(1): 1}]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)

# restoring hashability explicitly
class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(2) in s, EqHash(3) in s)

# a subclass that overrides __eq__ again loses the inherited __hash__
class EqHashChild(EqHash):
    def __eq__(self, other):
        return super().__eq__(other)
print(EqHashChild.__hash__)
try:
    hash(EqHashChild(1))
except TypeError as e:
    print(type(e).__name__, e)

# ...unless it also restores it
class EqHashChild2(EqHash):
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = EqHash.__hash__
print(hash(EqHashChild2(5)) == hash(5))

# __hash__ = None explicitly
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

# a subclass inheriting only __hash__ stays hashable
class JustHash:
    def __hash__(self):
        return 7
class Child(JustHash):
    pass
print(hash(Child()), hash(JustHash()))

# __hash__ must return an int
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

# large hash results are reduced
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
# hash of -1 becomes -2
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
# list-like classes that are unhashable by design
class Bag(list):
    pass
try:
    {Bag(): 1}
except TypeError as e:
    print(type(e).__name__, e)

# __len__ results are validated by len()
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

print(len(L(0)), len(L(5)), len(L(True)))
for bad in [-1, 2.5, "3", None, 2 ** 100]:
    try:
        print(len(L(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# __len__ returning an object with __index__
class Idx:
    def __index__(self):
        return 4
print(len(L(Idx())))

# len() on objects without __len__
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)

# __len__ defined on the instance is ignored (special lookup uses the type)
n = NoLen()
n.__len__ = lambda: 3
try:
    len(n)
except TypeError as e:
    print(type(e).__name__, e)
print(n.__len__())

# a negative __len__ also breaks truth testing
try:
    bool(L(-5))
except ValueError as e:
    print(type(e).__name__, e)

# a realistic sized container
class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def deal(self, k):
        hand, self.cards = self.cards[:k], self.cards[k:]
        return hand
d = Deck()
print(len(d), d.deal(4), len(d), bool(d))
d.deal(10)
print(len(d), bool(d), "empty" if not d else "cards left")

# len of builtin subclasses with overridden __len__
class Liar(list):
    def __len__(self):
        return 99
lr = Liar([1, 2])
print(len(lr), bool(Liar()), list(lr), lr[1])

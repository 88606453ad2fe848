# What happens to different callables stored as class attributes
def plain(*args):
    return f"plain got {len(args)} args"

class Holder:
    func = plain                     # becomes a method: self is passed
    lam = lambda *args: f"lambda got {len(args)} args"
    builtin = len                    # builtin functions are not descriptors: no self
    sm = staticmethod(plain)
    cm = classmethod(plain)
    klass = dict                     # classes are not bound either

    def __init__(self):
        self.inst_func = plain       # instance attributes are never bound

h = Holder()
print(h.func(), h.func(1))
print(h.lam())
print(h.builtin([1, 2, 3]))
print(h.sm(), h.cm())
print(h.klass(a=1))
print(h.inst_func())
print(Holder.func(), Holder.builtin("ab"), Holder.cm())

# bound method objects stored on the class stay bound to the original instance
class Source:
    def __init__(self, name):
        self.name = name
    def who(self):
        return self.name

class Borrower:
    who = Source("original").who

print(Borrower().who())

# callable instances are not bound either
class Callable:
    def __call__(self, *args):
        return f"callable got {len(args)} args"
class UsesCallable:
    c = Callable()
print(UsesCallable().c(), UsesCallable().c(1))

# a function attribute added to an instance of a builtin subclass
class MyList(list):
    pass
ml = MyList([3, 1, 2])
ml.sorter = sorted
print(ml.sorter(ml), ml)

# type(h).func vs h.func
print(type(type(h).__dict__["func"]).__name__, type(h.func).__name__, type(h.builtin).__name__)
print(type(Holder.__dict__["sm"]).__name__, type(h.sm).__name__, type(h.cm).__name__)

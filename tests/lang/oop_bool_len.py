# Truthiness: __bool__ first, then __len__, else always true
class AlwaysFalse:
    def __bool__(self):
        return False

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Both:
    def __bool__(self):
        print("  __bool__ called")
        return True
    def __len__(self):
        print("  __len__ called")
        return 0

class Neither:
    pass

print(bool(AlwaysFalse()), bool(Sized(0)), bool(Sized(3)), bool(Neither()))
print(bool(Both()))
print(not AlwaysFalse(), not Sized(2))

# truthiness in statements and operators
for obj in [AlwaysFalse(), Sized(0), Sized(1), Neither()]:
    label = type(obj).__name__
    if obj:
        print(label, "truthy")
    else:
        print(label, "falsy")
print(Sized(0) or "fallback", (Sized(2) and "second").upper())
print(type(AlwaysFalse() and "never").__name__, (Sized(3) and Sized(0) and "x").n)
print(any([Sized(0), AlwaysFalse()]), all([Sized(1), Neither()]))
print([type(o).__name__ for o in [Sized(0), Sized(5), Neither()] if o])

# while loop uses __bool__ each iteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        return self.n > 0
cd = Countdown(3)
while cd:
    print("tick", cd.n)
    cd.n -= 1

# conditional expression and filter
print("yes" if Sized(1) else "no", "yes" if Sized(0) else "no")
print(len(list(filter(None, [Sized(0), Sized(1), AlwaysFalse(), Neither()]))))

# __bool__ returning a non-bool is an error (even an int)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __bool__ = None makes bool() fail
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)

# inherited __len__ from list subclass, overridden __bool__
class Items(list):
    def __bool__(self):
        return True
print(bool(Items()), len(Items()), bool([]))

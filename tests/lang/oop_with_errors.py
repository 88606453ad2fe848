# Objects that are not context managers
class NoProtocol:
    pass

class OnlyEnter:
    def __enter__(self):
        return self

class OnlyExit:
    def __exit__(self, *a):
        return False

for obj in [NoProtocol(), OnlyEnter(), OnlyExit(), 42, "text", [1]]:
    try:
        with obj:
            print("body ran for", type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
    except AttributeError as e:
        print(type(e).__name__, e)

# __enter__ set on the instance is not used (lookup is on the type)
inst = NoProtocol()
inst.__enter__ = lambda: "x"
inst.__exit__ = lambda *a: None
try:
    with inst:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# a class (rather than an instance) used as a manager
class ClassCM:
    def __enter__(self):
        return "instance enter"
    def __exit__(self, *a):
        return False
try:
    with ClassCM:
        pass
except TypeError as e:
    print(type(e).__name__, e)
with ClassCM() as v:
    print(v)

# the manager expression is evaluated before __enter__ lookup fails
def make():
    print("make() evaluated")
    return NoProtocol()
try:
    with make() as m:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# a generator object is not a context manager either
def gen():
    yield 1
try:
    with gen():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# second manager invalid: the first one is entered and exited
class Tracked:
    def __enter__(self):
        print("Tracked enter")
        return self
    def __exit__(self, et, ev, tb):
        print("Tracked exit:", et.__name__ if et else None)
        return False
try:
    with Tracked(), NoProtocol():
        print("body")
except TypeError as e:
    print(type(e).__name__, e)

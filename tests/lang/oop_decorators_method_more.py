# Method decorators combined with classmethod/staticmethod/property and decorator arguments
def logged(method):
    def wrapper(self, *args):
        result = method(self, *args)
        self.log.append(f"{method.__name__}{args} -> {result}")
        return result
    return wrapper

# decorators stacked with @classmethod / @staticmethod / @property
def shout(f):
    def wrapper(*args):
        return str(f(*args)).upper()
    return wrapper

class Greeter:
    name = "world"
    @classmethod
    @shout
    def cls_greet(cls):
        return f"hello {cls.name}"
    @staticmethod
    @shout
    def static_greet(who):
        return f"hi {who}"
    @property
    @shout
    def prop_greet(self):
        return f"hey {self.name}"
print(Greeter.cls_greet(), Greeter.static_greet("ann"), Greeter().prop_greet)

# a decorator with arguments that reads instance state
def require(attr):
    def deco(method):
        def wrapper(self, *args):
            if not getattr(self, attr, False):
                return f"{method.__name__} denied: {attr} is false"
            return method(self, *args)
        return wrapper
    return deco

class Door:
    def __init__(self, unlocked):
        self.unlocked = unlocked
    @require("unlocked")
    def open(self):
        return "opened"
print(Door(True).open(), "|", Door(False).open())

# decorating in the class body after definition
class Late:
    def f(self):
        return "f"
    f = shout(f)
    g = logged
print(Late().f(), Late.g.__name__)

# a wrapper that forgets to pass self breaks the method
def broken(method):
    def wrapper(*args):
        return method()
    return wrapper
class Oops:
    @broken
    def m(self):
        return "never"
try:
    Oops().m()
except TypeError as e:
    print(type(e).__name__, e)

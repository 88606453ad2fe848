# Custom __init__ on exception subclasses and the resulting args
class WithSuper(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
        self.msg = msg

class WithoutSuper(Exception):
    def __init__(self, code, msg):
        self.code = code            # args still come from the constructor call
        self.msg = msg

class PartialArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
        self.reason = reason

for exc in [WithSuper(404, "missing"), WithoutSuper(500, "boom"), PartialArgs("a", "b"), KwOnly(reason="why")]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))

# attributes survive raising and catching
try:
    raise WithSuper(418, "teapot")
except WithSuper as e:
    print(e.code, e.msg, e)

# KwOnly: args only contain what was passed to super().__init__
try:
    raise KwOnly(reason="timeout")
except KwOnly as e:
    print(e.args, e.reason)

# setting args explicitly
class Manual(Exception):
    def __init__(self, *parts):
        self.args = ("-".join(parts),)
m = Manual("a", "b", "c")
print(m.args, str(m), repr(m))

# an exception whose __init__ takes no arguments
class Fixed(Exception):
    def __init__(self):
        super().__init__("fixed message")
try:
    raise Fixed
except Fixed as e:
    print(repr(e), e.args)
try:
    Fixed("extra")
except TypeError as e:
    print(type(e).__name__, e)

# exceptions with default arguments
class Retry(Exception):
    def __init__(self, attempts=3, *rest):
        super().__init__(attempts, *rest)
        self.attempts = attempts
print(repr(Retry()), repr(Retry(5)), repr(Retry(1, "x")), Retry().attempts)
print(str(Retry()), str(Retry(1, "x")))

# args is always a tuple
e = Exception()
e.args = [1, 2]
print(type(e.args).__name__, e.args, str(e))

# Suppressing context managers inside functions, loops and across calls
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False

class Truthy:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.ret

# a suppressing manager in a function: execution continues after the with
def risky(n):
    result = "unset"
    with Suppress(ZeroDivisionError):
        result = 10 // n
    return result
print(risky(2), risky(0))

# suppression inside a loop does not stop the loop
errors = 0
for v in ["1", "x", "3", "y"]:
    with Suppress(ValueError) as s:
        int(v)
    if s.caught:
        errors += 1
print("errors:", errors)

# __exit__ returning true without an exception has no effect
with Truthy(True):
    print("no exception, nothing to suppress")

# suppression of exceptions raised by nested function calls
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)
with Suppress(LookupError) as s:
    deep(5)
print("deep:", s.caught)

# __exit__ that records and suppresses only the first exception
class Once:
    def __init__(self):
        self.used = False
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et and not self.used:
            self.used = True
            return True
        return False
once = Once()
with once:
    raise RuntimeError("first")
try:
    with once:
        raise RuntimeError("second")
except RuntimeError as e:
    print("second propagated:", e)

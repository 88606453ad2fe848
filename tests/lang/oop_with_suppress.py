# __exit__ returning a true value suppresses the exception
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

with Suppress(KeyError) as s:
    {}["nope"]
    print("not reached")
print("suppressed:", repr(s.caught))

with Suppress(LookupError) as s:
    [][3]
print("suppressed subclass:", type(s.caught).__name__)

try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

# truthiness of the return value decides, not identity with True
class Truthy:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.ret
for ret in [1, "yes", [0], 0, "", None, []]:
    try:
        with Truthy(ret):
            raise ValueError(repr(ret))
        print(f"{ret!r}: suppressed")
    except ValueError as e:
        print(f"{e}: propagated")

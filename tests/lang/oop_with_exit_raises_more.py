# __exit__ that re-raises, has a bad signature, or translates exceptions
# __exit__ re-raising the same exception explicitly
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            ev.args = ev.args + ("annotated",)
            raise ev
try:
    with Reraise():
        raise TypeError("bad type")
except TypeError as e:
    print(type(e).__name__, e.args)

# __exit__ with the wrong signature
class BadSignature:
    def __enter__(self):
        return self
    def __exit__(self):
        return False
try:
    with BadSignature():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# exception translation in __exit__ using raise ... from
class Translate:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError(f"translated {ev}") from ev
try:
    with Translate():
        {}["x"]
except LookupError as e:
    print(e, "| cause:", repr(e.__cause__))

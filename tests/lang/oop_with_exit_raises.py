# Exceptions raised inside __enter__ and __exit__
class ExitRaises:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"{self.name}: exit failed (saw {et.__name__ if et else None})")

# exception from __exit__ with a clean body
try:
    with ExitRaises("clean"):
        pass
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

# exception from __exit__ replaces the body's exception, which becomes the context
try:
    with ExitRaises("dirty"):
        raise ValueError("body error")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

# __enter__ raising: __exit__ is not called
class EnterRaises:
    def __enter__(self):
        raise KeyError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with EnterRaises() as x:
        print("never runs")
except KeyError as e:
    print(type(e).__name__, e)

# outer manager sees the exception raised by the inner __exit__
class Watch:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("Watch saw:", et.__name__ if et else None, ev)
        return True
with Watch():
    with ExitRaises("inner"):
        raise IndexError("original")
print("after watch")

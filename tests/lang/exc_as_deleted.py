# The name bound by `except E as e` is deleted at the end of the handler
e = "original"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

# in a function the name becomes unbound
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err), type(saved).__name__
print(f())

# keep a reference by assigning to another name
def keep():
    try:
        raise KeyError("kept")
    except KeyError as exc:
        kept = exc
    return repr(kept)
print(keep())

# the name is deleted even if the handler deletes it itself
def self_delete():
    try:
        raise TypeError("t")
    except TypeError as exc:
        del exc
    return "ok"
print(self_delete())

# rebinding inside the handler is also removed at the end
def rebind():
    try:
        raise TypeError("t")
    except TypeError as exc:
        exc = "rebound"
    try:
        return exc
    except UnboundLocalError:
        return "gone after rebind"
print(rebind())

# Implicit exception context in handlers and finally blocks
def ctx(e):
    parts = []
    while e is not None:
        parts.append("%s(%r)" % (type(e).__name__, str(e)))
        e = e.__context__
    return " <- ".join(parts)

# exception raised in finally replaces the original, which becomes its context
def finally_replaces():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    finally_replaces()
except KeyError as e:
    print(ctx(e))

# exception raised in a handler after a nested handled one
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise IndexError("c")
except IndexError as e:
    print(ctx(e))

# an exception raised after the handler finished has no context
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise RuntimeError("later")
except RuntimeError as e:
    print(ctx(e))

# context is set by function calls made inside a handler
def helper():
    raise LookupError("in helper")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except LookupError as e:
    print(ctx(e))

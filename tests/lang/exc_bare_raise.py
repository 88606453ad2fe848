# Bare raise re-raises the exception being handled
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("  logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("caught again:", e)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def no_active():
    raise
try:
    no_active()
except RuntimeError as e:
    print("RuntimeError:", e)

# bare raise re-raises the current exception even after a nested try was handled
def nested_handled():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
try:
    nested_handled()
except KeyError as e:
    print("re-raised outer:", repr(e))

# bare raise in a helper called from a handler re-raises the handled exception
def helper():
    raise
def caller():
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
try:
    caller()
except ZeroDivisionError as e:
    print("helper re-raised:", e)

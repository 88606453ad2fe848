# Re-raising conditionally, after modifying args, and with raise e

# conditional re-raise
def filtered(code):
    try:
        raise OSError(code, "os error %d" % code)
    except OSError as e:
        if e.args[0] == 2:
            return "handled code 2"
        raise
print(filtered(2))
try:
    filtered(5)
except OSError as e:
    print("re-raised code", e.args[0], e.args)

# re-raise after modifying args
try:
    try:
        raise ValueError("base message")
    except ValueError as e:
        e.args = ("modified " + e.args[0],)
        raise
except ValueError as e:
    print(e)

# raise e inside handler is equivalent to bare raise for matching
try:
    try:
        raise TypeError("t")
    except TypeError as e:
        raise e
except TypeError as e:
    print("raise e:", e, e.__context__)

# an exception passing through finally continues after the finally block
def in_finally():
    try:
        raise NameError("nm")
    finally:
        print("  finally runs, exception continues")
try:
    in_finally()
except NameError as e:
    print("NameError:", e)

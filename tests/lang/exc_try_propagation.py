# try statements: exceptions escaping unmatched clauses, else blocks and handlers
def run(label, fn):
    print("--", label)
    try:
        fn()
    except Exception as e:
        print("escaped:", type(e).__name__, e)

# exception not matched passes through else-less handler, finally still runs
def unmatched():
    try:
        raise KeyError("key")
    except ValueError:
        print("not here")
    finally:
        print("finally for unmatched")
run("unmatched", unmatched)

# exception in else is not caught by the same try's handlers
def error_in_else():
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        1 / 0
    finally:
        print("finally after else error")
run("error in else", error_in_else)

# exception in handler runs finally then propagates
def error_in_handler():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally after handler error")
run("error in handler", error_in_handler)

# multiple except clauses: first match wins
def multi(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError clause"
    except KeyError:
        return "KeyError clause (unreachable)"
    except Exception:
        return "Exception clause"
print(multi(KeyError()), multi(IndexError()), multi(ValueError()))

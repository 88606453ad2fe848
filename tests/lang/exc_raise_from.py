# raise ... from ... and __cause__ / __context__ / __suppress_context__
def describe(e):
    cause = e.__cause__
    ctx = e.__context__
    return "%s(%s) cause=%r context=%r suppress=%s" % (
        type(e).__name__, e, cause, ctx, e.__suppress_context__)

# explicit chaining
try:
    try:
        int("abc")
    except ValueError as exc:
        raise RuntimeError("conversion failed") from exc
except RuntimeError as e:
    print(describe(e))

# implicit chaining: raising inside a handler sets __context__ only
try:
    try:
        {}["missing"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(describe(e))

# from None suppresses the context display but keeps __context__
try:
    try:
        [][1]
    except IndexError:
        raise ValueError("clean") from None
except ValueError as e:
    print(describe(e))

# raise from a class instantiates the cause
try:
    raise OSError("os") from KeyError
except OSError as e:
    print(describe(e))

# cause outside of any handler: no context
try:
    raise LookupError("lookup") from ZeroDivisionError("zero")
except LookupError as e:
    print(describe(e))

# Exception context: re-raising, generators, from None, deep handler chains
def ctx(e):
    parts = []
    while e is not None:
        parts.append("%s(%r)" % (type(e).__name__, str(e)))
        e = e.__context__
    return " <- ".join(parts)

# re-raising the same exception does not create a self-loop
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(ctx(e), e.__context__ is None)

# generator: exception inside the generator body during handling in the caller
def gen():
    yield 1
    raise OSError("in generator")
g = gen()
next(g)
try:
    try:
        raise KeyError("caller")
    except KeyError:
        next(g)
except OSError as e:
    print(ctx(e))

# from None hides the context in tracebacks, but __context__ is still kept
try:
    try:
        raise ValueError("hidden")
    except ValueError:
        raise TypeError("shown") from None
except TypeError as e:
    print(ctx(e), e.__suppress_context__, e.__cause__)

# three handlers deep
try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
except KeyError as e:
    print(ctx(e))

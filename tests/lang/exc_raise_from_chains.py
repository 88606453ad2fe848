# raise from: three-level chains, invalid causes, setting __cause__ by hand
def describe(e):
    cause = e.__cause__
    ctx = e.__context__
    return "%s(%s) cause=%r context=%r suppress=%s" % (
        type(e).__name__, e, cause, ctx, e.__suppress_context__)

# chains of three
def level3():
    raise KeyError("k3")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("v2") from e
def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("r1")
try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

# raise from a non-exception is a TypeError
try:
    raise ValueError("x") from 42
except TypeError as e:
    print("TypeError:", e)

# __cause__ can be set and read by hand
err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)

# context is set even when the new exception is unrelated and caught later
def chained_in_finally():
    try:
        raise KeyError("body")
    finally:
        pass
try:
    try:
        chained_in_finally()
    except KeyError:
        raise IndexError("after")
except IndexError as e:
    print(describe(e))

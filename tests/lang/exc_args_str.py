# Exception args, str() and repr()
cases = [
    Exception(),
    Exception("one"),
    Exception("one", "two"),
    Exception(42),
    Exception(None),
    Exception(""),
    Exception(("tuple",)),
    ValueError("bad", 1, [2]),
    KeyError("key"),
    KeyError(1),
    KeyError(),
    KeyError("a", "b"),
    IndexError("index"),
    StopIteration(5),
    SystemExit(2),
    RuntimeError("multi\nline"),
    ZeroDivisionError("custom"),
]
for e in cases:
    print(type(e).__name__, repr(e.args), repr(str(e)), repr(e))

# args can be reassigned
e = ValueError("a")
e.args = ("b", "c")
print(e, repr(e))

# exceptions are instances of their class and can be compared by identity
e1 = ValueError("x")
e2 = ValueError("x")
print(e1 == e2, e1 is e1, e1.args == e2.args)

# str() of exceptions raised by the interpreter
try:
    [1, 2][5]
except IndexError as e:
    print(repr(e), e.args)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {(1, 2): 0}[(3, 4)]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}[""]
except KeyError as e:
    print(repr(e), str(e))

# printing an exception in f-strings and format
e = TypeError("formatted")
print(f"{e}", f"{e!r}", "{}".format(e), "%s" % e)

# exception with a non-string single argument
e = ValueError([1, 2])
print(str(e), repr(e))

# BaseException args on subclasses with several arguments
e = UnicodeError("u", "v")
print(e, e.args)

# an exception instance can be raised multiple times
shared = RuntimeError("shared")
for _ in range(2):
    try:
        raise shared
    except RuntimeError as caught:
        print(caught is shared, caught)

# Exception matching by class hierarchy and tuples
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup tuple: " + type(e).__name__
    except ArithmeticError as e:
        return "arithmetic: " + type(e).__name__
    except (TypeError, ValueError):
        return "type-or-value"
    except Exception as e:
        return "generic: " + type(e).__name__

for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(),
            TypeError(), ValueError(), UnicodeError(), NameError(),
            UnboundLocalError(), AttributeError(), RuntimeError(),
            NotImplementedError(), RecursionError(), StopIteration(),
            AssertionError(), LookupError(), FloatingPointError()]:
    print(type(exc).__name__.ljust(20), which(exc))

# hierarchy facts
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnicodeError, ValueError),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (GeneratorExit, Exception),
    (StopIteration, Exception), (KeyError, IndexError), (bool, int),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))

# catching with a tuple stored in a variable
errors = (ValueError, ZeroDivisionError)
for arg in ["5", "x", "0"]:
    try:
        print(10 // int(arg))
    except errors as e:
        print("caught", type(e).__name__)

# an empty tuple matches nothing
try:
    try:
        raise KeyError("k")
    except ():
        print("not reached")
except KeyError as e:
    print("empty tuple matched nothing:", repr(e))

# catching by raising a class (instantiated automatically)
try:
    raise IndexError
except IndexError as e:
    print("class raised:", repr(e), e.args)

# BaseException catches everything
try:
    raise SystemExit(3)
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)

# catching a non-exception class is a TypeError at match time
try:
    try:
        raise ValueError("v")
    except int:
        pass
except TypeError as e:
    print("TypeError:", e)

# isinstance checks on exception instances
e = ZeroDivisionError("z")
print(isinstance(e, ArithmeticError), isinstance(e, (KeyError, Exception)), isinstance(e, LookupError))
print([c.__name__ for c in (ZeroDivisionError, ArithmeticError, Exception, BaseException, object) if isinstance(e, c)])

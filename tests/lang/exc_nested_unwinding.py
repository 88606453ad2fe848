# Exceptions unwinding through nested handlers, finally blocks and loops

# try inside except inside finally
def deep():
    out = []
    try:
        raise RuntimeError("a")
    except RuntimeError:
        try:
            out.append("handling a")
            raise OSError("b")
        except OSError:
            out.append("handling b")
        finally:
            try:
                out.append("finally of b")
                raise ZeroDivisionError("c")
            except ZeroDivisionError as e:
                out.append("handling c: " + str(e))
    return out
print(deep())

# exception raised in a deeply nested call is caught at the right level
def a(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        return a(n - 1)
    except KeyError:
        return "wrong handler"
    finally:
        print("  unwinding level", n)
try:
    a(3)
except LookupError as e:
    print("caught at top:", e)

# handlers in loops: each iteration independent
results = []
for divisor in [1, 0, 2, 0]:
    try:
        try:
            results.append(10 // divisor)
        finally:
            results.append("f")
    except ZeroDivisionError:
        results.append("zde")
print(results)

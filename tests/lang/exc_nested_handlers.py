# Nested try statements and handlers
def nested(kind):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if kind == "value":
                raise ValueError("v")
            if kind == "key":
                raise KeyError("k")
            if kind == "type":
                raise TypeError("t")
        except ValueError:
            log.append("inner except ValueError")
        finally:
            log.append("inner finally")
        log.append("after inner")
    except KeyError:
        log.append("outer except KeyError")
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
    return log

for kind in ["none", "value", "key"]:
    print(kind, nested(kind))
try:
    nested("type")
except TypeError as e:
    print("type escaped:", e)

# a handler raising a new exception caught by an outer handler
try:
    try:
        raise ValueError("first")
    except ValueError as e1:
        try:
            raise KeyError("second")
        except KeyError as e2:
            print("inner handler sees", repr(e2), "context", repr(e2.__context__))
            raise IndexError("third")
except IndexError as e3:
    print("outer caught", repr(e3))
    print("context chain:", repr(e3.__context__), repr(e3.__context__.__context__))

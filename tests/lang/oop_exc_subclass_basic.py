# Subclassing Exception: hierarchy, catching, args, str and repr
class AppError(Exception):
    pass

class DatabaseError(AppError):
    pass

class ConnectionLost(DatabaseError):
    pass

class ValidationError(AppError, ValueError):
    pass

def fail(kind):
    if kind == "conn":
        raise ConnectionLost("link down", 3)
    if kind == "valid":
        raise ValidationError("bad field")
    if kind == "plain":
        raise AppError
    return "ok"

for kind in ["conn", "valid", "plain", "none"]:
    try:
        print(fail(kind))
    except DatabaseError as e:
        print("db:", type(e).__name__, e.args, str(e), repr(e))
    except ValueError as e:
        print("value:", type(e).__name__, e.args, str(e), repr(e))
    except AppError as e:
        print("app:", type(e).__name__, e.args, repr(str(e)), repr(e))

print([k.__name__ for k in ValidationError.__mro__])
print(issubclass(ConnectionLost, Exception), issubclass(ConnectionLost, BaseException))
print(isinstance(ValidationError("x"), ValueError))

# catching with a tuple including user classes
for kind in ["conn", "valid"]:
    try:
        fail(kind)
    except (KeyError, ConnectionLost, ValidationError) as e:
        print("tuple caught", type(e).__name__)

# exception classes are ordinary classes with attributes and methods
class HttpError(Exception):
    status = 500
    def describe(self):
        return f"{self.status}: {self}"
class NotFound(HttpError):
    status = 404
try:
    raise NotFound("/index.html")
except HttpError as e:
    print(e.describe(), e.status)

# BaseException subclasses are not caught by except Exception
class Stop(BaseException):
    pass
try:
    try:
        raise Stop("halt")
    except Exception:
        print("not here")
except BaseException as e:
    print("base caught", type(e).__name__, e)

# raising something that is not an exception
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnError
except TypeError as e:
    print(type(e).__name__, e)

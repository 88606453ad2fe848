# Forms of the raise statement
def attempt(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args)

def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("instance")
def raise_variable():
    err = KeyError("from variable")
    raise err
def raise_expression():
    raise [TypeError, IndexError][1]("chosen")
def raise_conditional():
    raise (ValueError if True else TypeError)("conditional")
def raise_non_exception():
    raise 42
def raise_non_exception_class():
    raise int
def raise_string():
    raise "string"
def raise_none():
    raise None
def raise_base():
    raise BaseException("base")
def raise_from_call():
    def make(msg):
        return RuntimeError(msg.upper())
    raise make("made")

for fn in [raise_class, raise_instance, raise_variable, raise_expression,
           raise_conditional, raise_non_exception, raise_non_exception_class,
           raise_string, raise_none, raise_base, raise_from_call]:
    print(fn.__name__, end=": ")
    attempt(fn)

# raising builtin exception classes that take several arguments
try:
    raise OSError("plain os error")
except OSError as e:
    print(type(e).__name__, str(e), e.args)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    raise StopIteration("stop value")
except StopIteration as e:
    print("StopIteration value:", e.value)

# exception classes are callable and can be stored
kinds = {"v": ValueError, "t": TypeError}
for key in "vt":
    try:
        raise kinds[key]("from table " + key)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# raise in a lambda via a helper and in a conditional expression
def fail(exc):
    raise exc
check = lambda x: x if x > 0 else fail(ValueError("non-positive: %d" % x))
print(check(5))
attempt(lambda: check(-1))

# NotImplementedError commonly used for abstract behaviour
def abstract():
    raise NotImplementedError("subclass must implement")
attempt(abstract)
print(NotImplementedError.__name__, issubclass(NotImplementedError, RuntimeError))

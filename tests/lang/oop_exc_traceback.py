# Exception objects: __traceback__ line numbers, with_traceback, add_note, attributes
def inner():
    raise ValueError("deep")

def middle():
    inner()

def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

try:
    middle()
except ValueError as e:
    print(lines(e.__traceback__), type(e.__traceback__).__name__)

# not raised yet: no traceback
fresh = KeyError("k")
print(fresh.__traceback__, fresh.with_traceback(None) is fresh)

# with_traceback(None) then re-raise: only the new frames are recorded
try:
    try:
        middle()
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e2:
    print(lines(e2.__traceback__))

# __exit__ receives the traceback
class Manager:
    def __enter__(self):
        return self
    def __exit__(self, typ, exc, tb):
        print("exit", typ.__name__ if typ else None, tb is None, lines(tb))
        return True
with Manager():
    inner()
with Manager():
    pass

# notes
err = RuntimeError("base")
print(hasattr(err, "__notes__"))
err.add_note("first")
err.add_note("second")
print(err.__notes__)
try:
    err.add_note(42)
except TypeError as e:
    print(type(e).__name__, e)

# arbitrary attributes on built-in exception instances
try:
    {}["missing"]
except KeyError as e:
    e.context_info = {"where": "lookup"}
    e.retries = 3
    print(e.__dict__, e.args)

# traceback objects are read-only
try:
    inner()
except ValueError as e:
    tb = e.__traceback__
    try:
        tb.tb_lineno = 1
    except AttributeError as x:
        print(type(x).__name__, x)

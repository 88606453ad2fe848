# Exception context control, re-raising and finally blocks inside methods
# raise ... from None hides the context
class Lookup:
    def __init__(self, d):
        self.d = d
    def get(self, k):
        try:
            return self.d[k]
        except KeyError:
            raise LookupError(f"no {k}") from None
try:
    Lookup({}).get("x")
except LookupError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

# re-raising inside a method preserves the exception object
class Wrapper:
    def run(self, f):
        try:
            return f()
        except ZeroDivisionError as e:
            e.note_from_wrapper = True
            raise
try:
    Wrapper().run(lambda: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.note_from_wrapper)

# finally in methods runs even when exceptions propagate
class Tx:
    def __init__(self):
        self.log = []
    def commit(self, ok):
        try:
            self.log.append("begin")
            if not ok:
                raise ValueError("rollback!")
            self.log.append("commit")
        finally:
            self.log.append("end")
t = Tx()
t.commit(True)
try:
    t.commit(False)
except ValueError as e:
    print(e, t.log)

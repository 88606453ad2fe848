# Mixins cooperating through super(): order of bases changes behaviour
# mixins that wrap behaviour through super()
class Store:
    def __init__(self):
        self.data = {}
    def set(self, k, v):
        self.data[k] = v
    def get(self, k):
        return self.data[k]

class LoggingMixin:
    def set(self, k, v):
        print(f"  log: set {k}={v}")
        super().set(k, v)

class UpperMixin:
    def set(self, k, v):
        super().set(k, v.upper() if isinstance(v, str) else v)

class LoudStore(LoggingMixin, UpperMixin, Store):
    pass

class QuietUpper(UpperMixin, Store):
    pass

s = LoudStore()
s.set("a", "hello")
s.set("b", 5)
print(s.data)
q = QuietUpper()
q.set("x", "abc")
print(q.get("x"))

# order of mixins changes what the logger sees
class UpperThenLog(UpperMixin, LoggingMixin, Store):
    pass
u = UpperThenLog()
u.set("k", "quiet")
print(u.data)

# collecting results along the MRO
class Describe:
    def describe(self):
        return []
class HasWheels(Describe):
    def describe(self):
        return super().describe() + ["wheels"]
class HasEngine(Describe):
    def describe(self):
        return super().describe() + ["engine"]
class HasSeats(Describe):
    def describe(self):
        return super().describe() + ["seats"]
class Car(HasSeats, HasEngine, HasWheels):
    def describe(self):
        return ["car:"] + super().describe()
print(Car().describe())

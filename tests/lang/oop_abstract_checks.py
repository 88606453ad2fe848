# Abstract-class checks at construction time, template methods with hooks
# checking for required methods at construction time
class Plugin:
    required = ("load", "run")
    def __init__(self):
        missing = [m for m in self.required if not callable(getattr(self, m, None))]
        if missing:
            raise TypeError(f"{type(self).__name__} is missing {', '.join(missing)}")
class Good(Plugin):
    def load(self): return "loaded"
    def run(self): return "ran"
class Half(Plugin):
    def load(self): return "loaded"
    run = "not callable"
print(Good().load(), Good().run())
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)

# template method with hooks that have default implementations
class Report:
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return "== report =="
    def body(self):
        raise NotImplementedError
    def footer(self):
        return "== end =="
class Sales(Report):
    def body(self):
        return [f"item {i}" for i in range(2)]
    def footer(self):
        return super().footer().upper()
print(Sales().render())

# NotImplemented (the constant) is not an exception
try:
    raise NotImplemented
except TypeError as e:
    print(type(e).__name__, e)

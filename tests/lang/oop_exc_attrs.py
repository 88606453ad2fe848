# Exception instances as data carriers
class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = dict(errors)
        super().__init__(f"{len(self.errors)} validation error(s)")

    def __iter__(self):
        return iter(sorted(self.errors.items()))

def validate(record):
    errors = {}
    if not record.get("name"):
        errors["name"] = "required"
    if not isinstance(record.get("age"), int):
        errors["age"] = "must be int"
    elif record["age"] < 0:
        errors["age"] = "must be >= 0"
    if errors:
        raise ValidationError(errors)
    return True

for rec in [{"name": "a", "age": 1}, {"age": -1}, {"name": "", "age": "x"}]:
    try:
        print(validate(rec))
    except ValidationError as e:
        print(e)
        for field, msg in e:
            print("  ", field, "->", msg)

# exceptions can be stored and inspected later
collected = []
for v in ["1", "x", "3", "", "5"]:
    try:
        int(v)
    except ValueError as e:
        collected.append(e)
print(len(collected), [str(e) for e in collected])
print([type(e).__name__ for e in collected])

# exception equality is identity
a = ValueError("same")
b = ValueError("same")
print(a == b, a == a, a.args == b.args)

# exceptions with a __dict__ and mutable args
class Info(Exception):
    pass
i = Info("x")
i.extra = [1]
print(i.__dict__, i.args)
i.args = ("changed",)
print(i, repr(i))

# with_traceback returns the exception itself
e = KeyError("k")
print(e.with_traceback(None) is e)

# exception objects as dictionary keys (hashable by identity)
counts = {}
err = RuntimeError("r")
counts[err] = 1
counts[err] += 1
print(counts[err], len(counts))

# StopIteration carrying a value from a custom iterator
class Limited:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done", self.n)
        return self.n
it = Limited()
try:
    while True:
        print("got", next(it))
except StopIteration as s:
    print("stop", s.args, s.value)

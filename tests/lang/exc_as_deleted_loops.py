# except-as names: untaken handlers, loops and closures

# the deletion only happens when the handler runs
def not_run():
    exc = "untouched"
    try:
        pass
    except Exception as exc:
        pass
    return exc
print(not_run())

# a loop with the same handler name each iteration
results = []
for v in ["1", "a", "2", "b"]:
    try:
        results.append(int(v))
    except ValueError as problem:
        results.append(str(problem))
print(results)
try:
    problem
except NameError as err:
    print("NameError:", err)

# closure capturing the exception must copy it
def capture():
    try:
        raise RuntimeError("captured")
    except RuntimeError as exc:
        c = exc
        fn = lambda: c
    return fn()
print(repr(capture()))

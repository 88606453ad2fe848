# try/except/else/finally and local state inside generators

# yield inside try/except/else/finally
def full(flag):
    try:
        yield "try"
        if flag:
            raise ValueError
    except ValueError:
        yield "except"
    else:
        yield "else"
    finally:
        yield "finally"
print(list(full(False)), list(full(True)))

# local variables persist between resumptions
def stateful():
    history = []
    while len(history) < 4:
        history.append(len(history) ** 2)
        yield list(history)
for snapshot in stateful():
    print(snapshot)

# generators capture arguments at call time but run lazily
def lazy_args(seq):
    print("  lazy body started with", seq)
    yield from seq
items = [1, 2]
lg = lazy_args(items)
items.append(3)
print(list(lg))

# return inside finally-protected loop
def early_return():
    try:
        for i in range(10):
            if i == 2:
                return "stopped"
            yield i
    finally:
        print("  early_return finally")
g = early_return()
print([x for x in g])

# close(): swallowed GeneratorExit, except Exception, yield from, for-break
def worker():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  finally in worker")

# swallowing GeneratorExit and returning is fine
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("  polite exit")
        return "ignored value"
p = polite()
next(p)
print(p.close())

# GeneratorExit is not an Exception subclass
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def broad():
    try:
        yield 1
    except Exception:
        print("  not reached")
    finally:
        print("  broad finally")
b = broad()
next(b)
b.close()

# close propagates through yield from
def inner():
    try:
        yield "in"
    finally:
        print("  inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("  outer finally")
o = outer()
next(o)
o.close()

# breaking out of a for loop does not close the generator until it is closed
g = worker()
for v in g:
    if v == 1:
        break
print("broke at", v)
g.close()

# generator.close() and GeneratorExit
def worker():
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  finally in worker")

w = worker()
print(next(w), next(w))
print(w.close())
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
w.close()
print("second close is a no-op")

# closing a generator that never started does not run its body
def untouched():
    print("  never printed")
    yield
u = untouched()
u.close()
print(list(u))

# close on an exhausted generator
def short():
    yield 1
s = short()
print(list(s))
s.close()
print("closed exhausted")

# a generator that yields in response to GeneratorExit -> RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# generator.throw()
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught ValueError:", e)
            yield "recovered"

g = catcher()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated:", e)
# the generator is now finished
try:
    next(g)
except StopIteration:
    print("generator finished after uncaught throw")

# throw into a just-created generator raises at once
def never_started():
    print("  body runs?")
    yield 1
ns = never_started()
try:
    ns.throw(RuntimeError("early"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(ns))

# throw with finally cleanup
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")
w = with_cleanup()
print(next(w))
try:
    w.throw(IndexError("idx"))
except IndexError as e:
    print("IndexError:", e)

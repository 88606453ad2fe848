# Errors in the iteration protocol
class NoIter:
    pass
for f in [lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [x for x in NoIter()],
          lambda: sum(NoIter()), lambda: sorted(NoIter())]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = NoIter()
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ returning something that is not an iterator
class BadIter:
    def __iter__(self):
        return [1, 2, 3]
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class NoneIter:
    def __iter__(self):
        return None
try:
    list(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)

# next() on a non-iterator
class NotAnIterator:
    def __iter__(self):
        return self
try:
    next(NotAnIterator())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(NotAnIterator())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

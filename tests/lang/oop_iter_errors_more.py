# Errors raised inside __next__, unpacking user iterators, iter() with a sentinel
class NoIter:
    pass

# exceptions inside __next__ propagate out of for loops
class Fails:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("third item is broken")
        return self.i
got = []
try:
    for v in Fails():
        got.append(v)
except ValueError as e:
    print(type(e).__name__, e, got)

# unpacking errors with user iterators
class Two:
    def __iter__(self):
        return iter([1, 2])
try:
    a, b, c = Two()
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a,) = Two()
except ValueError as e:
    print(type(e).__name__, e)
first, *rest = Two()
print(first, rest)

# iter() with a sentinel requires a callable
try:
    iter(NoIter(), None)
except TypeError as e:
    print(type(e).__name__, e)

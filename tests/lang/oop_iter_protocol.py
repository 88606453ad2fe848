# The iterator protocol: __iter__ and __next__
class CountUp:
    def __init__(self, start, stop):
        self.cur = start
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
c = CountUp(1, 4)
print(list(c), list(c))          # an iterator is exhausted after one pass
print(sum(CountUp(1, 5)), max(CountUp(3, 7)), sorted(CountUp(0, 3), reverse=True))
it = CountUp(0, 2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)

# an iterable that returns a fresh iterator each time
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountUp(0, self.n)
r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r])
a, b, c_ = r
print(a, b, c_)
print(*r, sep=",")
print(dict(zip(r, "abc")), set(r) == {0, 1, 2}, tuple(enumerate(r)))

# iter() returns the result of __iter__
print(iter(c) is c, type(iter(r)).__name__)

# for loop with else and break over a user iterator
for v in CountUp(5, 100):
    if v * v > 50:
        print("first square over 50:", v)
        break
else:
    print("never")

# an infinite iterator with a bounded consumer
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
out = []
for f in Fib():
    if f > 100:
        break
    out.append(f)
print(out)
fib = Fib()
print([next(fib) for _ in range(5)], next(fib))
# StopIteration with a value is swallowed by for loops
class WithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored value")
print(list(WithValue()), [x for x in WithValue()])
# iterating with the two-argument form of iter() and a callable object
class Ticker:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Ticker(), 4)))

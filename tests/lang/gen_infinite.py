# Infinite generators consumed with break, zip, and next
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        break
print("first square above 50 from", n)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for f in fib():
    if f > 1000:
        break
    out.append(f)
print(out)

# take the first k items by hand
def take(k, it):
    it = iter(it)
    result = []
    for _ in range(k):
        result.append(next(it))
    return result
print(take(5, naturals(10)))
print(take(8, fib()))

# cycle and repeat by hand
def cycle(seq):
    while True:
        for x in seq:
            yield x
print(list(zip(range(7), cycle("abc"))))

def repeat(v):
    while True:
        yield v
print(list(map(pow, range(5), repeat(2))))

# primes by trial division
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(12, primes()))

# infinite generator with state shared across two consumers
g = naturals()
print(next(g), next(g), take(3, g), next(g))

# a generator pipeline over an infinite source
squares = (n * n for n in naturals())
odd_squares = (s for s in squares if s % 2)
print(take(5, odd_squares))

# enumerate over an infinite generator with break
for i, f in enumerate(fib()):
    if f >= 100:
        print("first fib >= 100 at index", i, "is", f)
        break

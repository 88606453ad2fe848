# Generator expressions are lazy: side effects show evaluation order
log = []
def noisy(v):
    log.append(v)
    return v

gen = (noisy(x) * 10 for x in range(5))
print("created, log =", log)
print(next(gen), log)
print(next(gen), log)
print(list(gen), log)
print(list(gen))

# list comprehension is eager by contrast
log.clear()
lst = [noisy(x) for x in range(3)]
print("list built, log =", log)

# the first iterable is evaluated immediately, the rest lazily
log.clear()
def source(name, n):
    log.append("source " + name)
    return range(n)
g = (a * b for a in source("outer", 2) for b in source("inner", 2))
print(log)
print(list(g), log)

# errors in the first iterable surface at creation
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

# errors in the element expression surface when consumed
g = (10 // x for x in [5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError when consumed:", e)
print(list(g))

# any/all short-circuit on generator expressions
log.clear()
print(any(noisy(x) > 2 for x in range(10)), log)
log.clear()
print(all(noisy(x) < 2 for x in range(10)), log)

# genexp as sole argument needs no extra parentheses
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abcd", "ab"]))
print(sorted((x % 3, x) for x in range(6)))
print("-".join(str(i) for i in range(5)))

# a generator expression can only be consumed once
g = (c for c in "ab")
print(list(g), list(g), tuple(g))

# infinite source made finite by zip
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip("abc", (n * n for n in naturals()))))
print(type(x for x in []).__name__)

# Calls of a closure share its cells; the function may disappear while a call still runs, and
# generators of closures keep their cells alive after the function is gone.
def outer():
    acc = []
    def inner(n):
        global keep
        keep = None          # drops the only reference to inner while it runs
        acc.append(n)
        junk = [[i] for i in range(50)]
        for j in junk:
            j.append(j)      # cycles, so a collection has work to do
        return len(acc), acc
    return inner

keep = outer()
print(keep(1))
print(keep)

def gen_outer(k):
    def gen(n):
        for i in range(n):
            yield i * k
    return gen

g = gen_outer(3)(4)
del gen_outer
cycles = []
for i in range(200):
    c = [i]
    c.append(c)
    cycles.append(c)
cycles = None
print(list(g))

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

s = counter()
print([s() for _ in range(5)])

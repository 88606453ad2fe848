# Closures created in loops, comprehensions and generators: which cell do they see?
def in_for_loop():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 99
    return [f() for f in fns]
print(in_for_loop())

def in_comprehension():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]
print(in_comprehension())

def in_nested_comprehension():
    fns = [[lambda: (r, c) for c in range(2)] for r in range(2)]
    return [[f() for f in row] for row in fns]
print(in_nested_comprehension())

def in_while():
    fns = []
    n = 0
    while n < 3:
        fns.append(lambda: n)
        n += 1
    return [f() for f in fns]
print(in_while())

# fix 1: default argument, fix 2: factory function, fix 3: generator evaluated eagerly
def fixes():
    a = [lambda i=i: i for i in range(3)]
    def make(i):
        return lambda: i
    b = [make(i) for i in range(3)]
    c = [f() for f in (lambda: i for i in range(3))]
    return [f() for f in a], [f() for f in b], c
print(fixes())

# closures in a loop sharing one nonlocal cell that they all mutate
def shared_counter():
    count = 0
    incs = []
    for _ in range(3):
        def inc():
            nonlocal count
            count += 1
            return count
        incs.append(inc)
    return [f() for f in incs], count
print(shared_counter())

# each call of the outer function creates a fresh cell
def outer(tag):
    def show():
        return tag
    return show
shows = [outer(t) for t in "xyz"]
print([s() for s in shows])

# a generator closing over a variable that changes between resumptions
def watcher():
    state = {"v": 0}
    def gen():
        while True:
            yield state["v"]
    g = gen()
    seen = [next(g)]
    state["v"] = 5
    seen.append(next(g))
    state = {"v": 100}
    seen.append(next(g))
    return seen
print(watcher())

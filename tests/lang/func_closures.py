# Closures and cells
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

# two closures sharing one cell
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get())
set_(42)
print(get())

# closure sees later rebinding of the enclosing variable
def outer():
    x = 1
    def show():
        return x
    x = 2
    r1 = show()
    x = 3
    return r1, show()
print(outer())

# closure over a loop variable: late binding
def late():
    fns = []
    for i in range(4):
        fns.append(lambda: i * 10)
    return [f() for f in fns]
print(late())

# fixing late binding with a factory
def early():
    def make(i):
        return lambda: i * 10
    return [make(i)() for i in range(4)]
print(early())

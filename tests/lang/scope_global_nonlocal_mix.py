# Interplay of global and nonlocal declarations without classes
x = "g"

def f():
    x = "f"
    def g():
        global x
        x = "set by g"
        def h():
            # h's enclosing scope g declares x global, so this is the global
            return x
        return h()
    r = g()
    return r, x
print(f(), x)

y = 0
def outer():
    y = 100
    def bump_local():
        nonlocal y
        y += 1
    def bump_global():
        global y
        y += 1000
    bump_local(); bump_global(); bump_local()
    return y
print(outer(), y)

# nonlocal after a global-declared sibling: independent
def counters():
    n = 0
    def local_inc():
        nonlocal n
        n += 1
        return n
    def global_inc():
        global n
        n = n + 10 if "n" in GLOBAL_NAMES else 10
        GLOBAL_NAMES.append("n")
        return n
    return local_inc, global_inc
GLOBAL_NAMES = []
li, gi = counters()
print(li(), li(), gi(), gi(), li(), n)

# global and nonlocal declarations
counter = 0

def incr():
    global counter
    counter += 1
    return counter

incr(); incr()
print("counter", counter)

def define_new_global():
    global brand_new
    brand_new = "created inside function"
define_new_global()
print(brand_new)

def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    inc(); inc(); inc()
    return get()
print("outer", outer())

# nonlocal reaches the nearest enclosing function scope
def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x = "c-set"
        c()
        return x
    r = b()
    return x, r
print(a())

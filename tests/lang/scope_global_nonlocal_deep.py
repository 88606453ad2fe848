# global/nonlocal interplay in deeper nesting, module-level global, generators

# a nested function can read a global that the outer function never mentions
z = "global z"
def reader():
    def inner():
        return z
    return inner()
print(reader())

# nonlocal in deeply nested function modifies the closest binding
def a():
    v = "a"
    def b():
        v = "b"
        def c():
            def d():
                nonlocal v
                v = v + "+d"
            d()
            return v
        return c(), v
    return b(), v
print(a())

# global declaration at module level is allowed and harmless
global w
w = 5
print(w)

# a function that creates a global used by another function
def creator():
    global created
    created = [1, 2, 3]
def consumer():
    return sum(created)
creator()
print(consumer())

# generators and nonlocal
def gen_counter():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
        yield total
print(list(gen_counter()))

# Shadowing and rebinding rules across scopes
value = 1

def param_shadows(value):
    value += 1
    return value
print(param_shadows(10), value)

def default_uses_global(v=value):
    return v
value = 2
print(default_uses_global(), value)

# loop variable rebinding a global at module level
for value in range(3):
    pass
print("value after loop", value)

# except target deleted at module level too
err = "before"
try:
    raise ValueError("boom")
except ValueError as err:
    print("in handler:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

# inner function parameters shadow enclosing locals
def outer():
    n = "outer n"
    def inner(n):
        return n
    return inner("param n"), n
print(outer())

# lambda parameters shadow
k = "global k"
f = lambda k: k * 2
print(f(3), k)

# comprehension variable shadows without affecting enclosing
def comp_shadow():
    i = "kept"
    squares = [i * i for i in range(3)]
    return squares, i
print(comp_shadow())

# walrus in comprehension rebinds the enclosing name
def walrus_shadow():
    last = None
    [last := c for c in "xyz"]
    return last
print(walrus_shadow())

# the same name used for different kinds of objects over time
thing = 1
thing = "one"
thing = [1]
thing = lambda: "fn"
print(thing())

def thing():
    return "def rebinds"
print(thing())

# nested def shadowing the outer function name
def recur():
    def recur():
        return "inner recur"
    return recur()
print(recur())

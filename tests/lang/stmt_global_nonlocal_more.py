# global inside nested functions, several names per statement, accumulation

# global inside nested function skips enclosing locals
value = "global"
def enclosing():
    value = "enclosing"
    def inner():
        global value
        return value
    return inner(), value
print(enclosing())

def setter():
    def inner():
        global value
        value = "changed by inner"
    inner()
setter()
print(value)

# global statement for multiple names
p = q = 0
def set_both():
    global p, q
    p, q = 1, 2
set_both()
print(p, q)

# nonlocal for multiple names, and swapping them
def swapper():
    left, right = "L", "R"
    def swap():
        nonlocal left, right
        left, right = right, left
    swap()
    return left, right
print(swapper())

# global declared in a loop body function used for accumulation
acc = []
def push(v):
    global acc
    acc = acc + [v]
for i in range(3):
    push(i * i)
print(acc)

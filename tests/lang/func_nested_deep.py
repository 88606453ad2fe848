# Functions nested three (and more) deep
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2

print(level1(1)(10)(100))
f = level1("x")
g = f("y")
print(g("z"), g("w"), f("q")("r"))

# nonlocal through several levels
def outer():
    trace = []
    total = 0
    def middle(n):
        def inner(k):
            nonlocal total
            total += k
            trace.append(k)
            return total
        for i in range(n):
            inner(i)
        return inner
    last = middle(4)
    last(100)
    return total, trace
print(outer())

# each level shadowing the same name
x = "global"
def one():
    x = "one"
    def two():
        x = "two"
        def three():
            return x
        return three(), x
    return two(), x
print(one(), x)

# inner skips a level that does not define the name
def skip():
    y = "outermost"
    def mid():
        def deep():
            def deepest():
                return y
            return deepest()
        return deep()
    return mid()
print(skip())

# qualified names of deeply nested functions
def a():
    def b():
        def c():
            def d():
                pass
            return d
        return c
    return b
print(a.__qualname__)
print(a().__qualname__)
print(a()().__qualname__)
print(a()()().__qualname__)
print(a()()().__name__)

# recursion inside a nested function
def solve(n):
    def walk(k, acc):
        if k == 0:
            return acc
        return walk(k - 1, acc + [k])
    return walk(n, [])
print(solve(5))

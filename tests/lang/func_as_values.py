# Functions as first-class values
def square(x):
    return x * x

def cube(x):
    return x ** 3

def apply_all(funcs, value):
    return [f(value) for f in funcs]

print(apply_all([square, cube, abs, str], -3))

# functions stored in containers
table = {"sq": square, "cube": cube}
for name in sorted(table):
    print(name, table[name](4))

# composing functions
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda v: v + 1
print(compose(square, inc)(3), compose(inc, square)(3), compose()(9))

# functions returning functions and higher order builtins
def pick(op):
    if op == "max":
        return max
    return min
print(pick("max")(3, 8, 1), pick("min")([3, 8, 1]))
print(list(map(square, range(6))))
print(sorted([-3, 1, -2, 4], key=abs))

# identity and equality of function objects
alias = square
print(alias is square, alias == square, alias(5))
print(square == cube, callable(square), callable(5))

# type of functions and builtins
print(type(square).__name__, type(len).__name__, type(lambda: 0).__name__)
print(isinstance(square, object))

# functions as default arguments and arguments
def transform(seq, fn=str):
    return [fn(x) for x in seq]
print(transform([1, 2]), transform([1, 2], fn=float), transform("ab", fn=ord))

# reduce written by hand
def fold(fn, seq, init):
    acc = init
    for item in seq:
        acc = fn(acc, item)
    return acc
print(fold(lambda a, b: a * b, range(1, 8), 1))
print(fold(lambda a, b: b + a, "abc", ""))

# dispatch via getattr on str
for method in ["upper", "title", "swapcase"]:
    print(method, getattr("hello World", method)())
print(repr(print)[:25], repr(len))

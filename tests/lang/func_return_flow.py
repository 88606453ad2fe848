# return from various places, implicit None, RecursionError
def early(seq):
    for i, v in enumerate(seq):
        if v < 0:
            return i
    return -1
print(early([3, 4, -1, 5]), early([1, 2]))

def nested_loops(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return (i, j)
print(nested_loops(5), nested_loops(2))

def from_while():
    k = 0
    while True:
        k += 3
        if k > 10:
            return k
print(from_while())

def returns_tuple():
    return 1, "two", [3]
a, b, c = returns_tuple()
print(a, b, c, returns_tuple())

def implicit():
    x = 5
print(implicit())

def explicit_none():
    return None
print(explicit_none() is implicit())

# return value of a function used in a conditional expression
def maybe(n):
    if n % 2:
        return n
print([maybe(i) or "even" for i in range(5)])

# return inside try/except
def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
print(parse("12"), parse("x"), parse(" -7 "))

# infinite recursion raises RecursionError
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))

# recovery after RecursionError: normal calls still work
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(100))

# mutual infinite recursion
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
try:
    ping(1)
except RecursionError as e:
    print("mutual:", e)

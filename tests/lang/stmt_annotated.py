# Annotated assignment statements
x: int = 5
print(x)

y: list[int] = [1, 2]
print(y)

# annotation without value does not bind the name
z: str
try:
    print(z)
except NameError as e:
    print("NameError:", e)

def f():
    a: int
    try:
        return a
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())

def g():
    b: float = 1.5
    c: "anything goes" = b * 2
    return b, c
print(g())

# annotations are not checked
w: int = "not an int"
print(w)

# annotated subscript and tuple-in-parentheses
d = {}
d["key"]: int = 3
print(d)

lst = [0, 0]
lst[1]: str = "one"
print(lst)

# annotation with expression that has side effects (module level: evaluated)
log = []
def ann(v):
    log.append(v)
    return int
q: ann("q") = 10
print(q, log)

# inside a function, annotations for locals are not evaluated
def h():
    r: ann("r") = 20
    return r
print(h(), log)

# annotated assignment in a loop
total: int = 0
for i in range(5):
    total: int = total + i
print(total)

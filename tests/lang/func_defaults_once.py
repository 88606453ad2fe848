# Default values are evaluated once, at definition time
def append(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append(1))
print(append(2))
print(append(3, []))
print(append(4))

def counter(store={}):
    store["n"] = store.get("n", 0) + 1
    return store["n"]
print(counter(), counter(), counter({}), counter())

# default expression evaluated exactly once with side effects
evaluations = []
def make_default(tag):
    evaluations.append(tag)
    return tag.upper()

def g(x=make_default("g")):
    return x
print(evaluations)
print(g(), g(), g("explicit"))
print(evaluations)

# defaults evaluated left to right at def time
order = []
def note(v):
    order.append(v)
    return v
def h(a=note(1), b=note(2), *, c=note(3)):
    return a, b, c
print(order, h())

# defaults in a loop capture the current value (the late-binding fix)
funcs = []
for i in range(3):
    def show(i=i):
        return i
    funcs.append(show)
print([f() for f in funcs])

# lambda defaults
adders = [lambda x, n=n: x + n for n in range(4)]
print([add(10) for add in adders])

# a default that is a tuple is safe; a set default is shared
def with_set(v, seen=set()):
    new = v not in seen
    seen.add(v)
    return new
print([with_set(v) for v in [1, 2, 1, 3, 2]])

# redefining the function creates a fresh default
def fresh(bucket=[]):
    bucket.append(len(bucket))
    return bucket
print(fresh(), fresh())
def fresh(bucket=[]):
    bucket.append(len(bucket))
    return bucket
print(fresh())

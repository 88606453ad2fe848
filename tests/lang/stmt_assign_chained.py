# Chained assignment, evaluation order and shared references
a = b = c = 5
print(a, b, c)

x = y = []
x.append(1)
print(x, y, x is y)

# chained with unpacking targets
p, q = r = (1, 2)
print(p, q, r)

# targets are assigned left to right
log = []
def key(name):
    log.append(name)
    return name

d = {}
d[key("first")] = d[key("second")] = key("value")
print(log)
print(d)

# chained assignment to subscript and attribute-free targets
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)

# reassignment of the same name in a chain: last wins
n = n = 3
print(n)

# order: the right side evaluated first
order = []
def val(v):
    order.append(("val", v))
    return v
def idx(k):
    order.append(("idx", k))
    return k
t = [0, 0]
t[idx(0)], t[idx(1)] = val(10), val(20)
print(order)
print(t)

# chained with starred unpacking
first, *rest = whole = [1, 2, 3, 4]
print(first, rest, whole)

# tuple on the right is built before any target
a, b = 1, 2
a, b = b, a + b
print(a, b)

# One attribute site used with instances whose dicts hold the name at different positions,
# after deletions and re-insertions, and with a name shadowing a method.
class P:
    def m(self):
        return "method"


def make(order):
    p = P()
    for i, name in enumerate(order):
        setattr(p, name, i)
    return p


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


objs = [make("xyz"), make("zyx"), make("yxz"), make("x"), make("ax")]
for o in objs * 3:
    print(read_x(o), end=" ")
print()
for k, o in enumerate(objs):
    write_x(o, k * 10)
print([read_x(o) for o in objs])
a = objs[0]
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.y = "y"
write_x(a, "back")
print(read_x(a), sorted(vars(a).items()))
for o in objs:
    del o.x
    o.w = 1
    o.x = "new"
print([read_x(o) for o in objs])


def call_m(o):
    return o.m()


q = P()
print(call_m(q))
q.m = lambda: "instance"
print(call_m(q))
del q.m
print(call_m(q))
P.m = lambda self: "replaced"
print(call_m(q), call_m(objs[1]))

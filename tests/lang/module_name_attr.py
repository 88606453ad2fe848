# Attribute reads and writes on module-level and class-body names: cached, shadowed,
# rebound, deleted and undefined receivers.
class P:
    def __init__(self):
        self.x = 1


p = P()
for i in range(3):
    p.x = p.x + i
print(p.x)
q = p
p = P()
p.x = "second"
print(p.x, q.x)
del p
try:
    p.x
except NameError as e:
    print("NameError:", e)
try:
    p.x = 5
except NameError as e:
    print("NameError:", e)
p = q
print(p.x)
print(type(p).__name__, p.x)


class Body:
    src = q
    seen = src.x
    src.y = "from class body"
    len = "shadow"
    n = len.upper()


print(Body.seen, q.y, Body.n)
import math

print(math.pi > 3, math.floor(2.5))
math_alias = math
try:
    math_alias.nope
except AttributeError as e:
    print("AttributeError:", e)

# Method calls on locals and module names, and `x op= constant`, including their errors.
import math


def unbound():
    try:
        x.append(1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = []
    x.append(2)
    return x


print(unbound())
try:
    missing_name.method()
except NameError as e:
    print("NameError:", e)

items = [3, 1, 2]
items.sort()
print(items, math.floor(2.5), "a,b".split(","))


class Box:
    def __init__(self):
        self.n = 5

    def bump(self):
        self.n += 1
        self.n *= 3
        self.n -= 2
        self.n //= 2
        self.n **= 2
        return self.n


b = Box()
print([b.bump() for _ in range(4)])

s = "x"
s += "y"
s *= 2
t = (1,)
t += (2, 3)
lst = [1]
alias = lst
lst += (4, 5)
lst *= 2
print(s, t, lst, alias is lst)
f = 1.5
f += 1
f /= 4
n = 7
n /= 2
n %= 2
print(f, n)
big = 2**62
big += 2**62
big *= 4
print(big)

x = "s"
try:
    x -= "a"
except TypeError as e:
    print("TypeError:", e)
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    x @= 2
except TypeError as e:
    print("TypeError:", e)
print(x)


def tb():
    y = None
    y += 1


tb()

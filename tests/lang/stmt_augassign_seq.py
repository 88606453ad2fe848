# Augmented assignment on str, tuple, bool, big ints, sets and dicts, and its errors

s = "ab"
s += "cd"; print(s)
s *= 3; print(s)

t = (1,)
t += (2, 3); print(t)
t *= 2; print(t)

b = True
b += True; print(b, type(b).__name__)
b = True
b &= False; print(b, type(b).__name__)
b = False
b |= True; print(b, type(b).__name__)
b ^= True; print(b, type(b).__name__)

big = 2
big **= 100; print(big)
big >>= 90; print(big)
big = -1
big <<= 70; print(big)

m = {1, 2, 3}
m |= {4}; print(sorted(m))
m &= {2, 3, 4, 5}; print(sorted(m))
m -= {3}; print(sorted(m))
m ^= {4, 9}; print(sorted(m))

d = {"a": 1}
d |= {"b": 2}; print(d)

try:
    z = 5
    z /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    z = 5
    z //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    z = 5
    z %= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    s = "a"
    s += 1
except TypeError as e:
    print("TypeError:", e)
try:
    z = 1
    z <<= -1
except ValueError as e:
    print("ValueError:", e)

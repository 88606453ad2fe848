# `a + b` on strs may extend a temporary in place; every other holder must keep its value.
parts = [str(i) + ":" + str(i * i) for i in range(5)]
print(parts)

s = "ab"
t = s + "cd"
print(s, t)

u = t
u += "ef"
print(t, u)

d = {"k": "v"}
key = "k" + ""
print(d[key], key)
h = hash("xy" + "z")
w = ("xy" + "z") + "!"
print(h == hash("xyz"), w, len(w))

names = ["x" * 3 + "é", "ü" + "ß" * 2]
print(names, [len(n) for n in names], [n.upper() for n in names])

acc = ""
for i in range(10):
    acc = acc + str(i)
    acc += "-"
print(acc, len(acc))

pieces = []
for word in "the quick brown fox".split():
    pieces.append(word.capitalize() + "!")
print(" ".join(pieces))

try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
x = "a"
try:
    x -= "b"
except TypeError as e:
    print("TypeError:", e)
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
print(x)

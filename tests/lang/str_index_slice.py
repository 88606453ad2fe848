# String indexing and slicing, including steps, negatives and non-ASCII
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], len(s))
print(s[0:5], s[7:], s[:5], s[-6:], s[-6:-1], s[:], s[5:5], s[10:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3], s[10:2:-2])
print(s[100:], s[-100:3], s[3:-100], s[-100:100])
print(repr(s[5:3]), repr(s[::-1][::-1]))
u = "héllo wörld ✓ 日本語 😀!"
print(len(u), u[1], u[-2], u[12], u[14:17], u[::-1])
print(u[::3], u[-5:], u[18], repr(u[18]))
print([c for c in "añb"], list("日本"), "".join(reversed("abc😀")))
for i in range(-3, 3):
    print(i, "xyz"[i])
for bad in [3, -4, 100]:
    try:
        print("xyz"[bad])
    except IndexError as e:
        print(type(e).__name__, e)
k = "a"
try:
    print("xyz"[k])
except TypeError as e:
    print(type(e).__name__, e)
k = 1.0
try:
    print("xyz"[k])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "xyz"[0] = "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc"[::0])
except ValueError as e:
    print(type(e).__name__, e)
t = "0123456789"
print(t[slice(2, 8, 3)], t[slice(None, None, -1)], t[slice(5)], t[True], t[False:True + 2])
print(t[-3:-1], t[-1:-3], t[-1:-3:-1], t[8:-8:-1], t[2:100:4])
print(""[0:0] == "", ""[::-1], "a"[-1:], "a"[:-1] == "")
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -2, "ab" + "cd", "".join(["a"] * 5))

# print() with sep, end, flush and various objects
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="!\n")
print(1, 2, 3, sep=" | ", end=" END\n")
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], sep="x")
print("", "")
print(None, True, 1.0, [1], (2,), {3: 4}, b"b", "s")
print("a", "b", sep=None, end=None)
print("flush", flush=True)
print(sep="-")
print("tab\tsep", "nl\\n", "uni é 日本")
try:
    print("x", sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3):
    print(i, end=" ")
print()
rows = [[1, 2, 3], [4, 5, 6]]
for r in rows:
    print(*r, sep="\t")
print("%d-%d" % (1, 2), "{}".format(3), f"{4}", sep="|")
print("multi\nline", "string")
print(str(print("inner")))

# zfill, center, ljust, rjust, expandtabs
for s in ["42", "-42", "+42", "abc", "", "-", "12345678"]:
    print(repr(s.zfill(6)), repr(s.zfill(0)))
for s, w in [("ab", 7), ("ab", 6), ("abc", 6), ("abc", 7), ("", 3), ("long", 2)]:
    print("|" + s.center(w) + "|" + s.center(w, "*") + "|" + s.ljust(w, "-") + "|" + s.rjust(w, ".") + "|")
print("x".center(4), "|", "xy".center(5), "|", "xy".center(4, "0"), "|")
print(repr("日本".center(6, "・")), repr("é".rjust(3)), repr("é".ljust(3, "é")))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".rjust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
t = "a\tbc\tdef\tg\n12345678\tx"
print(repr(t.expandtabs()))
print(repr(t.expandtabs(4)))
print(repr(t.expandtabs(1)))
print(repr(t.expandtabs(0)))
print(repr("\t".expandtabs(3)), repr("ab\r\tc".expandtabs(4)), repr("".expandtabs()))
rows = [("name", "qty"), ("apple", "3"), ("kiwi", "12")]
for a, b in rows:
    print(a.ljust(8) + b.rjust(5))
print("5".zfill(3) + ":" + "7".zfill(2))

# format specs applied to strings and other objects
s = "hello"
for sp in ["", "s", "10", "<10", ">10", "^10", "^9", "*^10", "->10", ".2", "10.3", "^10.1", "0<8", "\u00b7>8", "{<7"]:
    print(repr(sp), repr(format(s, sp)), repr(f"{s:{sp}}"))
print(repr(format("", "5")), repr(format("日本", ">6")), repr(format("é", "^5")), repr(format("abc", ".0")))
print(repr(format(None, "")), repr(format([1, 2], "")), repr(format((1,), "")))
print(repr(f"{[1, 2]!s:>10}"), repr(f"{None!r:^8}"), repr(f"{(1, 'a')!r:*<12}"))
for sp in ["d", "x", "f", ",", "+", "#", "05", "=5"]:
    try:
        print(sp, repr(format("abc", sp)))
    except ValueError as e:
        print(sp, type(e).__name__, e)
try:
    format([1], ">5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, "5")
except TypeError as e:
    print(type(e).__name__, e)
print("{:^11}|{:<6}|{:>6}".format("mid", "l", "r"))
width = 12
for word in ["a", "ab", "abc", "abcd"]:
    print(f"[{word:^{width}}] [{word:.{len(word) - 1}}] [{word:>{width // 2}}]")
print(f"{'x':>0}", f"{'x':<1}", f"{'xyz':^2}", f"{'':*^4}")
print(format("tab\t", ">6"), "|", format("nl\n", "<4").replace("\n", "\\n"), "|")

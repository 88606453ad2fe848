# strip family, replace, removeprefix/removesuffix
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "aaa".strip("a") == "", "hello".strip(""))
print("www.example.com".strip("cmowz."), "  x  ".strip(None))
print("\u3000 wide \u00a0".strip(), repr("\x1f\x1e a \x1d".strip()))
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("aa", "a"))
print("hello".replace("", "-"), "hello".replace("", "-", 3), "".replace("", "x"))
print("abc".replace("x", "y"), "abcabc".replace("bc", ""), "a.b.c".replace(".", ", "))
print("abc".replace("b", "b" * 3, 0), "abc".replace("b", "B", -1))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"))
print("abc".removeprefix(""), "abc".removesuffix(""), "abc".removeprefix("abc"), "aaa".removeprefix("a"))
try:
    "abc".replace(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
t = "Mississippi"
print(t.replace("ss", "SS"), t.replace("i", "", 2), t.replace("issi", "X"))
print(t.lower().replace("s", "").replace("p", "P"))
lines = ["  a  ", "b  ", "  c"]
print([l.strip() for l in lines], [l.lstrip() for l in lines], [l.rstrip() for l in lines])
print("ñaña".replace("ñ", "n"), "日本日本".replace("日", "月", 1))

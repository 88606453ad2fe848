# string comparison, concatenation, repetition, membership
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print("apple" < "banana" < "cherry", "a" <= "a" >= "a", "ä" > "z", "日" > "本")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "", " "]))
print(max("hello"), min("hello"), max(["ab", "b", "abc"]), min("zyx", "zz"))
print("ab" + "cd" + "ef", "ab" * 3, 0 * "ab", "-" * 10, "ab" * -1 == "")
s = ""
for i in range(5):
    s += str(i)
print(s, s * 2)
for a, b in [("a", 1), (1, "a"), ("a", None), ("a", ["b"])]:
    try:
        print(a + b)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [("a", "b"), ("a", 2.0), ([1], "x")]:
    try:
        print(a * b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("a" < 1)
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "" == [], "abc" != None)
print("ell" in "hello", "" in "abc", "lo" not in "hello", "HELLO" in "hello")
print(ord("a"), ord("é"), ord("😀"), chr(97), chr(233), chr(128512), chr(0))
print([ord(c) for c in "Az09 "], "".join(chr(c) for c in range(65, 75)))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(str(), str(123), str(-0.5), str(None), str([1, "a"]), str((1,)), str("x"))
print(len(""), len("a\nb"), len("日本語"), len("😀😀"), len("e\u0301"))
words = ["b", "a"] * 3
print("".join(words), "+".join(sorted(set(words))))

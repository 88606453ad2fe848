# split, rsplit, join, splitlines, partition, rpartition
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"), "".split(","), "".split())
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a b".split(sep=None, maxsplit=-1))
print("   ".split(), "  a  ".split(" "), "aaa".split("a"), "abab".split("ab"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(5)))
print(", ".join(("x",)), "ab".join(["1", "2", "3"]), "\n".join(["l1", "l2"]))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".split("\n"))
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=a".partition("="), "a=".rpartition("="), "aXbXc".partition("X"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
words = "the cat sat on the mat".split()
print(len(words), words[::-1], " ".join(sorted(words)))
print(" ".join(w.capitalize() for w in words))

# case methods
words = ["hello world", "HELLO WORLD", "hello WORLD", "they're bill's friends", "ß straße",
         "ǆemal", "hello_world-foo bar2baz", "123abc", "", "ÉCOLE école", "ﬁne"]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "İ".lower(), len("İ".lower()))
print("a1b2".upper(), "MiXeD CaSe".swapcase(), "x".upper() * 3)
print("hello".capitalize(), "HELLO".capitalize(), "1abc".capitalize(), " abc".capitalize())
print("hello world".title(), "HELLO wORLD".title(), "o'neil mc-donald".title(), "a.b,c d1e".title())
print("ß".upper(), "ß".casefold(), "ß".lower(), "ß".swapcase(), "ﬀ".upper())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
names = ["alice", "BOB", "cHARLIE", "d'artagnan", "jean-luc picard"]
for n in names:
    print(n.title(), n.capitalize(), n.upper() == n.swapcase().swapcase().upper())
print("".upper() == "", "123".lower(), "!@#".title(), "x y z".title())
print("\u01c4".lower(), "\u01c4".title(), "\u01c5".upper(), "\u01c5".lower())
print("ΑΒΓ".lower(), "αβγ".upper(), "ﬃ".title(), "ŉ".upper())
print("Σ".lower(), "ΑΣ ".lower(), "ΑΣ1".lower(), "Σ Α".lower())
print("hello World".istitle(), "Hello World".istitle(), "Hello world".title().istitle())
print(sorted(["b", "A", "c", "B", "a"], key=str.lower), sorted(["b", "A", "c", "B", "a"]))

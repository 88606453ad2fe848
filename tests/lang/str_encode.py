# str.encode and bytes.decode round trips
for s in ["hello", "héllo", "日本", "😀", "", "\x00\x7f\x80"]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("latin1"), "abc".encode("utf8"))
for s, enc in [("é", "ascii"), ("日", "latin-1")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print("é日x".encode("ascii", "ignore"), "é日x".encode("ascii", "replace"))
print("é".encode("ascii", "backslashreplace"), "é😀".encode("ascii", "xmlcharrefreplace"))
for b, enc in [(b"\xff", "utf-8"), (b"\xc3", "utf-8"), (b"\x80abc", "ascii"), (b"\xe6\x97", "utf-8")]:
    try:
        print(b.decode(enc))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), b"\xffab".decode("latin-1"))
print(b"\xffab".decode("utf-8", "backslashreplace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(bytes("abc", "ascii"), str(b"abc", "ascii"), bytes("é", "utf-8"), str(b"\xc3\xa9", "utf-8"))
print(str(b"abc"), repr(str(b"x")))
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
print(len("😀".encode("utf-8")), "😀".encode("utf-8")[1:3], "aé".encode("latin-1")[::-1])
print([hex(x) for x in "€".encode()], bytes([0xe2, 0x82, 0xac]).decode())
print("Ünïcödé".encode("utf-8").decode("latin-1"))
print("Ünïcödé".encode("utf-8").decode("latin-1").encode("latin-1").decode("utf-8"))
print(b"caf\xc3\xa9".decode(errors="strict"), "x".encode(encoding="ascii"))

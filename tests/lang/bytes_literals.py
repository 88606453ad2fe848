# bytes literals, repr, indexing, slicing
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], type(b[0]).__name__, b[1:3], b[::-1], b[::2])
print(b"", b'single', b"double", b"""triple""", rb"raw\n", br"\x00", B"upper")
print(b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"\\", b"'", b'"', b"'\"", b"\a\b\f\v")
print(b"\101\102", b"\x41\x42", list(b"AZaz09"), bytes(range(0, 256, 51)))
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(b"copy"), bytes(range(97, 100)))
print(bytes("é", "utf-8"), bytes("abc", encoding="ascii"))
for bad in [[256], [-1], ["a"], 1.5]:
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
i = 5
try:
    b[i]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b[10:], b[-100:2], b[2:2], b[slice(1, None, 2)])
print(b + b" world", b * 2, 3 * b"ab", b"x" * 0, b"ab" in b"cabd", 104 in b, 120 in b, b"" in b)
try:
    print(b + "str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" in b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(300 in b)
except ValueError as e:
    print(type(e).__name__, e)
print(b == b"hello", b == "hello", b < b"help", b"a" < b"ab", b"\xff" > b"\x00\xff", b"abc" != b"abd")
print([x for x in b"abc"], sum(b"\x01\x02\x03"), max(b"xyz"), sorted(b"dcba"))
print(str(b"a'b"), repr(b"\x00x"), f"{b'fmt'}", "%s|%r" % (b"p", b"q"))

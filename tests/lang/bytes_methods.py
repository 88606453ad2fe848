# common bytes methods
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !H"), b.upper(), b.lower(), b.swapcase())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1), b"".split())
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x", b"y")))
print(b.find(b"World"), b.find(b"zz"), b.rfind(b"l"), b.index(b"H"), b.rindex(b"o"), b.count(b"l"), b.find(111))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"hello world".title(), b"hello".capitalize(), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"))
print(b"42".zfill(5), b"-4".zfill(4), b"a\tb".expandtabs(4), b"x=y=z".partition(b"="), b"x=y=z".rpartition(b"="))
print(b"line1\nline2\r\n".splitlines(), b"line1\nline2\r\n".splitlines(True))
print(b"abcabc".removeprefix(b"ab"), b"abcabc".removesuffix(b"bc"), b"\xde\xad\xbe\xef".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("00 ff 10"), b"\x01\x02".hex(), b"abc".hex("-"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), "naïve".encode(), "x".encode("latin-1"))
try:
    b"abc".split("b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".replace("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc"[:1] + b"abc"[2:], b"AbC".lower() == b"abc")
data = b"key1=val1;key2=val2;key3="
pairs = [p.split(b"=") for p in data.split(b";")]
print(pairs, dict((k.decode(), v.decode()) for k, v in pairs))
print(b"%s-%d-%x-%05.1f" % (b"ab", 42, 255, 2.5), b"%c%c" % (65, b"B"), b"%%" % ())
print(b"%b" % b"bytes", b"%5s|" % b"ab", b"%-5s|" % b"ab")

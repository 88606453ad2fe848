# bytes methods with ASCII text semantics
b = b"  Hello, World! \xe9 "
print(b.swapcase(), b.title(), b"hELLO wORLD".capitalize(), b"abc def-ghi".title())
print(b"abc".isalpha(), b"ab1".isalpha(), b"ab1".isalnum(), b"".isalnum(), b"123".isdigit())
print(b"\xe9".isalpha(), b"abc".isascii(), b"\xe9".isascii(), b"".isascii())
print(b"abc".islower(), b"aBc".islower(), b"ABC1".isupper(), b"123".isupper(), b"123".islower())
print(b" \t\n\x0b\x0c\r".isspace(), b"".isspace(), b" x ".isspace())
print(b"ab".ljust(5), b"ab".rjust(5, b"*"), b"ab".center(7, b"-"), b"abc".center(6), b"abcdef".center(3))
print(b"42".zfill(5), b"-4".zfill(4), b"+7".zfill(3), b"long".zfill(2), b"".zfill(2))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kv".partition(b"="), b"kv".rpartition(b"="))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines(), b"x\x1cy".splitlines())
try:
    b"ab".ljust(4, "*")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"ab".partition(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"ab".removeprefix("a")
except TypeError as e:
    print(type(e).__name__, e)

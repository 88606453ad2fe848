# bytes iteration and conversions with int/str/list
b = bytes([72, 105, 0, 255])
for x in b:
    print(x, hex(x), chr(x) if 32 <= x < 127 else ".", end="; ")
print()
print(list(b), tuple(b), set(b) == {0, 72, 105, 255}, len(b))
print(b.hex(), bytes.fromhex(b.hex()) == b, b[1:2], b[1], bytes([b[1]]))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.from_bytes(bytes(8), "big"), int.from_bytes(b"\xff" * 16, "big"))
n = 2 ** 64 + 5
nb = n.to_bytes(9, "big")
print(nb, int.from_bytes(nb, "big") == n)
s = "héllo wörld"
enc = s.encode("utf-8")
print(enc, len(s), len(enc), [c for c in enc if c > 127])
print(enc.decode("utf-8") == s, enc.decode("latin-1"))
print(sorted(b"hello"), bytes(sorted(b"hello")), bytes(reversed(b"abc")), b"abc"[::-1])
print(bytes(x ^ 0x20 for x in b"Hello"), bytes(map(lambda c: c + 1, b"HAL")))
print(b"abc" == bytes([97, 98, 99]), b"a" == 97, b"abc"[0] == 97, b"abc"[0:1] == b"a")
print(isinstance(b"", bytes), type(b"").__name__, type(b"x"[0]).__name__, bool(b""), bool(b"\x00"))
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) % 65521
print(checksum)
print(max(b"abc"), min(b"abc"), any(b"\x00\x00"), all(b"\x01\x02"), b"\x00" * 3)
print({b"k": 1}[b"k"], b"ab" + bytes(1))

# Bitwise operators on ints, including negatives and bigints
vals = [0, 1, 5, 12, -1, -6, 255]
for a in vals:
    print(a, ~a, a & 3, a | 8, a ^ 7, a << 2, a >> 1)
print(-1 >> 100, -5 >> 1, -5 >> 2, 5 >> 10)
print(1 << 0, 1 << 64, 3 << 100)
print((1 << 100) - 1 & 0xFFFF)
print(-(1 << 100) & 0xFF, -(1 << 100) | 1, -(1 << 100) ^ -1)
print((2 ** 100 + 12345) ^ (2 ** 100), (2 ** 99) | (2 ** 98))
print(~(2 ** 100), -(2 ** 100) >> 50)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
print(1 << 2 + 1, (1 << 2) + 1)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 << 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
n = 0
for i in range(0, 64, 3):
    n |= 1 << i
print(n, bin(n))
print(-12345678901234567890 >> 7, -12345678901234567890 << 7)

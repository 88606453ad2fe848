# int <-> str conversions and bin/oct/hex
for n in [0, 1, -1, 7, 10, 255, -255, 4096, 2 ** 40, -(2 ** 40)]:
    print(n, str(n), repr(n), bin(n), oct(n), hex(n))
print(str(10 ** 30), repr(-(10 ** 30)))
print(len(str(-(10 ** 30))))
print(int(str(123456789) * 3))
print(int(bin(1000), 2), int(oct(1000), 8), int(hex(1000), 16))
print(int(bin(-1000), 0), int(hex(-1000), 0))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(str(True), str(False), repr(True), int("1") + True)
print("%d %i %o %x %X" % (42, 42, 42, 42, 42))
print("%#o %#x %#X" % (42, 42, 42))
digits = [int(c) for c in str(9876543210)]
print(digits, sum(digits))
print("".join(str(d) for d in range(10)))
s = str(2 ** 64)
print(s, s[::-1], int(s[::-1]))
print(str(0x10), str(0o10), str(0b10))
print(str(-0), str(+5))
print(hex(0xabcdef), hex(-0), bin(0), oct(0))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("3")
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct(None)
except TypeError as e:
    print(type(e).__name__, e)

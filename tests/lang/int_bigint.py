# Arbitrary precision integers
print(2 ** 100)
print(2 ** 200 - 1)
print(-(3 ** 100))
print(10 ** 50 + 1)
print(99 ** 20)
print(7 ** 77)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
a = 123456789123456789123456789
b = 987654321987654321
print(a * b)
print(a + b, a - b, b - a)
print(a // b, a % b)
print(-a // b, -a % b)
print(a * a * a)
print((a * b) // a == b)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1)
print(2 ** 63 * 2, (2 ** 63 - 1) + 1, -(2 ** 63) - 1)
print(9223372036854775807 * 9223372036854775807)
print(-9223372036854775808 // -1)
print(abs(-(2 ** 70)))
print(2 ** 100 == 2 ** 100, 2 ** 100 < 2 ** 101, -(2 ** 100) < 2 ** 10)
print(int("1" * 40) + 1)
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[150])
print(sum(range(10 ** 6)))
print(pow(2, 300) % 1000000007)
print(1 << 130, (1 << 130) >> 129)
print(hex(2 ** 128), oct(2 ** 70), bin(2 ** 70))
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_length(), (0).bit_length(), (-255).bit_length())
print(max(2 ** 90, 3 ** 57), min(-(2 ** 90), -(3 ** 57)))

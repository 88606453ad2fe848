# Basic integer arithmetic and operator precedence
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -(a - b), +a, -(-a))
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** -2)
print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
print(7 // 2 * 2 + 7 % 2)
print(0 * 12345, 1 * -1, -1 * -1)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x |= 0b1111
print(x)
x &= 0xF0
print(x)
x ^= 0xFF
print(x)
x /= 2
print(x, type(x).__name__)
print(1_000_000 + 0x_ff + 0o_17 + 0b_1010)
print(0xDEADBEEF, 0o777, 0b101010, 0XAB, 0O12, 0B11)
print(abs(-42), abs(0), abs(42))
print(type(7 // 2).__name__, type(7 / 2).__name__, type(2 ** -1).__name__)
print(sum(range(101)), sum(i * i for i in range(10)))
print(max(3, 9, -2), min(3, 9, -2))
print(10 ** 0, 0 ** 0, 0 ** 5)

# True division of ints always gives float
print(1 / 2, 2 / 1, 10 / 4, -10 / 4, 1 / 3, 2 / 3)
print(7 / 7, 0 / 5, -0 / 5, 0 / -5)
print(type(4 / 2).__name__)
print(10 ** 20 / 10 ** 10)
print(10 ** 400 // 10 ** 399)
print((10 ** 400) / (10 ** 399))
print(1 / 10 ** 300)
print(2 ** 53 + 1, float(2 ** 53 + 1), (2 ** 53 + 1) / 1)
print(123456789012345678901234567890 / 1000000000000000000000)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print(3 / 2 * 2, 3 // 2 * 2)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(5 / 2.0, 5.0 / 2, 5 / -2.0)
print(-7 / 2, -(7 / 2))
print(1e308 * 10, -1e308 * 10)
x = 9
x /= 3
print(x)
print(sum([1 / 4] * 4))

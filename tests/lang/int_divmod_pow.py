# divmod and three-argument pow
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 7), divmod(2 ** 70, 3 ** 20))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(7, 0, 13), pow(7, 1, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 13), pow(-4, -1, 7))
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(pow(5, -3, 17), (pow(5, -3, 17) * pow(5, 3, 17)) % 17)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 0.5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 0.5), pow(4, 0.5), pow(4, -0.5))
print(pow(True, 5), pow(2, True), pow(2, 3, True))

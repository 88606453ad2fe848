# round() on ints and floats with ndigits
print(round(5), round(-5), type(round(5)).__name__)
print(round(12345, -1), round(12345, -2), round(12355, -1), round(12350, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(-15, -1), round(-25, -1))
print(round(150, -2), round(250, -2), round(-250, -2), round(249, -2))
print(round(5, -1), round(-5, -1), round(4, -1), round(6, -1))
print(round(123, 2), round(123, 0), round(123, -5))
print(round(10 ** 30 + 5 * 10 ** 9, -10))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(1234.5678, -5))
print(round(2.5, 0), round(-2.5, 0), round(0.05, 1), round(0.15, 1), round(0.25, 1))
print(round(1e300, -299), round(123.456, 10))
print(round(True), round(False, 3))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(-0.4), round(-0.0, 1), round(0.4999999999999999))
print([round(x / 10) for x in range(-30, 31, 5)])

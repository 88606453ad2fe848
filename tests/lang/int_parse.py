# int() with bases and error messages
print(int("42"), int("-42"), int("+42"), int("  42  "), int("\t-7\n"))
print(int("1_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0o777", 8))
print(int("1010", 2), int("0b1010", 0), int("-0b1010", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("hello", 36))
print(int("12", 3), int("-12", 5), int("1_0", 2))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
print(int(), int(" 0x1F ", 16))
print(int("9" * 50))
for args in [("x",), ("12a",), ("",), (" ",), ("1.5",), ("0x",), ("08", 0),
             ("1__0",), ("_1",), ("1_",), ("2", 2), ("12", 37), ("12", 1),
             ("0b12", 0), ("abc", 10), ("--1",), ("1 2",)]:
    try:
        print(args, int(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
for bad in [None, [1], (1, 2)]:
    try:
        print(int(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("0", 0), int("00", 0), int("0_0", 0))

# format() builtin with various objects and default specs
print(repr(format(1)), repr(format(1.5)), repr(format("s")), repr(format(None)), repr(format([1])))
print(repr(format(True)), repr(format(False, "")), repr(format(True, "^6")), repr(format(False, "+d")))
print(repr(format(1, "")), repr(format(-1.0, "")), repr(format(1e16)), repr(format(1e-5, "")))
print(repr(format(12, "4")), repr(format(1.25, "8")), repr(format("ab", "4")))
print(repr(format(3, "f")), repr(format(3, "e")), repr(format(3, "%")), repr(format(3, "g")))
print(repr(format(2 ** 80, "e")), repr(format(2 ** 80, ".3g")), repr(format(-(2 ** 80), "f")))
print(repr(format(1, "d")), repr(format(0.1, ".1f")))
print(repr(format((1, 2))), repr(format({1: 2})), repr(format(range(3))), repr(format(b"ab")))
for obj, spec in [(1.5, "d"), ([1], "s"), ((1,), "5"), ("x", "d"), (3, "s"), (2, "z"), (2.0, "q")]:
    try:
        print(repr(format(obj, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(format(0.5, ".0f"), format(1.5, ".0f"), format(-0.5, ".0f"), format(-1.5, ".0f"))
print(format(1e21, "f"), format(1e-21, ".25f"))
print(format(123456789, "e"), format(123456789, ".2E"), format(-0.0, "+"), format(0.0, "+"))
print(format(10, "c"), format(9731, "c"), format(97, "^5c"))
print(str(12) == format(12), str(1.1) == format(1.1), str("x") == format("x"))

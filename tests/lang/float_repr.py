# repr/str of floats: shortest round-trip, exponent thresholds
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.1 + 0.2, 1.1 * 3,
        100.0, 1e15, 1e16, 1e17, 123456789012345678.0, 9999999999999998.0,
        1e-4, 1e-5, 0.0001, 0.00001, 0.000123, 1.5e-7, 1e22, 1e23, 1e100,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 1234.5, 1e-10, 12345678.9]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(repr(float("inf")), repr(-float("inf")))
print([1.0, -0.0, float("inf")], (0.5,), {"a": 2.5})
print(1e16 == 10 ** 16, 1e16, 10.0 ** 16)
print(2.0 ** 0.5, 10.0 ** -3, 2.0 ** 60, 2.0 ** 70)
print(0.1 * 3, 0.7 + 0.1, 4.35 * 100, 1.15 * 100)
print(1.0e0, 1E3, 1.e2, .5, 5., 1_000.000_1)
print(float(10 ** 15), float(10 ** 16), float(2 ** 63))
print(-1e-7, -1e21, 1e21, 1e20)
print(123e-20, 0.000001, 0.0000001)
print(repr(0.1 * 0.1), repr(1 / 7), repr(100 / 7), repr(1e15 / 7), repr(1e16 / 7))
print(str(-1e-300), str(-5e-324), str(1e-323), str(2.5e-310))
print([x / 4 for x in range(-4, 5)])
print(1.0 * 10 ** 15, 1.0 * 10 ** 16 - 1, 12345678901234567.0)

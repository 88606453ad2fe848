# float() parsing of strings
for s in ["1", "1.5", "-1.5", "+2.5", "  3.25  ", "1e3", "1E-3", "-1.5e+2",
          ".5", "5.", "1_000.5", "inf", "-inf", "+inf", "Infinity", "-INFINITY",
          "nan", "NaN", "-nan", "1e400", "-1e400", "1e-400", "10",
          "00012.500", "\n7\t", "1_2.3_4e1_0", "0e0", "-0"]:
    print(repr(s), float(s))
for s in ["", " ", "abc", "1.2.3", "1e", "e5", "--1", "1_", "_1", "1__0", "0x10",
          "inf inity", "1,5", "nanx", "1.5f"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(5), float(-3), float(True), float(2 ** 80))
print(float(1.25), float(-0.0))
for bad in [None, [1.0], (2,)]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(float("3.141592653589793238462643383279"))
print(float("0.1000000000000000055511151231257827"))
print(float("9007199254740993"), float("1e-324"), float("2.5e-324"))
print(float("123456789" * 3))

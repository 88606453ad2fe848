# format spec mini-language applied to floats
specs = ["", "f", ".0f", ".3f", "10.3f", "<10.3f", "^10.3f", "010.3f", "+.2f", " .2f", "e", ".0e",
         ".3E", "g", ".3g", "#.3g", ".10g", "G", "%", ".1%", ",.2f", "_.1f", "=+10.2f", "*>12.4e",
         ".2", "10", "#.0f", "#.0e", ".0g", "#g", "n", "F"]
for v in [0.0, -0.0, 1.0, -2.5, 3.14159265, 123456.789, 1e-7, 1.5e20, 0.000123456, 99.995]:
    print(repr(v), "|".join(format(v, sp) for sp in specs))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(repr(v), "|".join(format(v, sp) for sp in ["", "f", "e", "g", "E", "F", "G", "%", "08.2f", "+", "^7"]))
print(format(1e16, ""), format(1e16, "g"), format(1e15, ""), format(123456789012345.0, "g"))
print(format(0.1, ".30f"), format(1 / 3, ".17f"), format(2 / 3, ".1f"))
print(format(5e-324, ".3e"), format(1.7976931348623157e308, ".5g"))
print(format(1.0, ".1"), format(10.0, ".1"), format(123.0, ".2"), format(1234.5, ".6"))
print(format(-0.0001, ".2f"), format(-0.0001, ".2g"))
for sp in ["d", "x", "b", "c", "o", ",s", "=s"]:
    try:
        print(format(1.5, sp))
    except ValueError as e:
        print(sp, type(e).__name__, e)
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f} {2.675:.2f}")
print(f"{1e-5:f} {1e-5:g} {1e-4:g} {123456:g} {1234567:g} {1234567.0:.7g}")
print(f"{1.5:{'<'}{8}.{2}f}|{-1.5:{'='}{8}.{1}f}|")

# format spec mini-language applied to ints
specs = ["", "d", "5d", "<5d", "^5d", ">5d", "=5d", "05d", "+d", "-d", " d", "+05d", "*^9d",
         ",d", "_d", "10,d", "010,d", "b", "#b", "08b", "#010b", "_b", "o", "#o", "x", "#x",
         "X", "#X", "_x", "#_x", "n", "c", "e", ".2e", "f", ".1f", "g", "G", "%", ".0%", "+.3g", "x<8", "0=8d", "#012_x"]
for v in [0, 7, -7, 255, 123456789]:
    out = []
    for sp in specs:
        if sp == "c" and not 32 <= v < 0x110000:
            continue
        out.append(format(v, sp))
    print(v, "|".join(out))
print(format(2 ** 100, ","), format(-(2 ** 70), "_x"), format(2 ** 64, "#o"))
print(format(True, "d"), format(True, ""), format(False, "5"), format(True, "x"))
for sp in ["s", ".2d", "z", "#c", ",c", "_n", ",x", "_,d", ",_d", "+c", "=^5d"]:
    try:
        print(sp, repr(format(65, sp)))
    except ValueError as e:
        print(sp, type(e).__name__, e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(f"{1000000:,}", f"{1000000:_}", f"{-1000:08,}", f"{1234:+,}")
print(f"{42:{'>'}{8}}", f"{42:{'#'}{'x'}}", f"{42:{''}}")

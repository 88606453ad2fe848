# thousands separators and grouping with widths, signs, zero padding
vals = [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10 ** 12, -(10 ** 15) - 1]
for v in vals:
    print(f"{v:,}|{v:_}|{v:15,}|{v:<15_}|{v:015,}|{v:+,}|{v:_b}"[:160])
for v in [0.0, 1234.5, -1234567.891, 1e10, 0.001234]:
    print(f"{v:,}|{v:_.2f}|{v:,.3e}|{v:015,.1f}|{v:,g}|{v:,%}")
print(f"{255:_x}|{0xFFFFFFFF:_X}|{0o777777:_o}|{2 ** 20:#_b}")
print(f"{1234:08,}|{1234:09,}|{1234:010,}|{-1234:09,}|{1234:0=+10,}")
print(f"{123456789:n}|{1234.5:n}|{-42:n}")
print(format(10 ** 20, ","), format(-(10 ** 20), "_"), format(12345.6789, ",.2f"))
print("{:,}".format(1000), "{:_}".format(1000), "{:,.0f}".format(999.5), "{:,.0f}".format(1000.5))
print(f"{1_000:,}", f"{1_0_0:_}", f"{0x_ff:,}")
amounts = [12.5, 1500.0, 1234567.891, -42.0]
total = 0.0
for a in amounts:
    total += a
    print(f"{a:>15,.2f} {total:>15,.2f}")
print(f"{'':=^31}")
print(f"{total:>31,.2f}")
for w in range(6, 12):
    print(f"{-12345:0{w},}|{12345:0{w}_}|{1.5:0{w},.2f}")
print(f"{10 ** 9:_d}", f"{-(10 ** 9):,d}", f"{2 ** 40:_o}")

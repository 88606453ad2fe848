# nested replacement fields inside format specs
data = [3.14159, 2.71828, 1.41421, 100.0]
for width in (6, 8, 10):
    for prec in (0, 2, 4):
        print(f"[{data[0]:{width}.{prec}f}]", end=" ")
    print()
for align in "<^>":
    for fill in "*-.":
        print(f"[{'ab':{fill}{align}{7}}]", end="")
    print()
spec = ">+10.3e"
print(f"{12345.678:{spec}}|", format(12345.678, spec), "{:{}}".format(12345.678, spec))
print("{0:{1}{2}{3}}".format(42, "*", "^", 9), "{:{w}.{p}}".format(1 / 7, w=12, p=5))
print("{:{}{}{}.{}{}}".format(2.5, "_", "<", 10, 2, "f"))
types = ["b", "o", "d", "x", "X"]
for t in types:
    print(t, f"{255:{t}}", f"{255:#{t}}", f"{255:#010{t}}", f"{255:>{'8'}{t}}")
signs = ["+", "-", " "]
for s in signs:
    print(repr(f"{5:{s}}"), repr(f"{-5:{s}}"), repr(f"{1.5:{s}.1f}"))
cols = [("Name", "<", 10), ("Qty", ">", 5), ("Price", ">", 9)]
rows = [("pen", 3, 1.5), ("notebook", 12, 4.25)]
print("".join(f"{h:{a}{w}}" for h, a, w in cols))
for r in rows:
    print(f"{r[0]:{cols[0][1]}{cols[0][2]}}{r[1]:{cols[1][1]}{cols[1][2]}}{r[2]:{cols[2][1]}{cols[2][2]}.2f}")
try:
    print("{:{}}".format(1, "{:{}}"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{1:{'q'}}")
except ValueError as e:
    print(type(e).__name__, e)
n = 4
print(f"{'x' * n:^{n * 3}}|", f"{n:0{n}b}", f"{n / 3:.{n}}")

# f-string basics: expressions, conversions, quotes, nesting
name, n, xs = "World", 42, [1, 2, 3]
print(f"Hello, {name}!", f"{n + 1}", f"{xs}", f"{xs[1]}", f"{len(xs) * 2}")
print(f"{name!r}", f"{name!s}", f"{'ñ'!a}", f"{xs!r}", f"{'日本'!a}")
print(f"{{literal}}", f"{{{n}}}", f"{{}}{n}{{}}")
print(f'{"double inside single"}', f"{'single inside double'}", f"""{'triple'}""")
d = {"k": "v", 1: "one"}
print(f"{d['k']}", f"{d[1]}", f"{d}", f"{ {'a': 1} }", f"{(1, 2)}")
print(f"{n if n > 40 else 0}", f"{(lambda x: x * 2)(21)}", f"{[i * i for i in range(4)]}")
print(f"{'nested ' + f'{n}'}", f"{f'{n:>4}'}", f"""{f'{f"{n}"}'}""")
print(f"{n:5}|{n:<5}|{n:^5}|{n:05}|", f"{name:>10}|{name:.3}|{name:*^11}|")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", f"{name:{'>'}{width}}|", f"{n:{'0'}{width}d}")
print(f"{n=}", f"{name = }", f"{n * 2=}", f"{xs[0]=!r}", f"{3.14159=:.2f}", f"{name=!s}")
print(f"{None}", f"{True}", f"{1.0}", f"{1e16}", f"{-0.0}", f"{2 ** 70}")
print(f"a" f"b" "c" f"{n}", f"line\tbreak", rf"\d{n}", fr"\t{name}")
nl = "\n"
print(f"{nl.join(['p', 'q'])}", f"{'a' 'b'}", f"{n}" f"{n}")
print(f"{n:#x} {n:#o} {n:#b} {n:x} {n:X} {n:c}", f"{65:c}{0x1F600:c}")
print(f"{1234567.891:,.2f} {1234567:_} {0.5:%} {0.125:.1%}")
print(f"{n!r:>6}|{name!r:^12}|{'x'!a:<5}|")
items = [("a", 1), ("bb", 22), ("ccc", 333)]
for k, v in items:
    print(f"{k:<4}{v:>5}{v / 3:>8.2f}")
x = 5
print(f"{x:{x}}|", f"{'':-^{x * 2}}|", f"{(x := 7)}", x)
print(f"{-n:+}", f"{n:+}", f"{n: }", f"{-n: }", f"{n:=+8}", f"{-n:=8}")

# f-string = debug form and !r/!s/!a conversions
a, b = 3, "text"
xs = [1, "two", 3.0]
print(f"{a=}")
print(f"{b=}")
print(f"{a = }")
print(f"{a=!s}", f"{b=!s}", f"{b=!r}", f"{b=!a}")
print(f"{a + 1=}", f"{a*2 = }", f"{xs[1]=}", f"{len(xs)=}")
print(f"{a=:5}|", f"{a=:<5}|", f"{3.14159=:.2f}", f"{b=:>8}", f"{b=!r:>8}|")
print(f"{xs=}", f"{None=}", f"{True=}", f"{(1, 2)=}")
print(f"{'é'=}", f"{'é'=!a}", f"{'日本'!a}", f"{b[1:3]=}")
print(f"{'it' + 's'=}")
d = {"k": 1}
print(f"{d['k']=}", f"{d=}", f"{ d = }")
for v in [0, -1.5, "s", "'", '"', "\n", b"by", [], {}, (), None, 1e100, 2 ** 65]:
    print(f"{v!r} | {v!s} | {v!a} | {v}")
print(f"{'ñ😀'!a}", ascii("ñ😀"), repr("ñ😀"), str("ñ😀"))
print(f"{'ab'!r:*^10}", f"{12!r:>5}", f"{12!s:<5}|", f"{'x'!a:3}|")
print("{0!r}|{0!s}|{0!a}".format("ünï"), "{!r:>10}".format("r"))
def f(x):
    return x * 2
print(f"{f(4)=}", f"{f('ab')=}", f"{[f(i) for i in range(3)]=}")
n = 10
print(f"{n // 3 = }", f"{n % 3=}", f"{n ** 2=:,}", f"{-n=}")
print(f"{a==3=}", f"{a!=3=}", f"{a if a > 2 else 0=}")

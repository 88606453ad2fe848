# exact hash values of ints/floats/tuples are deterministic in CPython (64-bit)
for n in [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 20, -(10 ** 20)]:
    print(n, hash(n))
for f in [0.0, -0.0, 1.0, 0.5, 0.25, 0.1, -0.1, 1e10, 1e20, 3.14, 2.0 ** 61, 2.0 ** -10]:
    print(f, hash(f))
for t in [(), (0,), (1,), (1, 2), (2, 1), (1, 2, 3), ((),), ((1, 2), 3), (-1,), (True, False)]:
    print(t, hash(t))
print(hash(True), hash(False), hash(1.0) == 1, hash(-1.0))
print(hash(-(2 ** 61 - 1)), hash(-(2 ** 61)), hash(2 ** 122), hash(3 ** 50))
print(hash(1e300), hash(-1e-300), hash(123.456), hash(2.0 ** 61 - 1024.0))
print(hash((1, 2)) == hash((1.0, 2)), hash((0.5,)), hash((1, (2, (3,)))))
vals = [hash(i) for i in range(-3, 4)]
print(vals)
print([hash((i, i)) for i in range(3)])
print(hash((2 ** 61 - 1,)) == hash((0,)), hash((-1,)) == hash((-2,)))
print(hash(-0.5), hash(float(2 ** 53)), hash(2 ** 53), hash(1.0000000000000002))
print(hash((1.5, -2.25)), hash(((), ())), hash((None,) * 0))
print(hash(10 ** 40) == hash(10 ** 40 % (2 ** 61 - 1)))
print(hash(-(10 ** 40)) == -hash(10 ** 40))
print([hash(x) for x in (0.125, 0.375, 7.75)])
print(hash(2 ** 200 + 17) % 1000, hash(-(2 ** 200)) % 1000)

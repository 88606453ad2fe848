# round() on floats
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4999, 1e16 + 1.0]:
    print(v, round(v))
for v, n in [(3.14159, 0), (3.14159, 1), (3.14159, 2), (3.14159, 4), (2.675, 2),
             (2.665, 2), (1.0005, 3), (0.0005, 3), (0.0015, 3), (-0.0015, 3),
             (123.456, -1), (123.456, -2), (155.0, -1), (165.0, -1), (5e-10, 9),
             (1.23456789e20, -15), (0.1, 20), (1234567.891, 1), (-0.05, 1)]:
    print(v, n, round(v, n))
print(round(0.0, 3), round(-0.0, 3), round(-0.0001, 3), round(0.0001, 3))
print(round(1.5, -1), round(5.0, -1), round(15.0, -1), round(25.0, -1), round(-25.0, -1))
print(round(1e308, -308), round(1e308, 2))
print(round(12.5, None), round(13.5, None))
total = 0.0
for i in range(10):
    total += 0.1
print(total, round(total, 10), round(total, 15), round(total, 16), round(total, 17))
print([round(i * 0.125, 2) for i in range(9)])
print([round(i / 8, 1) for i in range(9)])
for nd in range(-3, 5):
    print(nd, round(1234.56789, nd), round(-1234.56789, nd))
print(round(0.285, 2), round(0.575, 2), round(1.45, 1), round(-1.45, 1))

# Found by tests/differential.rs: a float operation whose int operand is too large for a float
# raises OverflowError (divmod raised TypeError).
big = 10 ** 400
for a, b in [(float('inf'), big), (1.5, big), (big, 1.5), (big, 2.0), (-big, 0.5)]:
    for name, f in [('divmod', divmod), ('mod', lambda a, b: a % b),
                    ('floordiv', lambda a, b: a // b), ('truediv', lambda a, b: a / b),
                    ('add', lambda a, b: a + b), ('lt', lambda a, b: a < b),
                    ('eq', lambda a, b: a == b), ('mul', lambda a, b: a * b)]:
        try:
            print(name, repr(f(a, b))[:30])
        except Exception as e:
            print(name, type(e).__name__, e)
print(divmod(7, 2.0), divmod(2 ** 60, 3.0), divmod(-7.5, 2))
# Hashes of tuples holding instances use their __hash__ (krait hashed them all to 0).
class K:
    def __hash__(self):
        return 7
print(hash((K(),)) == hash((7,)), hash((K(), (1, K()))) == hash((7, (1, 7))))
# printf-style formatting: decimal text obeys the 4,300-digit limit; hex does not.
try:
    print(('%d' % 10 ** 5000)[:5])
except ValueError as e:
    print('ValueError', e)
print(len('%x' % 10 ** 5000), '%.5d|%-6d|%06.2f|%5s|%*d' % (42, 7, 3.14159, 'ab', 4, 9))
for spec, args in [('%.3000000000f', 1.0), ('%.*f', (3000000000, 1.0)), ('%.3000000000s', 'x'),
                   ('%.2147483647s', 'x'), ('%.3d|%.0s|', (5, 'abc'))]:
    try:
        print(repr(spec % args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# range objects: construction, indexing, slicing, membership, repr
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3)]:
    print(r, list(r), len(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-3:], list(r[1:4]), r[10:])
print(r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 31 in r)
print(range(10)[::-1], range(0, 10, 3)[::-1], list(range(0, 10, 3)[::-1]), range(0, -10, -3)[1:])
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
i = 100
try:
    r[i]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(range(10 ** 20), len(range(10 ** 18)), range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), list(reversed(range(4))))
print(list(range(-5, -1)), list(range(-1, -5, -1)), list(range(0, 1, 100)), tuple(range(3)))
print([x for x in range(20) if x % 7 == 3], list(enumerate(range(10, 13))), list(zip(range(3), range(5, 8))))
print(type(range(1)).__name__, isinstance(range(1), range), range(True), range(0, 5)[True])
print(3.0 in range(5), 3.5 in range(5), "a" in range(5), -1 in range(5), 0 in range(0))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(range(2, 20, 5)[-2:], range(3) == range(0, 3, 1), repr(range(1, 2, 1)), str(range(0, 4, 2)))

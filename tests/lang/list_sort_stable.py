# sort stability with key and reverse
records = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "SF"), ("dave", 25, "NY"),
           ("eve", 35, "LA"), ("frank", 30, "LA"), ("grace", 25, "SF")]
print([r[0] for r in sorted(records, key=lambda r: r[1])])
print([r[0] for r in sorted(records, key=lambda r: r[1], reverse=True)])
print([r[0] for r in sorted(records, key=lambda r: r[2])])
print([r[0] for r in sorted(records, key=lambda r: (r[2], -r[1]))])
by_city = sorted(records, key=lambda r: r[2])
by_age_then_city = sorted(by_city, key=lambda r: r[1])
print([(r[1], r[2], r[0]) for r in by_age_then_city])
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (1, "c"), (0, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, reverse=True))
print(sorted(pairs))
vals = [3, -1, -3, 2, 1, -2, 0]
print(sorted(vals, key=abs), sorted(vals, key=abs, reverse=True))
print(sorted(vals, key=lambda v: v * v), sorted(vals, key=lambda v: v % 3))
words = "The quick brown fox jumps over the lazy dog A a".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted("hello world"), sorted("hello", reverse=True))
print(sorted([2.5, 1, True, 0, -0.5, False]))
print(sorted([[2, 1], [1, 2], [1], [], [2]]), sorted([(1, "b"), (1, "a")]))
fl = [0.1, -0.0, 0.0, -1e-10]
print(sorted(fl), sorted(fl, reverse=True))
big = list(range(20))
big.sort(key=lambda n: n % 4)
print(big)
big.sort(key=lambda n: n % 3, reverse=True)
print(big)
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort(key=lambda p: p[1], reverse=True)
print(nested)
print(sorted({3: "x", 1: "y", 2: "z"}), sorted({3: "x", 1: "y"}.items(), key=lambda kv: kv[1]))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([], reverse=True), sorted([1]), sorted(range(5, 0, -1)), sorted((3, 1, 2)))

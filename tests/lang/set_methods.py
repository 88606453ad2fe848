# every set method (printing sorted to avoid relying on iteration order)
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s))
s.update([5, 6], {7}, range(8, 10))
print(sorted(s))
s.discard(100)
s.discard(9)
s.remove(8)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
x = s.pop()
print(x in s, len(s))
t = s.copy()
t.add("new")
print(len(s), len(t), t is s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (10,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c.intersection_update(b)
print(sorted(c))
c = set(a)
c.difference_update(b, [1])
print(sorted(c))
c = set(a)
c.symmetric_difference_update(b)
print(sorted(c))
c.clear()
print(c, len(c), set(), bool(set()))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1}.add([2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.union(5)
except TypeError as e:
    print(type(e).__name__, e)
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")), set([1, 1, 1]))
print({1, 2} == {2, 1}, {1} == {1.0}, {1, 2} != {1, 3}, {True, 1, 1.0}, len({0, False, 0.0, -0.0}))
print({x % 4 for x in range(20)} == {0, 1, 2, 3}, sorted({c for c in "banana"}))
words = ["apple", "banana", "apple", "cherry", "banana", "apple"]
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen))

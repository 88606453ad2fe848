# set/frozenset repr for single elements and small ints, set from various iterables
print(set(), {1}, {"a"}, {(1, 2)}, {None}, {1.5}, {-1}, {True}, {b"x"})
print(frozenset(), frozenset({1}), frozenset({"a"}), frozenset([frozenset()]))
print(repr(set()), str({0}), repr(frozenset({()})), f"{ {7} }", [{1}], ({2},), {"k": {3}})
print({1, 2, 3}, {0, 1, 2, 3, 4, 5, 6, 7}, frozenset([3, 4, 5]))
print(set(range(5)), set([1, 2, 1]), set((3, 3, 4)), set({1: "a", 2: "b"}))
print(set("aaa"), set(b"aab") == {97, 98}, set([]) == set(), sorted(set(x * x for x in range(-2, 3))))
print(len(set(range(100))), sum(set(range(100))), max({3, 9, 1}), min(frozenset({3, 9, 1})))
print(sorted({-3, 10, 0, -1, 5}), sorted({2.5, 1, -0.5}), sorted({"b", "a", "C"}))
print(list({5}), tuple({6}), list(frozenset({"only"})))
print(type({1}).__name__, type(frozenset()).__name__, type({}).__name__, isinstance(frozenset(), set))
s = {10}
s.add(20)
print(10 in s, 15 in s, 20 in s, len(s), sorted(s))
try:
    print(s[0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
s2 = set()
for i in range(10):
    s2.add(i % 3)
print(sorted(s2), s2 == {0, 1, 2}, {0, 1, 2} == s2)
e = {1}
e.discard(1)
print(e, e == set(), e == frozenset())

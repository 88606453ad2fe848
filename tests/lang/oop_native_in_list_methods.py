# Builtin container operations that call user __eq__
class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        other_v = other.v if isinstance(other, Loose) else other
        return str(self.v).lower() == str(other_v).lower()
    def __repr__(self):
        return f"Loose({self.v!r})"

items = [Loose("A"), Loose(2), Loose("c")]
print("a" in items, 2 in items, "2" in items, "z" in items)
print(items.index("C"), items.count("a"), items.count(Loose("A")))
items.remove("2")
print(items)
try:
    items.remove("q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    items.index("q")
except ValueError as e:
    print(type(e).__name__, e)

# comparisons of lists/tuples delegate to element __eq__
print([Loose("x")] == ["X"], ("X",) == (Loose("x"),), [Loose(1), 2] == ["1", 2])

# tuple.index/count and `in` on tuples, dict values and dict views
t = (Loose("k"), Loose("m"))
print(t.index("M"), t.count("K"), "k" in t)
d = {"a": Loose("V")}
print("v" in d.values(), "v" in d, "a" in d.keys())

# `in` on strings requires strings
try:
    Loose("a") in "abc"
except TypeError as e:
    print(type(e).__name__, e)

# list equality short-circuits on identity before calling __eq__
class NeverEqual:
    def __eq__(self, other):
        return False
ne = NeverEqual()
print([ne] == [ne], ne in [ne], [ne].count(ne), [ne].index(ne), ne == ne)

# __eq__ is called with the container element on the right side
class Spy:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)!r})")
        return False
haystack = [Spy("h1"), Spy("h2")]
print(Spy("needle") in haystack)
print(haystack.count(Spy("n2")))

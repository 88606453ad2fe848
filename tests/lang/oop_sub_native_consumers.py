# Instances of built-in subclasses handed to native consumers
class S(str):
    def shout(self):
        return self.upper() + "!"

class I(int):
    pass

class F(float):
    pass

class L(list):
    pass

class D(dict):
    pass

class T(tuple):
    pass

class FS(frozenset):
    pass

words = [S("pear"), S("apple"), "fig"]
print(sorted(words), min(words), max(words), "-".join(words), S("a").shout())
print(sum([I(1), I(2), 3]), sum([F(0.5), F(0.25)]), type(sum([I(1), I(2)])).__name__)
print(int(I(7)), float(I(7)), int(F(2.9)), float(F(2.5)), round(F(2.567), 1), abs(I(-3)))
print(list(range(I(2), I(8), I(3))), "abcdef"[I(1):I(4)], [10, 20, 30][I(-1)])
print(dict(D(a=1, b=2)), dict(**D(x=1)), {**D(k="v")}, list(D(a=1)), len(D(a=1, b=2)))

def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(**D(p=1, q=2)))
print(list(L([3, 1, 2])), tuple(L("ab")), set(T((1, 1, 2))), sorted(FS({3, 1, 2})))
print(list(enumerate(T("xy"))), list(zip(L([1, 2]), S("ab"))), list(map(str.upper, L(["a"]))))
print(f"{S('x')!r} {I(5):03d} {F(1.5):.2f} {L([1])} {D(a=1)} {T((1,))}")
print("%s %d %.1f %r" % (S("s"), I(4), F(2.25), L([1])))
print("{} {:>4} {}".format(S("a"), I(42), T((1, 2))))
print(S("b") in {"b": 1}, I(3) in {3, 4}, "x" in S("xyz"), 2 in L([1, 2]), (1, 2) in {T((1, 2))})
print({S("k"): 1}["k"], {"k": 2}[S("k")], {I(1): "one"}[1], {T((1, 2)): "t"}[(1, 2)])
print(S("a b").split(), type(S("a b").split()[0]).__name__, S("ab") * 2, I(6) // I(4), I(6) / 4)
print(isinstance(S(""), str), isinstance(L(), list), issubclass(D, dict), type(T()).__mro__[1].__name__)
print(bool(S("")), bool(L()), bool(I(0)), bool(F(0.1)), bool(D(a=1)), not T())
print(repr(S("q")), repr(I(3)), repr(F(1.0)), repr(L([S("z")])), str(FS()), repr(D({I(1): F(2.0)})))
print(hash(S("h")) == hash("h"), hash(I(12)) == hash(12), hash(T((1,))) == hash((1,)))
try:
    hash(L())
except TypeError as e:
    print(type(e).__name__, e)
print(S("abc").startswith(S("a")), "abc".find(S("c")), L([1, 2]).index(2), T((5, 5)).count(5))
print(I(10).bit_length(), F(0.5).as_integer_ratio(), I(255).to_bytes(2, "big"), F(3.0).is_integer())
l = L([1])
l.append(2)
l += [3]
l.extend(L([4]))
l[0] = 0
del l[1]
print(l, type(l).__name__, l == [0, 3, 4], len(l))
d = D()
d["a"] = 1
d.update(b=2)
d |= {"c": 3}
del d["a"]
print(d, type(d).__name__, d.get("b"), d.pop("c"), d, sorted(D(z=1, y=2)))

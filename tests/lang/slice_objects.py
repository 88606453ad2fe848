# slice objects: construction, attributes, indices(), use with sequences
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice(None, None, -1))
seq = list(range(12))
print(seq[s], seq[slice(3)], seq[slice(-3, None)], seq[slice(None, None, -3)], "abcdef"[slice(1, -1)])
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
print(slice(-3, -1).indices(10), slice(None, None, 2).indices(0), slice(10, 0, -3).indices(6))
print(range(*slice(1, 10, 3).indices(8)), list(range(*slice(None, None, -2).indices(5))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
t = (0, 1, 2, 3, 4, 5)
cut = slice(1, 5)
print(t[cut], "hello world"[cut], b"bytes!"[cut], range(10)[cut])
lst = list("abcdefg")
lst[slice(2, 4)] = ["X"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
print(type(s).__name__, s.step is None, slice(None).start is None)
n = len(seq)
for st in [1, 2, 3, -1, -2, -5]:
    print(st, seq[::st], slice(None, None, st).indices(n))
print(seq[2:100:5], seq[-100:-5], seq[100:-100:-4], seq[-1:-13:-5])
big = slice(0, 10 ** 30, 10 ** 29)
print(big.indices(10 ** 31)[2], range(*big.indices(10 ** 30 + 1))[-1])
print(str(slice("a", "b", "c")), slice(1.5, 2.5).start)

# __repr__ and __str__: who calls which
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly<repr>"

class StrOnly:
    def __str__(self):
        return "StrOnly<str>"

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print(f"{b} {b!r} {b!s} {r} {r!r}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
print([b, r], (b,), {"k": b}, {1: r})
print(repr([b, "x", 1.0, None]))
print(str([b]), str((r, r)))

# nested repr calls
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val!r}, {self.children!r})"
        return f"Node({self.val!r})"
tree = Node("root", [Node(1), Node("two", [Node(3.0)])])
print(tree)
print(str(tree) == repr(tree))

# __repr__ must return a string
class BadRepr:
    def __repr__(self):
        return 5
for f in [repr, str]:
    try:
        f(BadRepr())
    except TypeError as e:
        print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

# returning a str subclass is allowed
class MyStr(str):
    pass
class ReturnsSub:
    def __repr__(self):
        return MyStr("sub-repr")
print(repr(ReturnsSub()), type(repr(ReturnsSub())).__name__)

# exceptions inside __repr__ propagate through containers
class Raising:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([1, Raising()])
except ValueError as e:
    print(type(e).__name__, e)

# ascii() uses __repr__ and escapes non-ASCII
class Uni:
    def __repr__(self):
        return "caf\u00e9"
print(ascii(Uni()), len(repr(Uni())), repr(Uni()).isascii())

# print with sep/end still calls __str__
print(b, s, sep=" | ", end=" <end>\n")

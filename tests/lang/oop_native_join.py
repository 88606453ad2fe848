# str.join requires real str items: __str__ is not consulted
class Word:
    def __init__(self, w):
        self.w = w
    def __str__(self):
        return self.w
    def __repr__(self):
        return f"Word({self.w!r})"

words = [Word("alpha"), Word("beta")]
try:
    " ".join(words)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ", ".join(["ok", Word("bad"), "fine"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "-".join(Word("x"))
except TypeError as e:
    print(type(e).__name__, e)

# the usual fixes: map(str, ...) or a comprehension
print(" ".join(map(str, words)))
print("|".join(str(w) for w in words))
print(", ".join(repr(w) for w in words))
print(" ".join(f"{w}" for w in words))

# str subclasses are accepted and joined by their string value
class Loud(str):
    def __str__(self):
        return self.upper()
print("+".join([Loud("a"), Loud("b")]), str(Loud("a")))

# join accepts any iterable of strings, including user iterables
class Letters:
    def __init__(self, s):
        self.s = s
    def __iter__(self):
        return iter(self.s)
print(".".join(Letters("abc")))
class Legacy:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return str(i)
print("".join(Legacy()))

# bytes.join has the same restriction with its own message
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)

# a user class providing a join-like method
class Sentence:
    def __init__(self, *words):
        self.words = words
    def __str__(self):
        return " ".join(str(w) for w in self.words) + "."
    def __add__(self, other):
        return Sentence(*self.words, *other.words)
s = Sentence(Word("Hello"), "there") + Sentence(3, Word("times"))
print(s, len(s.words))

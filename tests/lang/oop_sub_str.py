# Subclassing str
class Name(str):
    def greet(self):
        return f"Hello, {self}!"

    @property
    def initials(self):
        return "".join(w[0] for w in self.split()).upper()

n = Name("ada lovelace")
print(n, repr(n), n.greet(), n.initials)
print(isinstance(n, str), type(n).__name__, n == "ada lovelace", len(n))
print(n.upper(), type(n.upper()).__name__)          # str methods return plain str
print(type(n + "!").__name__, type(n[0:3]).__name__, type(f"{n}").__name__)
print({n: 1}["ada lovelace"])                      # hashes like a str

# __new__ normalizes the value
class Lower(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).lower())
lw = Lower("MiXeD")
print(lw, lw == "mixed", Lower(42), type(Lower(1)).__name__)

# overriding __str__ and __repr__
class Secret(str):
    def __repr__(self):
        return "Secret('***')"
    def __str__(self):
        return "***"
sec = Secret("hunter2")
print(sec, repr(sec), [sec], f"{sec}", sec.upper(), "%s" % sec, sec + "")
print("-".join([sec, "x"]))             # join uses the underlying string data

# case-insensitive string comparison
class CIStr(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
print(CIStr("Hello") == "HELLO", "hello" == CIStr("HeLLo"), CIStr("a") != "A")
ci_set = {CIStr("Key")}
print(CIStr("KEY") in ci_set, "KEY" in ci_set)

# subclass with extra attribute
class Token(str):
    def __new__(cls, text, kind):
        obj = super().__new__(cls, text)
        obj.kind = kind
        return obj
toks = [Token("x", "name"), Token("=", "op"), Token("1", "num")]
print([(t, t.kind) for t in toks], "".join(toks))
print(sorted(toks), max(toks))

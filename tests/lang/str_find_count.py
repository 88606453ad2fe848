# find, rfind, index, rindex, count, startswith, endswith, in
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find("", 5), s.find("", 20))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""), s.rfind("a", -4))
print(s.index("c"), s.rindex("b"), s.index("a", -3), s.rindex("a", 0, -1))
for f, args in [(s.index, ("z",)), (s.rindex, ("z",)), (s.index, ("a", 20))]:
    try:
        print(f(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 5), s.count("a", 1, -1), "aaaa".count("aa"))
print(s.startswith("abra"), s.startswith("bra"), s.startswith("bra", 1), s.startswith(("x", "ab")))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith(("z", "y")), s.endswith(""), "".startswith(""))
print(s.startswith("a", 20), s.startswith("", 11), s.startswith("", 12), s.endswith("a", -1))
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(5)
except TypeError as e:
    print(type(e).__name__, e)
print("bra" in s, "xyz" in s, "" in s, "" in "", "A" in s, "a" not in s)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
u = "日本語のテキスト日本"
print(u.find("本"), u.rfind("本"), u.count("日本"), u.index("テ"), u.startswith("日本語"))
print("é".find("e"), "cafe\u0301".find("\u0301"), len("cafe\u0301"))
positions = []
i = s.find("a")
while i != -1:
    positions.append(i)
    i = s.find("a", i + 1)
print(positions)

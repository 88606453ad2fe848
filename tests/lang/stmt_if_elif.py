# if / elif / else chains and truthiness
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))

values = [0, 0.0, -0.0, "", "0", [], [0], (), {}, {0: 0}, set(), None, False, True, range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

# nested ifs with only some branches
def fizz(i):
    out = ""
    if i % 3 == 0:
        out += "Fizz"
    if i % 5 == 0:
        out += "Buzz"
    if not out:
        out = str(i)
    return out
print(" ".join(fizz(i) for i in range(1, 16)))

# conditions with side effects evaluated lazily
log = []
def t(name, v):
    log.append(name)
    return v
if t("a", False) and t("b", True):
    print("no")
elif t("c", True) or t("d", True):
    print("yes")
else:
    print("no")
print(log)

# pass in every branch
if True:
    pass
elif False:
    pass
else:
    pass
print("after pass")

# walrus in condition
data = [3, 1, 4]
if (n := len(data)) > 2:
    print("long list", n)

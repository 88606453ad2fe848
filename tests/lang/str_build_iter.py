# building strings, iterating characters, common idioms
s = "Programming in Python"
vowels = sum(1 for c in s.lower() if c in "aeiou")
print(vowels, [c for c in s if c.isupper()], s.count("m"), len(set(s.lower())) > 5)
freq = {}
for ch in s.replace(" ", "").lower():
    freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(" ".join(w[::-1] for w in s.split()), s.split()[::-1], "_".join(s.lower().split()))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world xyz")
print(caesar)
print("".join(sorted("listen")) == "".join(sorted("silent")), "racecar" == "racecar"[::-1])
acc = []
for i, ch in enumerate("abcde"):
    acc.append(ch * (i + 1))
print("-".join(acc))
print(str(12345)[::-1], int(str(12345)[::-1]) + 1, "".join(map(str, [1, 2, 3])))
line = "name=Ann; age=30 ;city = Oslo"
fields = dict(part.strip().split("=") for part in line.split(";"))
print({k.strip(): v.strip() for k, v in fields.items()})
print("a" < "b" < "c", "abc".upper().lower().title(), "-".join("abc").upper())
words = ["alpha", "beta", "gamma", "delta"]
print(max(words, key=len), min(words), [w[0].upper() + w[1:] for w in words])
print("{:>8}|{:<8}|{:^8}".format(*words[:3]), "%s+%s" % tuple(words[2:]))
text = "one\ttwo  three\nfour"
print(text.split(), text.expandtabs(4).split(" "), repr(text.replace("\t", "\\t")))
camel = "thisIsCamelCase"
snake = "".join("_" + c.lower() if c.isupper() else c for c in camel)
print(snake, "".join(p.capitalize() for p in snake.split("_")))
print("*" * 5, "=" * 0 + "|", "ab" * 2 + "c", ("x" + "y") * 3)
s2 = ""
for n in range(3):
    s2 += f"[{n}]"
print(s2, len(s2), s2.count("["), s2.strip("[]"))
print("é" * 3, "日本"[::-1] + "語", "a😀b".index("b"), "a😀b"[1], len("a😀b".encode()))

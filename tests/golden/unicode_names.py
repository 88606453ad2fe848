# Identifiers are NFKC-normalised, as in CPython.
ｘ = 1
print(x)
café = 2
π = 3.14159
日本 = "ja"
ﬁ = 4
print(fi, café, π, 日本)

# is* predicates
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "1.5", "-1", "Hello World",
           "Hello world", "hello_world", "_x", "2x", "x2", "ñ", "日本", "²", "½", "٣", "Ⅻ",
           "class", "A1 B2", "ABC DEF", "abc def", "a b\u00a0c", "\u2003"]
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
             s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric(), s.isascii(), s.isprintable()]
    print(repr(s), "".join("T" if f else "." for f in flags))
print("".isascii(), "é".isascii(), "\x7f".isascii(), "\x7f".isprintable(), "\n".isprintable())
print("123".isdigit() and "123".isdecimal() and "123".isnumeric())
print([c for c in "a1²½٣Ⅻ" if c.isnumeric() and not c.isdigit()])
print([c for c in "a1²½٣Ⅻ" if c.isdigit() and not c.isdecimal()])
print("".isidentifier(), "if".isidentifier(), "None".isidentifier(), "a-b".isidentifier(), "ñame".isidentifier())
print("Ab Cd".istitle(), "AB".istitle(), "A".istitle(), "a".istitle(), "1A".istitle(), "A1a".istitle())
print("ABC1".isupper(), "1".isupper(), "abc1".islower(), "1".islower(), "ǅ".isupper(), "ǅ".istitle())
print(" \t\n\r\x0b\x0c".isspace(), "\x1c\x1d\x1e\x1f\x85".isspace(), "\u200b".isspace())
digits = [c for c in "0a9Z_ 5" if c.isdigit()]
alphas = [c for c in "0a9Z_ 5" if c.isalpha()]
print(digits, alphas)
print(all(ch.isalnum() for ch in "abc123"), any(ch.isspace() for ch in "abc"))

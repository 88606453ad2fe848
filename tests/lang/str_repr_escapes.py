# repr of strings: quote choice, escapes, unicode
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rx",
           "back\\slash", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ñ ü", "日本語", "😀",
           "\u200b\u2028\u2029", "\ufeff", "\U0001F600\U000E0001", "\x1b[0m", "", "'", '"', "'\"",
           "\a\b\f\v", "\ud7ff\ue000", "\N{BULLET}", "\N{GREEK SMALL LETTER ALPHA}"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(["a'b", 'c"d', "\n"], ("x",), {"k\t": "v\\"})
print(str("a\tb"), "%r" % "q'", f"{'tab':>6}", f"{'x'!r}", f"{'é'!a}")
print(r"raw\nstring", r"C:\path\to", R"\d+\.\d+", len(r"\n"), r"\'", rb"\x00")
print("\101\102\103", "\x41\u0042\U00000043", "\0", repr("\0"), repr("\1234"))
print('single' "adjacent" """triple""" '''quotes''')
print("""multi
line
string""")
print('''it's "fine"''', """a\
b""")
s = "line1\
line2"
print(s, len(s))
print(repr("a" * 3 + "\n"), repr(chr(0x10FFFF)), repr(chr(0xE000)), repr(chr(0x378)))
print(repr("\x85"), repr("\xa0"), repr("\u00ad"), repr("\u0301"), repr("e\u0301"))
print(repr(repr("x")), repr(str(1.5)), repr(str([1, "a"])))

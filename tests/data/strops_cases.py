#!/usr/bin/env python3
"""Expected results of str methods, from CPython 3.11, for tests/rt_strops.rs.

    python3 tests/data/strops_cases.py > tests/data/strops_cases.jsonl
    python3 tests/data/strops_cases.py --tables   # the Rust tables of src/runtime/strops.rs

One JSON object per line:
  {"m": method, "s": receiver, "a": [args], "r": result}        a call that returns
  {"m": method, "s": receiver, "a": [args], "e": [class, msg]}  a call that raises
  {"unassigned": [[lo, hi], ...]}       code points CPython's Unicode 14.0 leaves unassigned;
                                         sweeps skip them (krait's crates know newer versions)
  {"sweep": method, "diff": [[cp, result], ...]}   method(chr(cp)) for every assigned code
                                         point: the listed ones, all others map to themselves
  {"sweep": name, "ranges": [[lo, hi], ...]}       the code points where a predicate is true
Bytes are {"bytes": [ints]}; tuples are lists.
"""

import json
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

ALL = [c for c in range(0x110000) if not 0xD800 <= c < 0xE000]


def ranges(cps):
    out = []
    for c in cps:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def tables():
    """Rust source for the tables strops.rs cannot get from its crates."""
    digit = [c for c in ALL if chr(c).isdigit() and not chr(c).isdecimal()]
    numeric = [
        c for c in ALL if chr(c).isnumeric() and unicodedata.category(chr(c)) not in ("Nd", "Nl", "No")
    ]
    for name, cps in (("DIGIT_EXTRA", digit), ("NUMERIC_EXTRA", numeric)):
        print(f"const {name}: &[(u32, u32)] = &[")
        for lo, hi in ranges(cps):
            print(f"    (0x{lo:X}, 0x{hi:X}),")
        print("];")


def enc(v):
    if isinstance(v, (bytes, bytearray)):
        return {"bytes": list(v)}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    return v


LINES = []


def case(m, s, *a):
    line = {"m": m, "s": enc(s), "a": enc(list(a))}
    try:
        line["r"] = enc(getattr(s, m)(*a))
    except Exception as e:  # noqa: BLE001 - every exception is an expected result
        line["e"] = [type(e).__name__, str(e)]
    LINES.append(line)


# Receivers used across many methods: empty, ASCII, non-ASCII (2-, 3- and 4-byte UTF-8).
TEXTS = ["", "a", "abc", "  hello  world  ", "héllo wörld", "日本語テキスト", "a😀b😀c", "ΣΑΣ ΣΑΣ"]

# ---- split / rsplit
SPLIT_RECV = TEXTS + [
    "a,b,,c,",
    ",a,b,",
    "aaa",
    "aaaa",
    "\t a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g\u2000h\u3000i\u2028j\u202fk\u205fl\u1680m ",
    "a\u200bb",  # zero-width space is not whitespace
    "x\x00y",
    "  a  b  c  ",
    "é→é→→é",
]
for s in SPLIT_RECV:
    for m in ("split", "rsplit"):
        case(m, s)
        for n in (-1, 0, 1, 2, 10, -5):
            case(m, s, None, n)
        for sep in (",", "a", "aa", " ", "→", "😀", "é", "xyz", ""):
            case(m, s, sep)
            case(m, s, sep, 1)
    for n in (0, 2):
        case("split", s, ",", n)
        case("rsplit", s, "a", n)
case("split", "a b", None, sys.maxsize)
case("rsplit", "a b", None, -sys.maxsize - 1)

# ---- splitlines
for s in [
    "",
    "a",
    "a\n",
    "\n",
    "\n\n",
    "a\nb\rc\r\nd",
    "a\r\n\r\nb",
    "a\r\rb",
    "\r",
    "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i",
    "a\x1fb",  # unit separator is whitespace but not a line break
    "é\nü\r\n😀",
    "trailing\r\n",
]:
    case("splitlines", s)
    case("splitlines", s, True)
    case("splitlines", s, False)

# ---- strip family
for s in TEXTS + ["\x1c\x1dx\x1e\x1f", "\u3000\xa0x\u2028", "xxhixx", "abcba", "😀a😀", "\u200bx\u200b"]:
    for m in ("strip", "lstrip", "rstrip"):
        case(m, s)
        for chars in (None, "", "a", "ab", "x", "😀", " d", "\u200b"):
            case(m, s, chars)

# ---- replace
for s in ["", "a", "abc", "aaa", "aaaa", "héllo", "😀😀", "abcabcabc"]:
    for old, new in [("a", "b"), ("", "-"), ("", ""), ("aa", "x"), ("a", ""), ("😀", "é"), ("é", "😀"),
                     ("abc", "xyzw"), ("zz", "y"), ("l", "LL")]:
        case("replace", s, old, new)
        for n in (-1, 0, 1, 2, 100):
            case("replace", s, old, new, n)

# ---- find family, count, startswith, endswith
SEARCH = ["", "abcabc", "a😀b😀c", "héllo wörld"]
BOUNDS = [(), (1,), (-2,), (6,), (7,), (0, 0), (1, 3), (2, 1), (None, -1), (3, -3),
          (-sys.maxsize - 1, sys.maxsize), (sys.maxsize,)]
SEARCH_METHODS = ("find", "rfind", "index", "rindex", "count", "startswith", "endswith")
for s in SEARCH:
    for sub in ["", "a", "bc", "😀"]:
        for b in BOUNDS:
            for m in SEARCH_METHODS:
                case(m, s, sub, *b)
    for sub in ["abc", "ö", "l", "c", "zz", s]:
        for m in SEARCH_METHODS:
            case(m, s, sub)
            case(m, s, sub, -5, None)
for s, sub in [("aaaa", "aa"), ("aaaaa", "aa"), ("ababa", "aba"), ("😀😀😀", "😀😀")]:
    for m in SEARCH_METHODS:
        case(m, s, sub)
        case(m, s, sub, 1)

# ---- partition
for s in ["", "a", "abc", "a,b,c", ",", "héllo", "😀x😀", "aaa"]:
    for sep in [",", "a", "aa", "😀", "l", "zz", "", "abc"]:
        case("partition", s, sep)
        case("rpartition", s, sep)

# ---- case mapping on strings (per character these are swept below)
CASE_TEXTS = TEXTS + [
    "hello world",
    "HELLO wORLD",
    "they're bill's friends from the UK",
    "hello1world 2nd",
    "ß straße",
    "ﬁne ﬂow ﬀ",
    "ǆemal Ǆ ǅ",
    "ΣΑΣ",
    "Σ",
    "ΑΣ",
    "ΑΣ.",
    "ΑΣ'Α",
    "Α'Σ",
    "ΑΣ\u0301",
    "ΑΣ\u0301Α",
    "ΑΣ ΑΣΑ ΣΑ",
    "aΣb",
    "1Σ",
    "ʰΣ",
    "Σʰ",
    "ὈΔΥΣΣΕΎΣ",
    "ᾳ ᾲ ᾼ",
    "İstanbul",
    "ı",
    "ŉ",
    "ǰ",
    "ﬓ",
    "ᏸᏹ ꭰꭱ Ꭰ",
    "ẞ",
    "ⅷ Ⅷ ⓐ Ⓐ",
    "ǈ ǋ ǲ",
    "ა ბ Ა",
    "123",
    "a_b-c.d",
    "HeLLo WoRLD",
    "Hello World",
    "Hello world",
    "hello World",
    "ǅungla",
    "Ǆungla",
    "A1b",
    "mIxEd 😀Case",
]
for s in CASE_TEXTS:
    for m in ("upper", "lower", "casefold", "swapcase", "title", "capitalize",
              "isupper", "islower", "istitle", "isalpha", "isalnum", "isascii", "isprintable",
              "isidentifier", "isspace", "isdigit", "isdecimal", "isnumeric"):
        case(m, s)

# ---- predicates on strings
for s in ["", " ", "\t\n", "\x1c", "a b", "123", "١٢٣", "²³", "½", "Ⅻ", "一二三", "①②", "12a", "a1",
          "_", "_a1", "1a", "é", "a\u0301", "ℕ", "x²", "℘", "\u2118x", "class", "a b", "\u200b",
          "\x7f", "\xa0", "abc\n", "ǅ", "Ǆ", "ǆ", "A", "a", "ÀÉ", "😀", "ᾳ", "ᾼ", "ΣΑΣ", "ς"]:
    for m in ("isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
              "islower", "istitle", "isidentifier", "isprintable", "isascii"):
        case(m, s)

# ---- zfill, padding, expandtabs, removeprefix/suffix
for s in ["", "42", "-42", "+42", "--", "+", "-", "a", "é😀", "-é", "0"]:
    for w in (-1, 0, 1, 2, 3, 5, 8):
        case("zfill", s, w)
for s in ["", "a", "ab", "abc", "é", "😀😀"]:
    for w in (-5, 0, 1, 2, 3, 4, 5, 6, 7):
        for m in ("center", "ljust", "rjust"):
            case(m, s, w)
            case(m, s, w, "*")
            case(m, s, w, "😀")
    for m in ("center", "ljust", "rjust"):
        case(m, s, 5, "")
        case(m, s, 5, "ab")
        case(m, s, 0, "ab")
for s in ["", "\t", "a\tb", "ab\tc\td", "abcdefgh\ti", "a\tb\nc\td", "a\r\tb", "é\t😀\tx",
          "\t\t", "12345678\t", "x\x0b\ty"]:
    for t in ((), (8,), (0,), (-3,), (1,), (4,), (3,)):
        case("expandtabs", s, *t)
for s in ["", "abc", "héllo", "😀x😀"]:
    for x in ["", "a", "ab", "abc", "abcd", "hé", "😀", "😀x", "c", "lo", "x😀"]:
        case("removeprefix", s, x)
        case("removesuffix", s, x)

# ---- encode
ENC_TEXTS = ["", "abc", "héllo", "a\xe9\xe9b", "€uro", "x😀y", "ÿĀ", "\x80\xff", "日本", "a\ue000b",
             "\u0378", "é€😀ĀȀ"]
ENCODINGS = ["utf-8", "utf8", "UTF-8", "utf_8", " UTF--8 ", "U8", "utf", "ascii", "ASCII", "us-ascii",
             "646", "ANSI_X3.4-1968", "ansi_x3_4_1986", "latin-1", "latin1", "Latin_1", "iso-8859-1",
             "ISO8859-1", "l1", "cp819", "latin", "utf-８", "", "x", "utf8\x00",
             "iso_8859_1_1987"]
ERRORS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
          "surrogateescape", "surrogatepass", "bogus", "", "strict\x00"]
for e in ENCODINGS:
    case("encode", "hé", e)
    case("encode", "hé", e, "bogus\x00")
for s in ENC_TEXTS:
    case("encode", s)
    for e in ("ascii", "latin-1", "utf-8"):
        for h in ERRORS:
            case("encode", s, e, h)

# ---- decode
DEC = [b"", b"abc", "héllo".encode(), "x😀y".encode(), b"\xff", b"a\xffb", b"\x80", b"\xc0\x80",
       b"\xc1\xbf", b"\xc2", b"\xc2a", b"\xe2\x82", b"\xe2\x82\xac", b"\xe2\x82a", b"\xe0\x80\x80",
       b"\xe0\xa0", b"\xed\xa0\x80", b"\xed\x9f\xbf", b"\xf0\x80\x80\x80", b"\xf0\x90", b"\xf0\x90\x80",
       b"\xf0\x90\x80\x80", b"\xf4\x8f\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf5\x80", b"\xf8\x88\x80\x80\x80",
       b"\xfe\xff", b"a\xe9\xe9b", b"\x00\x7f\x80", b"\xe2\x28\xa1", b"\xef\xbb\xbfbom",
       b"ok\xf0\x9f\x98", b"\xf0\x9f\x98\x80\xf0\x9f"]
for b in DEC:
    case("decode", b)
    case("decode", b, "latin-1")
for e in ENCODINGS:
    case("decode", b"h\xc3\xa9", e)
    for e in ("utf-8", "ascii"):
        for h in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                  "namereplace", "bogus"):
            case("decode", b, e, h)


# ---- sweeps over every assigned code point
def assigned(c):
    return unicodedata.category(chr(c)) != "Cn"


def sweeps():
    yield {"unassigned": ranges([c for c in ALL if not assigned(c)])}
    cps = [c for c in ALL if assigned(c)]
    for m in ("upper", "lower", "casefold", "swapcase", "title", "capitalize"):
        diff = [[c, getattr(chr(c), m)()] for c in cps if getattr(chr(c), m)() != chr(c)]
        yield {"sweep": m, "diff": diff}
    for m in ("isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
              "islower", "istitle", "isidentifier", "isprintable"):
        yield {"sweep": m, "ranges": ranges([c for c in cps if getattr(chr(c), m)()])}
    # Properties seen through behaviour: which characters are cased (title() lowers what
    # follows), case-ignorable (skipped by the final-sigma rule) and line breaks.
    yield {"sweep": "cased", "ranges": ranges([c for c in cps if (chr(c) + "a").title().endswith("a")])}
    ign = []
    for c in cps:
        probe = chr(c) + "Σ" if (chr(c) + "a").title().endswith("a") else "A" + chr(c) + "Σ"
        # A cased character before Σ makes it final unless it is itself skipped.
        final = probe.lower().endswith("ς")
        if final != (probe[0] == chr(c)):
            ign.append(c)
    yield {"sweep": "case_ignorable", "ranges": ranges(ign)}
    yield {"sweep": "linebreak", "ranges": ranges([c for c in cps if len(("a" + chr(c) + "a").splitlines()) == 2])}


def main():
    if sys.argv[1:] == ["--tables"]:
        tables()
        return
    for line in LINES:
        print(json.dumps(line, ensure_ascii=False))
    for line in sweeps():
        print(json.dumps(line, ensure_ascii=False, separators=(",", ":")))


main()

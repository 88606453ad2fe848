#!/usr/bin/env python3
"""Generate the SyntaxError expectation tables used by krait's table tests.

Run with CPython 3.11 from anywhere:

    python3 tests/data/gen_syntax_errors.py

It compiles every snippet below with ``compile(src, "<test>", "exec")`` and
records CPython's own error data, so nothing in the output is typed by hand:

* ``syntax_errors.jsonl`` -- errors raised by the parser/tokenizer
  (``ast.parse(src)`` fails too);
* ``scope_errors.jsonl``  -- errors raised later by the symbol table or
  compiler (``ast.parse(src)`` succeeds, ``compile`` fails).

Each output line is one JSON object:
    {"src", "type", "msg", "lineno", "offset", "end_lineno", "end_offset"}

The script fails loudly (AssertionError) if a snippet compiles, raises
something other than SyntaxError, lands in the wrong list, is duplicated,
or if a required message family is no longer covered.
"""

import ast
import json
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "run this with CPython 3.11, got %s" % sys.version

# The 4300-digit literal case depends on the interpreter's limit: pin it.
sys.set_int_max_str_digits(4300)

HERE = os.path.dirname(os.path.abspath(__file__))

# 101 nested `if` blocks (the tokenizer allows 100 indentation levels).
DEEP_IFS = "".join("    " * i + "if x:\n" for i in range(101)) + "    " * 101 + "pass\n"

# ---------------------------------------------------------------------------
# Parser / tokenizer errors: ast.parse() must fail on these.
# ---------------------------------------------------------------------------
PARSE_ERRORS = [
    # --- indentation -------------------------------------------------------
    " x = 1\n",
    "x = 1\n    y = 2\n",
    "def f():\n    x = 1\n        y = 2\n",
    "x = 1\n  # comment\n  y = 2\n",
    "if x:\npass\n",
    "for i in range(3):\nprint(i)\n",
    "while x:\npass\n",
    "def f():\nreturn\n",
    "class A:\n    def f(self):\n    pass\n",
    "class C:\npass\n",
    "try:\nx = 1\nexcept E:\n    pass\n",
    "with open(f) as g:\nd = g.read()\n",
    "if x:\n    pass\nelse:\npass\n",
    "if x:\n    pass\nelif y:\npass\n",
    "try:\n    x()\nexcept ValueError:\nprint(1)\n",
    "try:\n    x()\nfinally:\npass\n",
    "for x in y:\n    pass\nelse:\npass\n",
    "if x:\n",
    "def f():",
    "if x:\n    pass\nelse:\n    if y:\n    pass\n",
    "if True:\n    x = 1\n  else:\n    x = 2\n",
    "def f():\n    x = 1\n   return x\n",
    "def f():\n  if x:\n      y\n    z\n",
    "if x:\n\tif y:\n        pass\n",
    "def f(x):\n\treturn x\n        pass\n",
    "if x:\n\ty = 1\n        y = 2\n",
    DEEP_IFS,

    # --- assignment / deletion targets ---------------------------------------
    "1 = x",
    "'s' = x",
    "f() = 1",
    "obj.method() = 5",
    "x = 1 = 2",
    "[a, b] = [c, 1] = d",
    "(a, 1) = 2",
    "for 1 in x: pass",
    "a = b = c() = 1",
    "[a, f()] = 1",
    "for f() in x: pass",
    "with a as f(): pass",
    "del 1",
    "del (a, 1)",
    "del f()",
    "del a.b()",
    "del a + b",
    "del None",
    "del *a",
    "a + 1 = 2",
    "-a = 1",
    "not a = 1",
    "a and b = 1",
    "a < b = 1",
    "f(x) == 1 = 2",
    "1 if x else 2 = 3",
    "(x if y else z) = 1",
    "lambda: x = 1",
    "True = 1",
    "True, False = a",
    "None = x",
    "for True in x: pass",
    "f(None=1)",
    "x = yield = 1",
    "[x for x in y] = 1",
    "{a: b} = 1",
    "(x for x in y) = 1",
    "... = 1",
    "f'{a}' = 1",
    "(a, b) += 1",
    "x, y += 1",
    "[a, b] += 1",
    "f() += 1",
    "1 += 1",
    "a + b += 1",
    "None += 1",
    "a < b += 1",
    "x if y else z += 1",
    "lambda: x += 1",
    "(x for x in y) += 1",
    "(a, b): int = 1",
    "[a]: int",
    "1: int",
    "f(): int = 1",
    "a + b: int",
    "x[0] := 1",
    "(x[0] := 1)",
    "(x.y := 1)",
    "(a, b) := 1",
    "x = (*a)",
    "{1: *a}",
    "(**a)",

    # --- calls and definitions ------------------------------------------------
    "f(a=1, b)",
    "f(x, a=1, y)",
    "f(**k, b)",
    "f(**k, *a)",
    "def f(a=1, b): pass",
    "lambda x=1, y: x",
    "def f(*, **k): pass",
    "def f(*): pass",
    "lambda *: 1",
    "f(a.b=1)",
    "f(x[0]=1)",
    "f(1=2)",
    "f(x for x in y, 1)",
    "f(a, b for b in c)",
    "if x = 1: pass",
    "while x = 1: pass",
    "if (x = 1): pass",
    "[x = 1]",
    "x = 1 if y else 2 = 3",
    "def f(a, b=): pass",
    "def f((a, b)): pass",
    "def f(**k, a): pass",
    "def f(*a, *b): pass",
    "def f(a, /, b, /): pass",
    "def f(a, *, /): pass",
    "def f(/, a): pass",
    "def f(*args=1): pass",
    "def f(**kw=1): pass",
    "def f(a b): pass",
    "def f:\n    pass\n",
    "print \"hi\"",
    "print x",
    "print 1, 2",
    "exec 'code'",

    # --- brackets --------------------------------------------------------------
    "x = (1",
    "foo(1, 2\n",
    "def f(",
    "x = [1, 2, 3",
    "d = {'a': 1,\n     'b': 2\n",
    "x = (1, 2]",
    "x = {1, 2)",
    "foo(1, [2, 3)\n",
    "x = [1,\n2)",
    "x = (\n1,\n2]\n",
    "foo(1, 2))",
    "x = ]",
    "}",
    "x = " + "(" * 201 + "1" + ")" * 201,

    # --- tokens and literals ---------------------------------------------------
    "'abc",
    "x = 'hello\nworld'\n",
    "x = r'\\'",
    "x = 'a' \\\n'b",
    '"""abc',
    "x = '''\nhello\n",
    'x = """abc\n\ndef\n',
    "1_000_",
    "x = 1__000",
    "12abc",
    "1e",
    "0x",
    "0xg",
    "0b2",
    "0b",
    "0o",
    "0o8",
    "0o79",
    "012",
    "x = 08",
    "1j2",
    "x = 0L",
    "x = 1€",
    "price = 10 £",
    "x = 1\xa0+ 2",
    "x = 1 \\ 2",
    "A.b\\ ",
    "x = 1 + \\",
    "y = 6\\",
    "b\"caf\u00e9\"",
    "b'a' 'b'",
    "s = 'a' b'b'",
    "s = '\\N{LATIN SMALL LETTER FOO}'",
    "s = '\\N{}'",
    "s = '\\x1'",
    "s = '\\u12'",
    "s = '\\U1234'",
    "s = '\\U0011ffff'",
    "b = b'\\x'",
    "x = " + "1" * 4301,

    # --- f-strings -------------------------------------------------------------
    "f\"{a\"",
    "f'{a!r'",
    "f'{a:{b}'",
    "f'{}'",
    "f'{ }'",
    "f'{a:{}}'",
    "f'}'",
    "f'{a}}'",
    "f'{a!x}'",
    "f'{a!}'",
    "f'{)}'",
    "f'{a]}'",
    "f'{a(}'",
    "f'{\\'a\\'}'",
    "f'{a #}'",
    "f'{!r}'",
    "f'{=}'",
    "f'{a b}'",
    "f'{1 +}'",
    "f'{*a}'",
    "f'{\"a}'",
    "f'{a:{b:{c}}}'",

    # --- generic -----------------------------------------------------------------
    "x = ",
    "1 +",
    "class",
    "x = a b",
    "x = 3.14.15",
    "x = a && b",
    "x = 1 <> 2",
    "x.True = 1",
    "pass = 1",
    "global x = 1",
    "raise E, 'msg'",
    "if x",
    "if x\n    pass\n",
    "def f()\n    pass\n",
    "class A(B)\n    pass",
    "for x in range(10)\n    print(x)",
    "while x\n    pass\n",
    "try\n    pass\nexcept:\n    pass\n",
    "with open(f) as g\n    pass",
    "if x:\n    pass\nelif y\n    pass\n",
    "if x:\n    pass\nelse\n    pass\n",
    "if x:\n    pass\nelse if y:\n    pass\n",
    "try:\n    pass\nexcept ValueError\n    pass\n",
    "else:\n    pass\n",
    "elif x:\n    pass\n",
    "if x:\n    pass\n    else:\n    pass\n",
    "f(a b)",
    "x = [1, 2 3]",
    "x = {'a': 1 'b': 2}",
    "print('a' 'b' c)",
    "try:\n    x = 1\n",
    "try:\n    x = 1\ny = 2\n",
    "try:\n    pass\nexcept E, F:\n    pass\n",
    "import a from b",
    "from a import b,",
    "from a import b as c,",
    "from a import",
    "import a.",
    "x = 1 if y",
    "x = [i if i % 2 for i in y]",
    "x = {1: 2, 3}",
    "x = {1: }",
    "[x, y for x in z]",
    "{x, y for x in z}",
    "{**a for a in b}",
    "[*a for a in b]",
    "[x for x in]",
    "[x for x y]",
    "for x y:\n    pass\n",
    "lambda (x): x",
]

# ---------------------------------------------------------------------------
# Symbol-table / compiler errors: ast.parse() succeeds, compile() fails.
# ---------------------------------------------------------------------------
SCOPE_ERRORS = [
    # return / yield outside a function
    "return 1",
    "x = 1\nreturn x\n",
    "class C:\n    return 1\n",
    "class C:\n    def f(self):\n        pass\n    return\n",
    "yield 1",
    "x = yield",
    "class C:\n    yield 1\n",
    "f'{yield}'",
    # break / continue outside a loop
    "break",
    "if x:\n    break\n",
    "for x in y:\n    def f():\n        break\n",
    "while x:\n    class C:\n        break\n",
    "for x in y:\n    pass\nelse:\n    break\n",
    "continue",
    "def f():\n    continue\n",
    "while True:\n    def f():\n        continue\n",
    "while x:\n    pass\nelse:\n    continue\n",
    # global / nonlocal
    "nonlocal x",
    "x = 1\nnonlocal y\n",
    "def f():\n    nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    def g():\n        nonlocal y\n",
    "def f():\n    global x\n    def g():\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f(x):\n    nonlocal x\n",
    "def f(x):\n    def g(x):\n        nonlocal x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "x = 1\nglobal x\n",
    "class C:\n    x = 1\n    global x\n",
    "def f():\n    for x in y:\n        pass\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "print(x)\nglobal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    # arguments
    "def f(x, x): pass",
    "def f(a, *, a): pass",
    "lambda a, a: 1",
    "f(x=1, x=2)",
    "dict(x=1, **y, x=2)",
    # starred targets / expressions
    "*a = b",
    "for *x in y: pass",
    "a, *b, *c = d",
    "x = *a",
    # __debug__
    "__debug__ = 1",
    "def f(__debug__): pass",
    "del __debug__",
    # assignment expressions in comprehensions
    "[x for x in (y := [1, 2])]",
    "def f():\n    return [x for x in (y := [1])]\n",
    "[(i := 0) for i in y]",
    # Found by the structured fuzzer: the error inside a comprehension inside a loop left the
    # loop counter behind (an integer underflow in debug builds).
    "while {}:\n    print({((a := 0)): (0) for a in (0)})",
    "for q in y:\n    f(lambda: [(i := 0) for i in y])\n    break",
    "[x for x in y if (x := 1)]",
    "class C:\n    [(y := 1) for x in z]\n",
    # yield inside comprehensions
    "def f():\n    return [(yield x) for x in y]\n",
    "def f():\n    return {(yield): 1 for x in y}\n",
    # misc
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
]

# Message families that must stay covered (substring match on e.msg).
REQUIRED_PARSE = [
    "unexpected indent",
    "expected an indented block after 'if' statement on line",
    "expected an indented block after 'for' statement on line",
    "expected an indented block after 'while' statement on line",
    "expected an indented block after function definition on line",
    "expected an indented block after class definition on line",
    "expected an indented block after 'try' statement on line",
    "expected an indented block after 'with' statement on line",
    "expected an indented block after 'else' statement on line",
    "expected an indented block after 'elif' statement on line",
    "expected an indented block after 'except' statement on line",
    "expected an indented block after 'finally' statement on line",
    "unindent does not match any outer indentation level",
    "inconsistent use of tabs and spaces in indentation",
    "too many levels of indentation",
    "cannot assign to literal here. Maybe you meant '==' instead of '='?",
    "cannot assign to literal",
    "cannot assign to function call here. Maybe you meant '==' instead of '='?",
    "cannot assign to function call",
    "cannot delete literal",
    "cannot delete function call",
    "cannot assign to expression",
    "cannot assign to comparison",
    "cannot assign to conditional expression",
    "cannot assign to lambda",
    "cannot assign to True",
    "cannot assign to None",
    "'tuple' is an illegal expression for augmented assignment",
    "illegal target for annotation",
    "cannot use assignment expressions with subscript",
    "cannot use starred expression here",
    "positional argument follows keyword argument",
    "positional argument follows keyword argument unpacking",
    "iterable argument unpacking follows keyword argument unpacking",
    "non-default argument follows default argument",
    "named arguments must follow bare *",
    "expression cannot contain assignment, perhaps you meant \"==\"?",
    "Generator expression must be parenthesized",
    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    "'(' was never closed",
    "'[' was never closed",
    "'{' was never closed",
    "closing parenthesis ']' does not match opening parenthesis '('",
    "closing parenthesis ')' does not match opening parenthesis '[' on line 1",
    "unmatched ')'",
    "too many nested parentheses",
    "unterminated string literal (detected at line",
    "unterminated triple-quoted string literal (detected at line",
    "invalid decimal literal",
    "invalid hexadecimal literal",
    "invalid digit '8' in octal literal",
    "leading zeros in decimal integer literals are not permitted",
    "invalid character '€' (U+20AC)",
    "invalid non-printable character U+00A0",
    "unexpected character after line continuation character",
    "unexpected EOF while parsing",
    "bytes can only contain ASCII literal characters",
    "cannot mix bytes and nonbytes literals",
    "(unicode error)",
    "Exceeds the limit (4300 digits)",
    "f-string: expecting '}'",
    "f-string: empty expression not allowed",
    "f-string: single '}' is not allowed",
    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
    "f-string: unmatched ')'",
    "f-string expression part cannot include a backslash",
    "expected ':'",
    "invalid syntax",
    "invalid syntax. Perhaps you forgot a comma?",
    "expected 'except' or 'finally' block",
    "trailing comma not allowed without surrounding parentheses",
    "expected '('",
    "dict unpacking cannot be used in dict comprehension",
    "iterable unpacking cannot be used in comprehension",
    "did you forget parentheses around the comprehension target?",
    "Missing parentheses in call to 'print'. Did you mean print(...)?",
]
REQUIRED_SCOPE = [
    "'return' outside function",
    "'yield' outside function",
    "'break' outside loop",
    "'continue' not properly in loop",
    "nonlocal declaration not allowed at module level",
    "no binding for nonlocal 'x' found",
    "name 'x' is assigned to before nonlocal declaration",
    "name 'x' is assigned to before global declaration",
    "name 'x' is used prior to nonlocal declaration",
    "name 'x' is used prior to global declaration",
    "name 'x' is parameter and nonlocal",
    "name 'x' is parameter and global",
    "duplicate argument 'x' in function definition",
    "keyword argument repeated: x",
    "starred assignment target must be in a list or tuple",
    "assignment expression cannot be used in a comprehension iterable expression",
    "cannot assign to __debug__",
]


def record(src):
    """Compile src and return CPython's SyntaxError data as a dict."""
    try:
        with warnings.catch_warnings():
            # SyntaxWarnings (e.g. "invalid decimal literal" before a keyword)
            # must neither print nor turn into errors.
            warnings.simplefilter("ignore")
            compile(src, "<test>", "exec")
    except SyntaxError as e:  # includes IndentationError and TabError
        return {
            "src": src,
            "type": type(e).__name__,
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
        }
    raise AssertionError("snippet compiled without error: %r" % (src,))


def parses(src):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(src)
    except SyntaxError:
        return False
    return True


def build(snippets, want_parse_ok, required, out_name):
    assert len(set(snippets)) == len(snippets), "duplicate snippets in " + out_name
    rows = []
    for src in snippets:
        row = record(src)
        assert row["type"] in ("SyntaxError", "IndentationError", "TabError"), row
        assert parses(src) == want_parse_ok, (
            "%r belongs in the other list (ast.parse %s)"
            % (src, "succeeds" if not want_parse_ok else "fails"))
        rows.append(row)
    msgs = [r["msg"] for r in rows]
    missing = [m for m in required if not any(m in got for got in msgs)]
    assert not missing, "message families not covered in %s: %r" % (out_name, missing)
    path = os.path.join(HERE, out_name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=True) + "\n")
    return rows, path


def main():
    for snippets, ok, req, name in (
        (PARSE_ERRORS, False, REQUIRED_PARSE, "syntax_errors.jsonl"),
        (SCOPE_ERRORS, True, REQUIRED_SCOPE, "scope_errors.jsonl"),
    ):
        rows, path = build(snippets, ok, req, name)
        kinds = {}
        for r in rows:
            kinds[r["type"]] = kinds.get(r["type"], 0) + 1
        print("%s: %d cases, %d distinct messages, %s"
              % (path, len(rows), len({r["msg"] for r in rows}), kinds))


if __name__ == "__main__":
    main()

"""Generates num_cases.jsonl: int and float operations with CPython 3.11's results.

Run with python3 (3.11) from this directory: `python3 num_cases.py > num_cases.jsonl`.
Each line: {"op": name, "args": [...], "ok": repr} or {..., "err": [class, message]}.
Arguments are tagged strings: "i:<hex int>", "f:<float repr>", "s:<text>". tests/rt_num.rs
maps each op to the krait function that implements it.

The one deliberate divergence: a negative float to a non-integer power is a complex number in
CPython; krait has no complex type and raises ValueError (recorded here as such).
"""

import json
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

INF = float("inf")
NAN = float("nan")
NO_COMPLEX = ["ValueError", "complex numbers are not supported by krait"]

OPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "floordiv": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "divmod": divmod,
    "truediv": lambda a, b: a / b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b,
    "lshift": lambda a, b: a << b,
    "rshift": lambda a, b: a >> b,
    "pow": pow,
    "pow3": pow,
    "cmp": lambda a, b: (a < b, a == b, a > b),
    "neg": lambda a: -a,
    "pos": lambda a: +a,
    "abs": abs,
    "invert": lambda a: ~a,
    "bit_length": lambda a: a.bit_length(),
    "bit_count": lambda a: a.bit_count(),
    "to_float": float,
    "hash_int": hash,
    "str": str,
    "bin": bin,
    "oct": oct,
    "hex": hex,
    "round_int": round,
    "cmp_if": lambda a, x: (a < x, a == x, a > x),
    "ffloordiv": lambda a, b: a // b,
    "fmod": lambda a, b: a % b,
    "fdivmod": divmod,
    "ftruediv": lambda a, b: a / b,
    "fpow": lambda a, b: a**b,
    "from_float": int,
    "fround": round,
    "fround_n": round,
    "is_integer": lambda x: x.is_integer(),
    "as_integer_ratio": lambda x: x.as_integer_ratio(),
    "hash_float": hash,
    "parse_int": int,
    "parse_float": float,
}


def enc(v):
    if isinstance(v, bool):
        raise TypeError("no bools as operands")
    if isinstance(v, int):
        return "i:" + hex(v)
    if isinstance(v, float):
        return "f:" + repr(v)
    return "s:" + v


def render(v):
    if isinstance(v, tuple):
        return "(" + ", ".join(render(x) for x in v) + ")"
    if isinstance(v, int) and not isinstance(v, bool):
        sys.set_int_max_str_digits(0)
        try:
            return str(v)
        finally:
            sys.set_int_max_str_digits(4300)
    return repr(v)


CASES = []


def case(op, *args):
    rec = {"op": op, "args": [enc(a) for a in args]}
    try:
        result = OPS[op](*args)
    except Exception as e:  # noqa: BLE001 - every exception is an expectation
        rec["err"] = [type(e).__name__, str(e)]
    else:
        rec["err" if isinstance(result, complex) else "ok"] = (
            NO_COMPLEX if isinstance(result, complex) else render(result)
        )
    CASES.append(rec)


# --- ints -------------------------------------------------------------------------------------

I64_MAX, I64_MIN = 2**63 - 1, -(2**63)
INTS = [0, 1, -1, 7, -7, 3, I64_MAX, I64_MIN, 2**64 + 3, -(10**20) - 1, 3**70, 2**53 + 1]

for a in INTS:
    for b in INTS:
        for op in ["add", "sub", "mul", "floordiv", "mod", "divmod", "truediv", "and", "or", "xor", "cmp"]:
            case(op, a, b)

for a in INTS + [2**1000, -(2**1000) + 1]:
    for op in ["neg", "pos", "abs", "invert", "bit_length", "bit_count", "to_float", "hash_int", "str", "bin", "oct", "hex"]:
        case(op, a)
# the 4,300-digit limit of str(); other radixes have none
for a in [10**4300 - 1, -(10**4300 - 1), 10**4300, -(10**4300), 2**14285, 2**14300]:
    for op in ["str", "bit_length", "hash_int", "to_float"]:
        case(op, a)
case("hex", -(10**4300))

# i64 boundaries crossing into bigints and back
for a, b in [(I64_MAX, 1), (I64_MIN, -1), (I64_MIN, 1), (2**63, -1), (-(2**63) - 1, 1), (I64_MAX, I64_MAX)]:
    for op in ["add", "sub", "mul", "floordiv", "mod", "divmod"]:
        case(op, a, b)
case("neg", I64_MIN)
case("neg", 2**63)
case("abs", I64_MIN)
case("floordiv", I64_MIN, -1)
case("mod", I64_MIN, -1)
case("divmod", I64_MIN, -1)
case("mul", 2**32, 2**31)
case("mul", -(2**32), 2**31)
case("mul", 2**32, 2**32)

# shifts
for a in [0, 1, -1, 5, -5, I64_MAX, I64_MIN, 2**100 + 12345, -(2**100) - 1]:
    for n in [0, 1, 3, 62, 63, 64, 65, 100, 200, -1, 2**70]:
        case("lshift", a, n)
        case("rshift", a, n)
case("lshift", 1, 2**62)
case("lshift", 0, -1)

# true division: rounding, huge operands, overflow, underflow, signed zeros
for a, b in [(1, 3), (2**53 + 1, 1), (2**54 + 1, 2), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1),
             (2**2000, 2**1000), (2**1100, 3), (1, 2**1100), (-1, 2**2000), (0, -5), (0, -(2**100)),
             (10**400, 10**399), (-(10**400), 7 * 10**399), (2**1074 + 1, 2**2148), (1, 2**1074),
             (1, 2**1075), (3, 2**1076), (1, -(2**1075) + 1), (2**63 + 1, 2**63), (10**30, 7),
             (2**1023 * 3, 2), (5, 0), (2**70, 0), (I64_MIN, 3), (-(2**60) - 1, 2**55 + 3)]:
    case("truediv", a, b)

# powers
for a in [0, 1, -1, 2, -2, 3, 10, -7, I64_MAX, 3**70]:
    for b in [0, 1, 2, 3, 5, 62, 63, 64, 100, -1, -2, -3]:
        case("pow", a, b)
for a, b in [(2, 1023), (2, 1024), (10, 308), (10, -308), (10, -400), (2, -1074), (2, -1075), (2**1100, -1),
             (0, -1), (0, 0), (-1, 2**100), (-1, 2**100 + 1), (1, -(2**100)), (-2, -(2**100)), (2, 10**4),
             (-3, 4097), (7, 1000)]:
    case("pow", a, b)
for a, b, m in [(2, 10, 1000), (2, 10**100, 10**9 + 7), (3, -1, 7), (3, -2, -7), (2, 3, -5), (-2, 3, 5),
                (2, -1, -7), (0, -1, 5), (2, -1, 4), (2, -1, 0), (2, 3, 0), (0, -1, 1), (0, -1, -1),
                (5, 0, 1), (5, 0, -1), (0, 0, 7), (I64_MAX, I64_MAX, I64_MAX - 24), (I64_MIN, 3, I64_MIN),
                (I64_MIN, 3, -(I64_MIN + 1)), (2**100 + 1, 2**100, 10**30 + 57), (-(2**100), -1, 2**89 - 1),
                (12345, -(2**70), 2**61 - 1), (6, -1, 9), (7, 2**64, -(2**64) - 13), (-7, 3, -(2**64) - 13)]:
    case("pow3", a, b, m)

# round(int, ndigits)
for a in [0, 5, 15, 25, -25, -35, 50, 150, 12345, -12345, I64_MAX, I64_MIN, 10**30 + 5 * 10**19,
          -(10**30) - 5 * 10**19, 3**70, 5 * 10**40]:
    for n in [2, 0, -1, -2, -3, -19, -20, -21, -40, -41, -100]:
        case("round_int", a, n)

# int vs float comparisons, exact at any size
for a in [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, I64_MAX, I64_MIN, 2**63, 2**1000, 2**1000 + 1, -(2**1100), 10**400]:
    for x in [0.0, -0.0, 0.5, 1.0, -1.0, 9007199254740992.0, 9007199254740994.0, 9.223372036854776e18,
              -9.223372036854776e18, 2.0**1000, 1.7976931348623157e308, INF, -INF, NAN, -0.5, 1e-300]:
        case("cmp_if", a, x)

# hashes of ints
for a in [-1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**62, 2**122 - 1, 2**1000, -(2**1000),
          12345678901234567890123, -(10**50)]:
    case("hash_int", a)

# --- int() parsing ----------------------------------------------------------------------------

for s, base in [("0", 10), ("-0", 10), ("  42  ", 10), ("\t+7\n", 10), ("-1_000_000", 10), ("1__0", 10),
                ("_1", 10), ("1_", 10), ("+ 1", 10), ("- 1", 10), ("", 10), (" ", 10), ("1.5", 10), ("1e5", 10),
                ("12a", 10), ("0x1f", 16), ("0X1F", 16), ("0x_1f", 16), ("0x__1f", 16), ("0x_", 16), ("0x", 16),
                ("1f", 16), ("0x1f", 0), ("0o17", 0), ("0O17", 8), ("0o17", 10), ("0b101", 0), ("0b101", 2),
                ("0b101", 16), ("0b", 2), ("0b", 0), ("010", 0), ("00", 0), ("0_0", 0), ("0_7", 0), ("07", 10),
                ("0x", 0), ("12a", 0), ("-0x10", 0), ("z", 36), ("Z", 36), ("10", 36), ("10", 2), ("2", 2), ("8", 8),
                ("1", 37), ("1", 1), ("1", -1), ("1", 2**70), ("9223372036854775807", 10),
                ("9223372036854775808", 10), ("-9223372036854775808", 10), ("-9223372036854775809", 10),
                ("123456789012345678901234567890", 10), ("zzzzzzzzzzzzzzzz", 36), ("١٢٣", 10), ("１２", 10),
                ("\u2000 12\u3000", 10), ("\x1c1", 10), ("1\x00", 10), ("12é", 10), ("x" * 300, 10),
                ("é" * 250, 10), ("ab'\"" * 60, 16), ("9" * 4300, 10), ("9" * 4301, 10), ("0" * 5000, 10),
                ("0" * 5000, 0), ("9" * 5000 + "x", 10), ("9" * 5000 + "__", 10), ("1" * 5000, 36),
                ("1" * 5000, 16), ("1" * 4301, 0), ("-" + "7" * 4301, 3), ("1" * 4301, 32), ("0x" + "f" * 4400, 0),
                ("1_2_3", 0), ("1__2", 0), ("0_", 0), ("0b_1", 0), ("0b1_", 0), ("  -0o_7_7  ", 0), ("٣", 0)]:
    case("parse_int", s, base)

# --- floats -----------------------------------------------------------------------------------

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 7.5, -7.5, 1e16, 0.1, 1e308, 5e-324, INF, -INF, NAN]
for a in FLOATS:
    for b in FLOATS:
        for op in ["ffloordiv", "fmod", "fdivmod", "ftruediv", "fpow"]:
            case(op, a, b)
for a, b in [(-8.0, 1 / 3), (-8.0, 3.0), (-2.0, 0.5), (-0.0, -1.0), (0.0, -1.5), (-0.0, 3.0), (-0.0, 2.0),
             (10.0, 400.0), (10.0, -400.0), (2.0, 1023.0), (2.0, 1024.0), (-2.0, 1025.0), (1.0000001, 1e10),
             (0.5, -1080.0), (-1.0, INF), (-1.0, 1e300), (-1.5, 1e300), (INF, -3.0), (-INF, -3.0), (-INF, 3.0),
             (-INF, 2.0), (NAN, 0.0), (1.0, NAN), (1e-300, 2.0), (2.0, 0.5), (9.0, 0.5), (1.1, 2.2)]:
    case("fpow", a, b)
for a, b in [(-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (1.0, 0.1), (-1.0, 0.1), (1e308, 1e-308), (0.3, 0.1),
             (-1e-300, 1e300), (5.0, INF), (-5.0, INF), (5.0, -INF), (1e300, 3e-300)]:
    for op in ["ffloordiv", "fmod", "fdivmod"]:
        case(op, a, b)

for x in [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1.9999999999999998, 1e16 + 2,
          4503599627370497.0, 9.223372036854776e18, -9.223372036854776e18, 1e300, -1.7976931348623157e308,
          5e-324, 123.456, -0.7, INF, -INF, NAN]:
    for op in ["from_float", "fround", "is_integer", "as_integer_ratio", "hash_float"]:
        if not (op == "hash_float" and x != x):
            case(op, x)

for x in [2.675, 0.125, 0.375, -0.125, 2.5, 1.5, -0.4, 0.5, 1234.5678, 1e300, 1.7976931348623157e308,
          5e-324, 1e-320, 0.1, -123456789.987654321, 1e22, 9.5, INF, NAN]:
    for n in [0, 1, 2, 3, -1, -2, -300, -308, -309, 300, 323, 324, 2**70, -(2**70)]:
        case("fround_n", x, n)

for s in ["1.5", "  -2.5e3  ", "1_0.5", "1_.5", "1._5", "1e_5", "1e1_0", "_1", "1_", "1__0", "inF", "-Infinity",
          "+nan", "-nan", "NaN", "nan(1)", "infinit", "infinityy", "1e", ".", ".5", "5.", "-.5e-3", "0x10", " 1e400 ",
          "-1e-400", "1\x00", "", " ", "١.٥", "١_٥", "\u20001.0\u3000", "\x1c1", "1e99999999999999999999",
          "0e99999999999999999999", "1" * 400, "0." + "0" * 400 + "1", "2.2250738585072011e-308",
          "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623158e308",
          "1.7976931348623159e308", "9007199254740993", "+-1", "1e+5", "1E-5", "12é", "x" * 300, "ab'\"" * 3]:
    case("parse_float", s)

for x in [1.0, -1.0, 0.5, 1.5, 1e100, -1e-100, 2.0**61, 2.0**62, 2.0**1000, -(2.0**1000), 1.7976931348623157e308,
          5e-324, 123.456, INF, -INF, 0.0, -0.0]:
    case("hash_float", x)

for rec in CASES:
    print(json.dumps(rec, ensure_ascii=False))

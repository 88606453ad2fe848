"""Generates math_cases.jsonl: the functions of the math module with CPython 3.11's results.

Run with python3 (3.11) from this directory: `python3 math_cases.py > math_cases.jsonl`.
Each line: {"fn": name, "args": [...], "ok": repr} or {..., "err": [class, message]}.
Arguments are tagged strings, "i:<hex int>" or "f:<float repr>", or lists of them (hypot,
dist, fsum, gcd, lcm). An int passed to a float function is converted by the test as the VM
does (`int_to_f64`). tests/rt_math.rs maps each name to the krait function.

The values are the platform libm's where CPython calls it (glibc on Linux). Random arguments
come from a fixed seed; MATH_CASES_RANDOM=n sets how many per function (default 8): a large n
makes a sweep for divergences, not meant to be committed.
"""

import json
import math
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

INF = float("inf")
NAN = float("nan")
RANDOM = int(os.environ.get("MATH_CASES_RANDOM", "8"))
rng = random.Random(311)


def enc(v):
    if isinstance(v, bool):
        raise TypeError("no bools as arguments")
    if isinstance(v, int):
        return "i:" + hex(v)
    if isinstance(v, float):
        return "f:" + repr(v)
    return [enc(x) for x in v]


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


def call(name, args):
    if name in ("pi", "e", "tau", "inf", "nan"):
        return getattr(math, name)
    if name in ("hypot", "gcd", "lcm"):
        return getattr(math, name)(*args[0])
    if name == "isclose":
        a, b, rel_tol, abs_tol = args
        return math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)
    return getattr(math, name)(*args)


def case(name, *args):
    rec = {"fn": name, "args": [enc(a) for a in args]}
    try:
        result = call(name, args)
    except Exception as e:  # noqa: BLE001 - every exception is an expectation
        rec["err"] = [type(e).__name__, str(e)]
    else:
        rec["ok"] = render(result)
    CASES.append(rec)


def log_uniform(lo_exp, hi_exp, signed=False):
    x = 10.0 ** rng.uniform(lo_exp, hi_exp)
    return -x if signed and rng.random() < 0.5 else x


# --- one-argument float functions -------------------------------------------------------------

SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 0.1, -0.1, 0.7, 1.5, -2.5, 10.0,
           100.0, -100.0, 1e-8, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 1e16, -1e16, 1e300,
           -1e300, 1.7976931348623157e308, -1.7976931348623157e308, 709.78, 710.0, -745.2, -746.0,
           20.0, 0.84375, 1.25, -1.25, 2.857142857142857, 6.0, 28.0, -6.0, 2.0**-28, 2.0**28, 3.5,
           171.5, 172.0, -170.5, -200.5, 1e-20, -1e-21, 0.25, 1 - 2.0**-53, 1 + 2.0**-52, 1e22,
           2.0**52 + 0.5, INF, -INF, NAN]

# (function, random argument generator): the generator covers the interesting domain.
UNARY = {
    "ceil": lambda: log_uniform(-5, 25, True),
    "floor": lambda: log_uniform(-5, 25, True),
    "trunc": lambda: log_uniform(-5, 25, True),
    "fabs": lambda: log_uniform(-300, 300, True),
    "sqrt": lambda: log_uniform(-300, 300),
    "cbrt": lambda: log_uniform(-300, 300, True),
    "exp": lambda: rng.uniform(-750, 710),
    "exp2": lambda: rng.uniform(-1080, 1024),
    "expm1": lambda: rng.uniform(-40, 710) if rng.random() < 0.7 else log_uniform(-20, 0, True),
    "log1p": lambda: rng.uniform(-1, 1) if rng.random() < 0.5 else log_uniform(-20, 300),
    "sin": lambda: log_uniform(-10, 22, True),
    "cos": lambda: log_uniform(-10, 22, True),
    "tan": lambda: log_uniform(-10, 22, True),
    "asin": lambda: rng.uniform(-1, 1),
    "acos": lambda: rng.uniform(-1, 1),
    "atan": lambda: log_uniform(-10, 20, True),
    "sinh": lambda: rng.uniform(-712, 712),
    "cosh": lambda: rng.uniform(-712, 712),
    "tanh": lambda: rng.uniform(-25, 25),
    "asinh": lambda: log_uniform(-10, 300, True),
    "acosh": lambda: 1 + log_uniform(-10, 300),
    "atanh": lambda: rng.uniform(-1, 1),
    "degrees": lambda: log_uniform(-10, 300, True),
    "radians": lambda: log_uniform(-10, 300, True),
    "erf": lambda: rng.uniform(-7, 7),
    "erfc": lambda: rng.uniform(-7, 28),
    "gamma": lambda: rng.uniform(-180, 180) if rng.random() < 0.7 else log_uniform(-25, 0, True),
    "lgamma": lambda: rng.uniform(-200, 200) if rng.random() < 0.7 else log_uniform(-25, 300, True),
    "frexp": lambda: log_uniform(-320, 308, True),
    "modf": lambda: log_uniform(-5, 20, True),
    "isfinite": lambda: 1.0,
    "isinf": lambda: 1.0,
    "isnan": lambda: 1.0,
    "ulp": lambda: log_uniform(-320, 308, True),
    "log": lambda: log_uniform(-320, 308),
    "log2": lambda: log_uniform(-320, 308),
    "log10": lambda: log_uniform(-320, 308),
}

for name, gen in UNARY.items():
    for x in SPECIAL:
        case(name, x)
    for _ in range(RANDOM if name not in ("isfinite", "isinf", "isnan") else 0):
        case(name, gen())

# Ints where a float is expected go through int -> float conversion (and its OverflowError).
for name in ["sqrt", "exp", "sin", "fabs", "gamma", "erf", "atanh", "frexp", "isnan", "cbrt"]:
    for n in [0, 3, -7, 2**53 + 1, 10**308, 2**1024 - 2**970, 2**1024 - 2**969, 10**400]:
        case(name, n)

# Logarithms of ints: huge ones use the bit length, non-positive ones are a domain error.
LOG_INTS = [1, 2, 10, 1000, -1, 0, 2**53 + 1, 10**308, 2**1023, 2**1024 - 2**970, 2**1024 - 2**969,
            2**1024, 2**10000, 10**500, 3**1000, 7**2000 + 1, -(2**2000), 2**100000 - 1]
for name in ["log", "log2", "log10"]:
    for n in LOG_INTS:
        case(name, n)
for x, base in [(8.0, 2.0), (100, 10), (2**10000, 2**5000), (10**500, 10), (2.0, 1.0), (2, 1), (1, 1),
                (2.0, 0.5), (0.0, 2.0), (2.0, 0.0), (2.0, -1.0), (INF, 2.0), (2.0, INF), (NAN, 2.0),
                (1e-300, 1e300), (3**1000, 2.0), (2.0, 3**1000), (1.0, 2.0), (5, 5)]:
    case("log", x, base)

# --- two-argument float functions -------------------------------------------------------------

PAIR_SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.0, 3.0, -3.5, 1e300, -1e-300, 5e-324, 1e16 + 2,
                INF, -INF, NAN]
BINARY = {
    "copysign": lambda: (log_uniform(-300, 300, True), log_uniform(-300, 300, True)),
    "fmod": lambda: (log_uniform(-20, 20, True), log_uniform(-20, 20, True)),
    "remainder": lambda: (log_uniform(-20, 20, True), log_uniform(-20, 20, True)),
    "pow": lambda: (log_uniform(-20, 20, True), rng.uniform(-40, 40)),
    "atan2": lambda: (log_uniform(-20, 20, True), log_uniform(-20, 20, True)),
    "nextafter": lambda: (log_uniform(-320, 308, True), log_uniform(-320, 308, True)),
}
for name, gen in BINARY.items():
    for x in PAIR_SPECIAL:
        for y in PAIR_SPECIAL:
            case(name, x, y)
    for _ in range(RANDOM * 2):
        case(name, *gen())
for x, y in [(2, 10), (2, -1), (-8, 3), (0, -1), (10, 400), (2, 1.5), (-2.0, 0.5), (10**400, 1)]:
    case("pow", x, y)
for x, y in [(6.5, 2.0), (7.5, 2.0), (-6.5, 2.0), (5.0, 2.0), (1e308, 1e-308), (4.5, 1.0), (5.5, 1.0),
             (1e-310, 3e-310), (2.5e-310, 1e-310)]:
    case("remainder", x, y)
    case("fmod", x, y)

for x in [1.0, -1.0, 0.5, 3.0, 1e-300, 5e-324, 1e300, 0.0, -0.0, INF, -INF, NAN, 1.7976931348623157e308]:
    for i in [0, 1, -1, 10, -1074, -1075, -1076, 1023, 1024, 2000, -2000, 2**31, -(2**31) - 1, 2**63,
              -(2**63) - 1, 10**30, -(10**30)]:
        case("ldexp", x, i)
for _ in range(RANDOM * 2):
    case("ldexp", log_uniform(-300, 300, True), rng.randint(-1100, 1100))

# --- isclose ----------------------------------------------------------------------------------

for a, b in [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (0.0, -0.0), (INF, INF),
             (INF, -INF), (INF, 1e308), (NAN, NAN), (1e308, -1e308), (-1.0, -1.0000000001), (1e-300, 0.0)]:
    for rel_tol, abs_tol in [(1e-9, 0.0), (0.0, 0.0), (1e-12, 1e-9), (0.5, 0.0), (-1e-9, 0.0), (1e-9, -1.0),
                             (INF, 0.0), (0.0, INF), (NAN, 0.0)]:
        case("isclose", a, b, rel_tol, abs_tol)

# --- hypot, dist, fsum ------------------------------------------------------------------------

HYPOT_VECS = [[], [3.0], [-3.0], [NAN], [-INF], [3.0, 4.0], [-3.0, 4.0], [1e308, 1e308], [5e-324, 5e-324],
              [1e-310, 3e-310, 2e-311], [INF, NAN], [NAN, INF], [NAN, 1.0], [0.0, -0.0], [1.0, 1e-17, 1e-17],
              [1.0, 2.0, 3.0, 4.0, 5.0], [0.1] * 10, [1e200, 1e-200, 1e200], [3, 4], [2**1024 - 2**969, 1],
              [10**400, 1.0], [1.0] * 20, [2.2250738585072014e-308, 2.2250738585072014e-308]]
for v in HYPOT_VECS:
    case("hypot", v)


def random_vector(n):
    scale = rng.choice([1.0, 1e-300, 1e300, 1e-310, 1.0])
    return [rng.uniform(-1, 1) * scale * 10.0 ** rng.uniform(-3, 3) for _ in range(n)]


for _ in range(RANDOM * 4):
    case("hypot", random_vector(rng.randint(2, 6)))

DIST_PAIRS = [([], []), ([1.0], [4.0]), ([1.0, 2.0], [4.0, 6.0]), ([1.0], [1.0, 2.0]), ([1e308], [-1e308]),
              ([INF, 0.0], [INF, 0.0]), ([NAN], [1.0]), ([0.0, 0.0, 0.0], [1.0, 2.0, 2.0]), ([3, 4], [0, 0])]
for p, q in DIST_PAIRS:
    case("dist", p, q)
for _ in range(RANDOM * 2):
    n = rng.randint(1, 5)
    case("dist", random_vector(n), random_vector(n))

FSUM_LISTS = [[], [0.0], [-0.0], [-0.0, -0.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
              [1e308, 1e308], [1e308, 1e308, -1e308], [INF, -INF], [INF, INF], [-INF, 1.0], [NAN, INF],
              [NAN, 1.0], [INF, 1e308, 1e308], [1.0, 1e-16, 1e16], [1e-16, 1.0, 1e16],
              [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100], [1.7976931348623157e308, -1e292, 9.9e291],
              [1, 2, 3], [10**400], [2**1024 - 2**970, 2**1024 - 2**970, -(2**1024) + 2**970],
              [0.5, 0.25, -0.75], [1e16, 1.0, 1e-16]]
for v in FSUM_LISTS:
    case("fsum", v)
for _ in range(RANDOM * 4):
    n = rng.randint(2, 30)
    v = [rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20) for _ in range(n)]
    v += [-x for x in rng.sample(v, rng.randint(0, n))]  # cancellation
    rng.shuffle(v)
    case("fsum", v)

# --- integer functions ------------------------------------------------------------------------

for n in list(range(0, 26)) + [30, 67, 100, 170, 171, 1000, -1, -(2**63), 2**63 - 1, 2**63, -(2**63) - 5,
                               10**30, -(10**30)]:
    if n <= 1000:
        case("factorial", n)
    else:
        case("factorial", n) if n < 0 or n >= 2**63 else None

COMB_PAIRS = [(0, 0), (5, 0), (5, 1), (5, 2), (5, 5), (5, 6), (10, 3), (52, 5), (67, 33), (68, 34),
              (100, 50), (1000, 3), (1000, 997), (2**62, 2), (2**63 - 1, 1), (2**63, 2), (2**64 + 1, 3),
              (2**100, 5), (10**30, 10**30 - 2), (2**64, 2**63), (2**65, 2**64 + 1), (-1, 2), (5, -1),
              (-1, -1), (5, 2**64), (2**63 - 1, 2**63), (2**70, 2**64), (3**100, 3**100), (3**100, 3**100 + 1),
              (1200, 600), (2**64 + 10, 2**64 + 8)]
for n, k in COMB_PAIRS:
    case("comb", n, k)
    case("perm", n, k)
for n in [0, 1, 5, 20, 21, -1, 2**63]:
    case("perm", n)
for _ in range(RANDOM * 2):
    n = rng.randint(0, 300)
    case("comb", n, rng.randint(0, n + 2))
    case("perm", n, rng.randint(0, min(n + 2, 60)))

GCD_LISTS = [[], [0], [-5], [12, 18], [-12, 18], [0, 0], [0, -7], [2**63, 0], [-(2**63), 0], [-(2**63), -(2**63)],
             [2**100, 2**80 * 3], [3**50, 3**40 * 2, 3**45], [1, 10**100], [10**50 + 1, 10**50 + 3],
             [6, 10, 15], [2**64, 2**64 + 2], [7, 0, 14], [1, 2**200, -3]]
for v in GCD_LISTS:
    case("gcd", v)
    case("lcm", v)
for _ in range(RANDOM * 2):
    v = [rng.randint(-10**20, 10**20) * rng.choice([1, 6, 2**40]) for _ in range(rng.randint(1, 4))]
    case("gcd", v)
    case("lcm", v)

ISQRT_INTS = [0, 1, 2, 3, 4, 15, 16, 17, 2**32 - 1, 2**32, 2**52 - 1, 2**63 - 1, 2**64 - 1, 2**64, (2**32 + 1) ** 2,
              (2**32 + 1) ** 2 - 1, 10**100, 10**100 - 1, (10**50 + 7) ** 2 - 1, 2**2001, -1, -(2**100)]
for n in ISQRT_INTS:
    case("isqrt", n)
for _ in range(RANDOM * 2):
    case("isqrt", rng.randint(0, 2 ** rng.randint(1, 400)))

for name in ["pi", "e", "tau", "inf", "nan"]:
    case(name)

for rec in CASES:
    print(json.dumps(rec))

#!/usr/bin/env python3
"""Generate tests/data/format_cases.jsonl: CPython 3.11's format(value, spec) for ints, bools,
floats and strings, used by tests/rt_format.rs.

Run with CPython 3.11 from anywhere:

    python3 tests/data/format_cases.py

Each output line is one JSON object:
    {"kind": "int"|"bool"|"float"|"str", "value": ..., "spec": ..., "out": ...}
or, when format() raises,
    {"kind": ..., "value": ..., "spec": ..., "exc": "ValueError", "msg": "..."}

Ints (and bools) are written as hex strings ("-0x1f") so huge values survive JSON and the
4300-digit limit; floats as their IEEE-754 bits (an unsigned 64-bit integer) plus a "repr" for
people. Nothing in the output is typed by hand: every expectation is CPython's own result.
"""

import json
import math
import os
import struct
import sys

assert sys.version_info[:2] == (3, 11), "run this with CPython 3.11, got %s" % sys.version
sys.set_int_max_str_digits(4300)  # the default; krait's limit

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------
# Ints: small, negative, i64 edges, big.

INTS = [0, -1, 1234567, -1234567890, 2**63 - 1, -(2**100 + 12345)]
MORE_INTS = [1, 42, 255, -1234, 2**31, -2**63, 2**63, -2**63 - 1, 2**64, 10**30]
MORE_INT_SPECS = ['', 'd', 'b', '#x', 'X', ',', '_x', '+010', 'e', '.3g', '%', '^12']

INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '#d', 'n', ',', '_', ',d',
             '_d', '_b', '_o', '_x', '_X', '#_x', '#_b', '+', ' ', '-', '+d', ' x', '-b', '10',
             '<10', '>10', '^10', '=10', '010', '+010', '-010', ' 010', '*^12', '0>10', 'x<+8',
             '0=+8', '<010', '^010', '#010x', '#010b', '#010X', '012,', '012_', '013,', '015_x',
             '#015_b', '3,', '30,', 'e', '.2e', 'E', 'f', '.3f', 'F', 'g', 'G', '.3g', '%', '.1%',
             ',.2f', '^+15,.2f', 'z', 'zd', 'z.1f', '.2', '.0d', ',c', ',b', ',x', ',n', '_n',
             ',%', '_e', 'q', 's', '5s', 'c', '#c', '+c', '=+10', '0=10', 'abc', '5dd', '.',
             '.f', ',_', '_,', '__', ',,', '\u20ac', '\x00', '\x7f', ', ']

CHAR_INTS = [0, 65, 97, 0x3b1, 0x1F600, 0x10FFFF, 0x110000, -1, 2**63, -2**63 - 1]
CHAR_SPECS = ['c', '5c', '<5c', '^5c', '>5c', '=5c', '05c', '*=5c', '+c', '-c', ' c', '#c',
              'zc', ',c', '_c', '.1c']

# ---------------------------------------------------------------------------------------------
# Floats: zeros, halves that round to even, values near rounding and layout boundaries.

FLOATS = [0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 2.675, 1234.5, 1e16, 5e-324, 1e-5, -1e-7, math.inf,
          -math.inf, math.nan]
MORE_FLOATS = [0.375, 1.005, 0.1, 1 / 3, -1234.5678, 123456789.0, 1e15, 9999999999999998.0, 1e17,
               1e22, 1e100, 1.7976931348623157e308, 2.2250738585072014e-308, 1e-4, 0.0001234,
               9.995, 9.9999, 0.05, 0.15, 99.5, 999999.5, 9999995.0, 1e300, 3.14159, 123.456,
               -math.nan]
MORE_FLOAT_SPECS = ['', 'e', '.0e', '.3e', 'f', '.0f', '.2f', 'g', '.3g', '.17g', '#', '.3', '%',
                    ',', 'z.1f', '+012']

FLOAT_SPECS = ['', 'e', 'E', '.0e', '.1e', '.3e', '.20e', 'f', 'F', '.0f', '.1f', '.2f', '.10f',
               '.25f', 'g', 'G', '.0g', '.1g', '.2g', '.3g', '.10g', '.17g', '.20g', '#g',
               '#.3g', '#.0f', '#.0e', '#', '#.3', '.0', '.1', '.3', '.12', '.17', '%', '.0%',
               '.2%', 'n', '.3n', ',', '_', ',.2f', '_.3f', ',e', ',g', '_%', '+', ' ', '+.2f',
               ' .2e', '-g', '10', '<12', '>12', '^12', '=12', '012', '+012', '012.3f',
               '015,.2f', '020,', '*^+15.3e', '0=+12', 'z', 'z.1f', 'z.0f', 'z.2e', 'zg',
               '+z.3f', 'z%', 'd', 'x', 's', 'c', ',n', '_n', ',x', '.', '.f', 'abc', 'ee',
               '\u20ac']

# Larger precisions only for a few values (they print long exact expansions).
FLOAT_LONG = [(v, s) for v in [0.1, 1e300, 5e-324, 2.675, 1e22, -0.0]
              for s in ['.60f', '.70e', '.800g', '#.30g', '.400', '.1100f']]

# ---------------------------------------------------------------------------------------------
# Strings: non-ASCII (width and precision count characters), unusual fills.

STRS = ['', 'a', 'abc', 'hello world', 'h\u00e9llo', '\u65e5\u672c\u8a9e', '\U0001F600x',
        'e\u0301', 'tab\tx']

STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^9', '.2', '.0', '10.3', '>10.2s', '05',
             '0>5', '=5', '0=5', '+', '-', ' ', '+5', 'z', '#', ',', '_', ',s', 'd', 'x', 'c',
             '\u00e9^7', '\U0001F600>4', '{<4', '}>4', '\x00<3', '\u0665', '.\u0663', 'abc',
             '.', '10.', 'q', '\x00', '\u20ac', '<<5', '<', '>', '^', '0', '00', '5,s',
             '\u096b', '\uff15', '\U0001D7D3', '\U0001D7F7', '1\u0660', ' z', '#=', '+#']

# ---------------------------------------------------------------------------------------------
# One-off cases: limits, conversions, bool.

EXTRA = [
    ('int', 5, '99999999999999999999'),
    ('int', 5, '9223372036854775807'),    # CPython cannot allocate it either: MemoryError
    ('int', 5, '9223372036854775808'),
    ('int', 5, '.99999999999999999999'),
    ('str', 'a', '.9223372036854775807'),
    ('str', 'a', '.9223372036854775808'),
    ('float', 1.5, '.2147483648f'),
    ('float', 1.5, '.2147483648'),
    ('int', 10**4300 - 1, ''),
    ('int', 10**4300 - 1, ','),
    ('int', 10**4300, ''),
    ('int', -10**4300, 'd'),
    ('int', 10**4300, 'n'),
    ('int', 10**4300, '_x'),
    ('int', -(2**300 + 1), '#_b'),
    ('int', 2**1024, 'e'),
    ('int', 2**1024 - 2**970, 'e'),        # halfway to 2**1024: rounds to even, overflows
    ('int', 2**1024 - 2**970 - 1, '.17e'),  # just below: the largest float
    ('int', 2**53 + 1, 'f'),               # ties to even
    ('int', 2**53 + 3, 'f'),
    ('int', -(2**80 + 2**27), '.0f'),
    ('int', 2**63 - 1, '.0f'),
    ('int', 12345678901234567890123, '_.3%'),
    ('int', 5, '\u0665'),
    ('int', 5, '+\u0663\u0660'),
    ('float', 1.0, '.\u0663f'),
    ('float', 2.5, '\U0001D7D3.1f'),
    ('bool', True, 'd'),
    ('bool', False, 'd'),
    ('bool', True, '5'),
    ('bool', True, '#x'),
    ('bool', True, '+'),
    ('bool', True, 'f'),
    ('bool', True, '.2%'),
    ('bool', True, 'q'),
    ('bool', True, 'abc'),
    ('bool', True, 'c'),
]


def encode_value(kind, v):
    if kind in ('int', 'bool'):
        return hex(int(v))
    if kind == 'float':
        return struct.unpack('<Q', struct.pack('<d', v))[0]
    return v


def case(kind, v, spec):
    row = {'kind': kind, 'value': encode_value(kind, v), 'spec': spec}
    if kind == 'float':
        row['repr'] = repr(v)
    try:
        row['out'] = format(v, spec)
    except Exception as e:  # noqa: BLE001 - every exception class is data here
        row['exc'] = type(e).__name__
        row['msg'] = str(e)
    return row


def main():
    rows = []
    rows += [case('int', v, s) for v in INTS for s in INT_SPECS]
    rows += [case('int', v, s) for v in MORE_INTS for s in MORE_INT_SPECS]
    rows += [case('int', v, s) for v in CHAR_INTS for s in CHAR_SPECS]
    rows += [case('float', v, s) for v in FLOATS for s in FLOAT_SPECS]
    rows += [case('float', v, s) for v in MORE_FLOATS for s in MORE_FLOAT_SPECS]
    rows += [case('float', v, s) for v, s in FLOAT_LONG]
    rows += [case('str', v, s) for v in STRS for s in STR_SPECS]
    rows += [case(k, v, s) for k, v, s in EXTRA]
    # The families overlap (0 and 65 are in INTS and CHAR_INTS): keep each case once.
    seen = set()
    unique = []
    for r in rows:
        key = (r['kind'], json.dumps(r['value']), r['spec'])
        if key not in seen:
            seen.add(key)
            unique.append(r)
    rows = unique
    # The families this table exists to cover must still be covered.
    msgs = {r.get('msg') for r in rows}
    for needed in ['Invalid format specifier', 'Format specifier missing precision',
                   'Too many decimal digits in format string', "Cannot specify ',' with 's'.",
                   "Cannot specify both ',' and '_'.", '%c arg not in range(0x110000)',
                   'Precision not allowed in integer format specifier', 'precision too big',
                   "Unknown format code 'd' for object of type 'float'"]:
        assert any(m and m.startswith(needed) for m in msgs), needed
    path = os.path.join(HERE, 'format_cases.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('%d cases -> %s' % (len(rows), path))


if __name__ == '__main__':
    main()

//! Memory: refused before allocating, or stopped by the memory budget.

use crate::attack;

attack!(str_repeat, "'a' * 10**10", "limit:max_size");
attack!(list_repeat, "[0] * 10**10", "limit:max_size");
attack!(tuple_repeat, "(0,) * 10**10", "limit:max_size");
attack!(bytes_repeat, "b'a' * 10**10", "limit:max_size");
attack!(
    repeat_count_too_big,
    "'a' * 2**64",
    "OverflowError: cannot fit 'int' into an index-sized integer"
);
attack!(
    str_doubling,
    "s = 'x'\nwhile True:\n    s += s",
    "limit:max_size"
);
attack!(
    list_doubling,
    "l = [0]\nwhile True:\n    l = l + l",
    "limit:max_memory"
);
attack!(list_of_range, "list(range(10**10))", "limit:max_steps");
attack!(star_range, "[*range(10**10)]", "limit:max_steps");
attack!(
    dict_fromkeys_range,
    "dict.fromkeys(range(10**10))",
    "limit:max_steps"
);
attack!(
    many_medium_lists,
    "keep = []\nwhile True:\n    keep.append([0] * 10**6)",
    "limit:max_memory"
);
attack!(
    many_medium_strs,
    "keep = []\nfor i in range(10**6):\n    keep.append(str(i) * 10**5)",
    "limit:max_memory"
);
attack!(
    comprehension_grows,
    "x = [i for i in range(10**10)]",
    "limit:max_steps"
);
attack!(huge_power, "2**10**10", "limit:max_int_bits");
attack!(huge_shift, "1 << 10**10", "limit:max_int_bits");
attack!(tower_power, "9**9**9**9", "limit:max_int_bits");
attack!(
    huge_factorial,
    "import math\nmath.factorial(10**8)",
    "limit:max_int_bits"
);
attack!(
    cheap_modpow,
    "print(pow(2, 10**100, 10**9 + 7))",
    "ok:314344290\n"
);
attack!(ljust_width, "'x'.ljust(10**10)", "limit:max_size");
attack!(fstring_width, "f'{1:{10**10}}'", "limit:max_size");
attack!(
    format_width,
    "'{:>10000000000}'.format(1)",
    "limit:max_size"
);
attack!(
    format_width_zero_grouping,
    "'{:09223372036854775807,}'.format(1)",
    "limit:max_size"
);
attack!(
    join_huge,
    "'x'.join(['y' * 10**5] * 10**5)",
    "limit:max_size"
);
attack!(
    replace_empty,
    "('a' * 10**5).replace('', 'b' * 10**5)",
    "limit:max_size"
);
attack!(expandtabs, "'\\t'.expandtabs(10**9)", "limit:max_size");
attack!(
    deep_nesting_repr,
    "x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)",
    "RecursionError: maximum recursion depth exceeded while getting the repr of an object"
);
attack!(
    deep_nesting_eq,
    "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nx == y",
    "RecursionError: maximum recursion depth exceeded in comparison"
);
attack!(
    deep_nesting_drop,
    "x = []\nfor i in range(300000):\n    x = [x]\nx = None\nprint('dropped')",
    "ok:dropped\n"
);
attack!(
    self_reference_repr,
    "a = []\na.append(a)\nprint(repr(a))",
    "ok:[[...]]\n"
);
attack!(
    cycles_in_a_loop,
    "for i in range(100000):\n    a = []\n    a.append(a)\nprint('ok')",
    "ok:ok\n"
);
attack!(
    raise_memory_error_is_ordinary,
    "try:\n    raise MemoryError()\nexcept MemoryError:\n    print('caught')\nraise MemoryError('fake')",
    "MemoryError: fake"
);
attack!(
    size_limit_not_catchable,
    "try:\n    'a' * 10**10\nexcept BaseException:\n    print('caught')",
    "limit:max_size"
);
attack!(
    deep_nesting_tuple_eq,
    "x = ()\ny = ()\nfor i in range(100000):\n    x = (x,)\n    y = (y,)\nx == y",
    "RecursionError: maximum recursion depth exceeded in comparison"
);
attack!(
    deep_nesting_dict_eq,
    "x = {}\ny = {}\nfor i in range(100000):\n    x = {1: x}\n    y = {1: y}\nx == y",
    "RecursionError: maximum recursion depth exceeded in comparison"
);
attack!(
    deep_nesting_list_lt,
    "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nx < y",
    "RecursionError: maximum recursion depth exceeded in comparison"
);
attack!(
    deep_nesting_tuple_lt,
    "x = ()\ny = ()\nfor i in range(100000):\n    x = (x,)\n    y = (y,)\nx < y",
    "RecursionError: maximum recursion depth exceeded in comparison"
);
attack!(
    deep_nesting_tuple_hash,
    "x = ()\nfor i in range(100000):\n    x = (x,)\nprint(len({x: 1}))",
    "ok:1\n"
);
attack!(
    deep_nesting_frozenset_hash,
    "x = frozenset()\nfor i in range(100000):\n    x = frozenset([x])\nprint(hash(x) == 0)",
    "ok:False\n"
);
attack!(
    deep_nesting_membership,
    "x = []\nfor i in range(100000):\n    x = [x]\nprint(x in [[1]])",
    "ok:False\n"
);
attack!(
    deep_nesting_print,
    "x = []\nfor i in range(100000):\n    x = [x]\nprint(x)",
    "RecursionError: maximum recursion depth exceeded while getting the repr of an object"
);
attack!(
    deep_nesting_tuple_with_instance_hash,
    "class K:\n    def __hash__(s): return 7\nx = (K(),)\nfor i in range(100000):\n    x = (x,)\nprint(hash(x) == hash(x), hash((K(),)) == hash((7,)), hash((K(), (1, K()))))",
    "ok:True True 3101271257215750859\n"
);
attack!(
    deep_nesting_compare_after_equal_prefix,
    "x = [0]\ny = [1]\nfor i in range(100000):\n    x = [x, 1]\n    y = [y, 1]\nx < y",
    "RecursionError: maximum recursion depth exceeded in comparison"
);
// Found by the `run` fuzzer (crash-6691dc68, crash-d29edb99): printf-style padding allocated
// the width before any check and aborted the host.
attack!(percent_width, "'%444444444444444d' % 4", "limit:max_size");
attack!(
    percent_star_width,
    "'%*s' % (10**12, 'x')",
    "limit:max_size"
);
attack!(percent_precision, "'%.2000000000d' % 4", "limit:max_size");
attack!(
    // CPython keeps a precision in a C int.
    percent_precision_too_big,
    "'%.444444444444d' % 4",
    "ValueError: precision too big"
);
attack!(
    percent_widths_accumulate,
    "'%9000000d' * 3 % (1, 2, 3)",
    "limit:max_size"
);

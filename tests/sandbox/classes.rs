//! Decorators, classes, and dunders called from native code.

use crate::attack;

attack!(
    decorator_print,
    "@str\ndef f(): pass\nprint(f[:11])",
    "ok:<function f\n"
);
attack!(
    decorator_exec,
    "@exec\ndef f(): pass",
    "NameError: name 'exec' is not defined"
);
attack!(
    sort_key_clears_list,
    "l = [3, 1, 2]\nl.sort(key=lambda x: (l.append(1), x)[1])",
    "ValueError: list modified during sort"
);
attack!(
    dict_mutated_during_iteration,
    "d = {1: 0}\nfor k in d:\n    d[k + 1] = 0",
    "RuntimeError: dictionary changed size during iteration"
);
attack!(
    eq_inserts_into_probed_dict,
    "d = {}\nclass K:\n    def __hash__(s): return 1\n    def __eq__(s, o):\n        d[len(d) + 100] = 0\n        return False\nfor i in range(50):\n    d[K()] = i\nprint('done')",
    "ok:done\n"
);
attack!(
    colliding_hashes,
    "class K:\n    def __hash__(s): return 1\n    def __eq__(s, o): return s is o\nd = {}\nfor i in range(100000):\n    d[K()] = i",
    "limit:max_steps"
);
attack!(
    init_recursion,
    "class A:\n    def __init__(s):\n        A()\nA()",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    dunders_from_native_loop_forever,
    "class A:\n    def __lt__(s, o):\n        while True: pass\nsorted([A(), A()])",
    "limit:max_steps"
);
attack!(
    repr_dunder_loops,
    "class A:\n    def __repr__(s):\n        while True: pass\nstr([A()])",
    "limit:max_steps"
);
attack!(
    join_of_reentrant_iter,
    "class I:\n    def __iter__(s): return s\n    def __next__(s): return 'x'\n','.join(I())",
    "limit:max_steps"
);
attack!(
    metaclass_has_no_subclasses,
    "class M(type): pass\nclass A(metaclass=M): pass\nM.__subclasses__()",
    "AttributeError: type object 'M' has no attribute '__subclasses__'"
);
attack!(
    metaclass_base_has_no_subclasses,
    "class M(type): pass\nclass A(metaclass=M): pass\ntype(A).__mro__[-1].__subclasses__()",
    "AttributeError: type object 'object' has no attribute '__subclasses__'"
);
attack!(
    metaclass_type_has_no_subclasses,
    "class M(type): pass\nM.__base__.__subclasses__()",
    "AttributeError: type object 'type' has no attribute '__subclasses__'"
);
attack!(
    metaclass_cannot_write_builtin_types,
    "class M(type): pass\nM.__setattr__(int, 'x', 1)",
    "TypeError: cannot set 'x' attribute of immutable type 'int'"
);
attack!(
    metaclass_type_new_on_builtin,
    "type.__new__(int, 'X', (), {})",
    "TypeError: type.__new__(int): int is not a subtype of type"
);
attack!(
    metaclass_call_loops_forever,
    "class M(type):\n    def __call__(cls):\n        while True: pass\nclass A(metaclass=M): pass\nA()",
    "limit:max_steps"
);
attack!(
    metaclass_call_recursion,
    "class M(type):\n    def __call__(cls):\n        return cls()\nclass A(metaclass=M): pass\nA()",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    metaclass_new_recursion,
    "class M(type):\n    def __new__(m, n, b, ns):\n        class B(metaclass=M): pass\nclass A(metaclass=M): pass",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    metaclass_chain_capped,
    "M = type\nfor i in range(1000):\n    M = M('M', (M,), {})",
    "RecursionError: metaclass chain too deep (krait allows 64 levels)"
);
attack!(
    metaclass_prepare_not_a_mapping,
    "class M(type):\n    @classmethod\n    def __prepare__(m, n, b): return 1\nclass A(metaclass=M): pass",
    "TypeError: M.__prepare__() must return a mapping, not int"
);
attack!(
    metaclass_registry_cycle_runs,
    "class M(type):\n    seen = []\n    def __init__(cls, *a):\n        M.seen.append(cls)\nfor i in range(2000):\n    class A(metaclass=M): pass\nprint(len(M.seen))",
    "ok:2000\n"
);
attack!(
    // CPython's outcome: every key is None, so the sort fails comparing them (SANDBOX.md says
    // ValueError; CPython checks for modification only after a successful sort).
    sort_key_clears_list_exact,
    "l = [3, 1, 2]\nl.sort(key=lambda x: l.clear())",
    "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"
);
attack!(
    init_subclass_runs_under_budget,
    "class A:\n    def __init_subclass__(cls):\n        while True: pass\nclass B(A): pass",
    "limit:max_steps"
);
attack!(
    init_subclass_recursion,
    "class A:\n    def __init_subclass__(cls):\n        class C(cls): pass\nclass B(A): pass",
    "RecursionError: maximum recursion depth exceeded"
);
attack!(
    type_delattr_on_builtin,
    "type.__delattr__(str, 'upper')",
    "TypeError: cannot set 'upper' attribute of immutable type 'str'"
);
attack!(
    metaclass_super_setattr_on_object,
    "class M(type):\n    def poke(cls):\n        super().__setattr__('__subclasses__', 1)\nobject.__class__.__setattr__(object, 'x', 1)",
    "TypeError: cannot set 'x' attribute of immutable type 'object'"
);

//! Reflection: no path from a value to frames, code, native internals or the host.

use crate::attack;

attack!(
    subclasses_via_bases,
    "().__class__.__bases__[0].__subclasses__()",
    "AttributeError: type object 'object' has no attribute '__subclasses__'"
);
attack!(
    subclasses_via_mro,
    "''.__class__.__mro__[-1].__subclasses__()",
    "AttributeError: type object 'object' has no attribute '__subclasses__'"
);
attack!(
    function_globals,
    "def f(): pass\nf.__globals__",
    "AttributeError: 'function' object has no attribute '__globals__'"
);
attack!(
    function_code,
    "def f(): pass\nf.__code__",
    "AttributeError: 'function' object has no attribute '__code__'"
);
attack!(
    function_closure,
    "def f(): pass\nf.__closure__",
    "AttributeError: 'function' object has no attribute '__closure__'"
);
attack!(
    function_defaults_assignment,
    "def f(x=1): return x\nf.__defaults__ = (2,)\nprint(f())",
    "AttributeError: 'function' object has no attribute '__defaults__'"
);
attack!(
    function_builtins,
    "def f(): pass\nf.__builtins__",
    "AttributeError: 'function' object has no attribute '__builtins__'"
);
attack!(
    generator_frame,
    "def g():\n    yield 1\ng().gi_frame.f_back.f_globals",
    "AttributeError: 'generator' object has no attribute 'gi_frame'"
);
attack!(
    traceback_frame,
    "try:\n    1/0\nexcept Exception as e:\n    e.__traceback__.tb_frame",
    "AttributeError: 'traceback' object has no attribute 'tb_frame'"
);
attack!(
    // The innermost traceback object (in a function) has no frame either.
    traceback_chain_frame,
    "def f(): 1/0\ntry:\n    f()\nexcept Exception as e:\n    tb = e.__traceback__\n    while tb.tb_next: tb = tb.tb_next\n    print(tb.tb_lineno)\n    tb.tb_frame",
    "AttributeError: 'traceback' object has no attribute 'tb_frame'"
);
attack!(
    traceback_read_only,
    "try:\n    1/0\nexcept Exception as e:\n    e.__traceback__.tb_next = 1",
    "AttributeError: attribute 'tb_next' of 'traceback' objects is not writable"
);
attack!(
    traceback_no_dict,
    "try:\n    1/0\nexcept Exception as e:\n    e.__traceback__.__dict__",
    "AttributeError: 'traceback' object has no attribute '__dict__'"
);
attack!(
    traceback_no_constructor,
    "try:\n    1/0\nexcept Exception as e:\n    type(e.__traceback__)()",
    "TypeError: cannot create 'traceback' instances"
);
attack!(
    // A class's namespace is read-only through `__dict__` (writes go through setattr).
    class_dict_read_only,
    "class C: pass\nC.__dict__['x'] = 1",
    "TypeError: 'mappingproxy' object does not support item assignment"
);
attack!(
    class_dict_not_assignable,
    "class C: pass\nC.__dict__ = {}",
    "AttributeError: attribute '__dict__' of 'type' objects is not writable"
);
attack!(
    class_bases_fixed,
    "class C: pass\nclass D: pass\nC.__bases__ = (D,)",
    "TypeError: __bases__ assignment is not supported by krait"
);
attack!(
    // SANDBOX.md allows a sandbox-owned value: the instance itself (docs/attributes.md).
    bound_method_self,
    "class A:\n    def m(self): pass\na = A()\nprint(a.m.__self__ is a, type(a.m.__self__).__name__)",
    "ok:True A\n"
);
attack!(
    // The sandbox function itself, which exposes no __globals__/__code__/__closure__.
    bound_method_func,
    "class A:\n    def m(self): pass\nf = A().m.__func__\nprint(f is A.m, hasattr(f, '__globals__'), hasattr(f, '__code__'))",
    "ok:True False False\n"
);
attack!(
    builtin_method_self,
    "[].append.__self__",
    "AttributeError: 'builtin_function_or_method' object has no attribute '__self__'"
);
attack!(
    reduce,
    "(1).__reduce__()",
    "AttributeError: 'int' object has no attribute '__reduce__'"
);
attack!(
    reduce_ex,
    "[].__reduce_ex__(2)",
    "AttributeError: 'list' object has no attribute '__reduce_ex__'"
);
attack!(
    getattr_built_name,
    "getattr((), '__cl' + 'ass__').__subclasses__()",
    "AttributeError: type object 'tuple' has no attribute '__subclasses__'"
);
attack!(
    getattr_chr_name,
    "getattr(1, chr(95) * 2 + 'globals' + chr(95) * 2)",
    "AttributeError: 'int' object has no attribute '__globals__'"
);
attack!(
    nfkc_spelling,
    "().__ｃｌａｓｓ__.__subclasses__()",
    "AttributeError: type object 'tuple' has no attribute '__subclasses__'"
);
attack!(
    nfkc_getattr,
    "def f(): pass\ngetattr(f, '__ｇｌｏｂａｌｓ__')",
    "AttributeError: 'function' object has no attribute '__globals__'"
);
attack!(
    format_field_class,
    "'{0.__class__.__subclasses__}'.format(1)",
    "AttributeError: type object 'int' has no attribute '__subclasses__'"
);
attack!(
    format_field_globals,
    "def g(): pass\n'{0.__globals__}'.format(g)",
    "AttributeError: 'function' object has no attribute '__globals__'"
);
attack!(
    format_item_builtins,
    "'{0[__builtins__]}'.format(globals())",
    "NameError: name 'globals' is not defined"
);
attack!(
    format_map_field,
    "def g(): pass\n'{f.__code__}'.format_map({'f': g})",
    "AttributeError: 'function' object has no attribute '__code__'"
);
attack!(
    nested_fstring_spec,
    "def g(): pass\nf'{1:{g.__code__}}'",
    "AttributeError: 'function' object has no attribute '__code__'"
);
attack!(
    type_builds_values,
    "print(type(1)('5') + 1, type('')(3), type([])((1, 2)))",
    "ok:6 3 [1, 2]\n"
);
attack!(
    type_three_args_sandbox_class,
    "C = type('C', (), {'x': 1})\nprint(C().x, C.__name__)",
    "ok:1 C\n"
);
attack!(
    class_assignment,
    "class A: pass\nclass B: pass\na = A()\na.__class__ = B",
    "TypeError: __class__ assignment is not supported"
);
attack!(
    repr_has_no_addresses,
    "class A: pass\nr = repr(A()) + repr(len) + repr(lambda: 0)\nprint('0x7f' in r, '0x5' in r)",
    "ok:True False\n"
);
attack!(
    hashing_deterministic,
    "print(hash('abc') == hash('abc'), hash((1, 'x')) == hash((1, 'x')))",
    "ok:True True\n"
);
attack!(
    names_of_sandbox_classes_readable,
    "class A:\n    'doc'\nprint(A.__name__, A.__qualname__, A.__doc__, A().__class__.__name__)",
    "ok:A A doc A\n"
);
attack!(
    // SANDBOX.md allows a sandbox-owned value: the instance's own attribute dict.
    instance_dict_is_sandbox_owned,
    "class A: pass\na = A()\na.x = 1\na.__dict__['y'] = 2\nprint(a.__dict__, a.y)",
    "ok:{'x': 1, 'y': 2} 2\n"
);
attack!(
    // `vars(obj)` is the instance's own attribute dict, like `obj.__dict__` (sandbox-owned).
    vars_of_instance,
    "class A: pass\na = A()\na.x = 1\nprint(vars(a), vars(a) is a.__dict__)",
    "ok:{'x': 1} True\n"
);
attack!(
    // The format machinery goes through the same gate as dot syntax.
    format_field_class_same_as_dot,
    "print('{0.__class__}'.format(1) == str((1).__class__), '{0.__class__.__name__}'.format(1))",
    "ok:True int\n"
);

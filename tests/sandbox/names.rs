//! Names and the host boundary.

use crate::attack;

attack!(
    import_os,
    "import os",
    "ModuleNotFoundError: No module named 'os'"
);
attack!(
    dunder_import,
    "__import__('os')",
    "NameError: name '__import__' is not defined"
);
attack!(
    import_importlib,
    "import importlib",
    "ModuleNotFoundError: No module named 'importlib'"
);
attack!(
    import_sys,
    "import sys",
    "ModuleNotFoundError: No module named 'sys'"
);
attack!(
    from_import_subprocess,
    "from subprocess import run",
    "ModuleNotFoundError: No module named 'subprocess'"
);
attack!(
    allowed_module_has_no_dict,
    "import math\nmath.__dict__",
    "AttributeError: module 'math' has no attribute '__dict__'"
);
attack!(
    open_file,
    "open('/etc/passwd')",
    "NameError: name 'open' is not defined"
);
attack!(
    input_builtin,
    "input()",
    "NameError: name 'input' is not defined"
);
attack!(
    breakpoint_builtin,
    "breakpoint()",
    "NameError: name 'breakpoint' is not defined"
);
attack!(
    help_builtin,
    "help()",
    "NameError: name 'help' is not defined"
);
attack!(
    exit_builtin,
    "exit()",
    "NameError: name 'exit' is not defined"
);
attack!(
    quit_builtin,
    "quit()",
    "NameError: name 'quit' is not defined"
);
attack!(
    license_builtin,
    "license()",
    "NameError: name 'license' is not defined"
);
attack!(
    copyright_builtin,
    "copyright",
    "NameError: name 'copyright' is not defined"
);
attack!(
    globals_builtins,
    "globals()['__builtins__']",
    "NameError: name 'globals' is not defined"
);
attack!(
    eval_builtin,
    "eval('1')",
    "NameError: name 'eval' is not defined"
);
attack!(
    exec_builtin,
    "exec('x = 1')",
    "NameError: name 'exec' is not defined"
);
attack!(
    compile_builtin,
    "compile('1', '', 'eval')",
    "NameError: name 'compile' is not defined"
);
attack!(
    globals_shows_sandbox_layer_only,
    // `vars(obj)` is `obj.__dict__` through the attribute gate; without an argument it would
    // be `locals()`, which krait does not have.
    "x = 1\nprint(sorted(vars()))",
    "TypeError: vars() without an argument is not supported by krait"
);
attack!(
    vars_of_module_refused,
    "import math\nvars(math)",
    "TypeError: vars() argument must have __dict__ attribute"
);
attack!(
    writes_never_reach_host_layer,
    "secret = 0\nitems.append(4) if False else None\nprint(secret)",
    "ok:0\n"
);
attack!(
    builtins_layer_not_writable,
    "len = None\ndel len\nprint(len([1]))",
    "ok:1\n"
);
attack!(raise_system_exit, "raise SystemExit(3)", "SystemExit: 3");
attack!(
    raise_keyboard_interrupt,
    "raise KeyboardInterrupt",
    "KeyboardInterrupt"
);
attack!(raise_generator_exit, "raise GeneratorExit", "GeneratorExit");
attack!(
    output_flood,
    "while True:\n    print('x' * 1000)",
    "limit:max_output"
);
attack!(
    print_to_file_refused,
    "print('x', file=None)\nprint('y', file=1)",
    "TypeError: print() file= is not supported by krait (output goes to the host's sink)"
);
attack!(
    import_re_not_offered,
    "import re\nre.match(r'(a+)+$', 'a' * 40 + '!')",
    "ModuleNotFoundError: No module named 're'"
);
attack!(
    locals_builtin,
    "locals()",
    "NameError: name 'locals' is not defined"
);
attack!(
    // The scratch layer only: no host layer (`secret`, `items`), no `__builtins__`.
    dir_builtin,
    "x = 1\nprint(dir())",
    "ok:['x']\n"
);
attack!(id_builtin, "id(1)", "NameError: name 'id' is not defined");

"""Print CPython's AST of a file in the same text form as `krait ast`.

Usage: python3 cpython_ast.py [--no-positions] [--eval] FILE...
With several files, each dump is preceded by a line `=== FILE`.
Used by tests/parse_vs_cpython.rs to compare krait's parser with CPython's.
"""
import ast
import sys
import warnings

warnings.simplefilter("ignore")

SKIP_FIELDS = {"type_comment", "kind", "type_ignores"}
POSITIONS = True


def scalar(v):
    if v is None:
        return "None"
    if v is Ellipsis:
        return "Ellipsis"
    if isinstance(v, bool):
        return repr(v)
    if isinstance(v, (str, bytes, float)):
        return repr(v)
    return str(v)


def head(node):
    name = type(node).__name__
    if POSITIONS and hasattr(node, "lineno") and not isinstance(node, (ast.expr_context, ast.operator)):
        return f"{name} @{node.lineno}:{node.col_offset}-{node.end_lineno}:{node.end_col_offset}"
    return name


def is_leafish(node):
    # Operators and contexts print as bare names (`op: Add`, `ctx: Load`).
    return isinstance(node, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop))


def value_line(v):
    if isinstance(v, ast.AST) and is_leafish(v):
        return type(v).__name__
    return scalar(v)


def node(out, level, n):
    out.append(head(n) + "\n")
    for field in n._fields:
        if field in SKIP_FIELDS:
            continue
        v = getattr(n, field)
        pad = "  " * level
        if isinstance(v, list):
            if not v:
                out.append(f"{pad}{field}: []\n")
                continue
            out.append(f"{pad}{field}:\n")
            for item in v:
                out.append(f"{pad}  - ")
                if isinstance(item, ast.AST) and not is_leafish(item):
                    node(out, level + 2, item)
                else:
                    out.append(value_line(item) + "\n")
        elif isinstance(v, ast.AST) and not is_leafish(v):
            out.append(f"{pad}{field}: ")
            node(out, level + 1, v)
        else:
            out.append(f"{pad}{field}: {value_line(v)}\n")


def dump(source, mode):
    # Bytes, so CPython applies its own source decoding (BOM, UTF-8) as for a real file.
    tree = ast.parse(source, mode=mode)
    out = []
    node(out, 1, tree)
    return "".join(out)


def main(argv):
    global POSITIONS
    mode = "exec"
    files = []
    for a in argv:
        if a == "--no-positions":
            POSITIONS = False
        elif a == "--eval":
            mode = "eval"
        else:
            files.append(a)
    for f in files:
        if len(files) > 1:
            sys.stdout.write(f"=== {f}\n")
        with open(f, "rb") as fh:
            src = fh.read()
        try:
            sys.stdout.write(dump(src, mode))
        except SyntaxError as e:
            sys.stdout.write(f"SyntaxError: {e.msg}\n")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Print CPython's symbol table of a file in the same text form as `krait scope`.

Usage: python3 cpython_symtable.py FILE...   (several files: each preceded by `=== FILE`)
Used by tests/scope_vs_cpython.rs.
"""
import symtable
import sys

SCOPES = {1: "local", 2: "global_explicit", 3: "global_implicit", 4: "free", 5: "cell"}


def dump(table, level, out):
    pad = "  " * level
    kind = table.get_type()
    kind = kind.name.lower() if hasattr(kind, "name") else str(kind)
    line = 0 if kind == "module" else table.get_lineno()
    out.append(f"{pad}{kind} {table.get_name()} line {line}\n")
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        scope = SCOPES.get(sym._Symbol__scope, "global_implicit")
        param = " param" if sym.is_parameter() else ""
        out.append(f"{pad}  {sym.get_name()}: {scope}{param}\n")
    for child in table.get_children():
        dump(child, level + 1, out)


def main(files):
    for f in files:
        if len(files) > 1:
            sys.stdout.write(f"=== {f}\n")
        with open(f, "rb") as fh:
            src = fh.read()
        try:
            src = src.decode("utf-8-sig")
            out = []
            dump(symtable.symtable(src, f, "exec"), 0, out)
            compile(src, f, "exec")
            sys.stdout.write("".join(out))
        except SyntaxError as e:
            sys.stdout.write(f"SyntaxError: {e.msg}\n")


if __name__ == "__main__":
    main(sys.argv[1:])

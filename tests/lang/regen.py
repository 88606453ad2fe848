#!/usr/bin/env python3
"""Regenerate tests/lang/expected/<name>.out from CPython 3.11.

For each tests/lang/*.py (except this script) run `python3 -S -E FILE`
with cwd tests/lang and a 30 s timeout, and write:
  line 1: "# exit: N"
  line 2: "# error: <last line of stderr>" (or "# error:" if none)
  then the stdout bytes verbatim.
Optional arguments: names (with or without .py) to restrict regeneration.
`--check` writes nothing: it exits 1, naming them, if any recorded output differs from what
python3 prints now (tests/lang_vs_cpython.rs runs this when python3 is present).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "expected")


def last_stderr_line(data):
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def regen(fname, check=False):
    name = fname[:-3]
    try:
        p = subprocess.run(
            ["python3", "-S", "-E", fname],
            cwd=HERE,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=30,
        )
        code, out, err = p.returncode, p.stdout, last_stderr_line(p.stderr)
    except subprocess.TimeoutExpired as e:
        code, out, err = -1, e.stdout or b"", "TIMEOUT"
    header = "# exit: %d\n# error:%s\n" % (code, (" " + err) if err else "")
    data = header.encode("utf-8") + out
    path = os.path.join(OUT_DIR, name + ".out")
    if check:
        with open(path, "rb") as f:
            return f.read() == data
    with open(path, "wb") as f:
        f.write(data)
    return code, err


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    check = "--check" in sys.argv[1:]
    args = [a for a in sys.argv[1:] if a != "--check"]
    wanted = {a[:-3] if a.endswith(".py") else a for a in args}
    names = sorted(
        f for f in os.listdir(HERE)
        if f.endswith(".py") and f != "regen.py"
        and (not wanted or f[:-3] in wanted)
    )
    if check:
        stale = [f for f in names if not regen(f, check=True)]
        print("expected outputs checked against python3: %d programs, %d differ %s"
              % (len(names), len(stale), " ".join(stale)))
        sys.exit(1 if stale else 0)
    for f in names:
        code, err = regen(f)
        print("%-40s exit=%d %s" % (f, code, err))


if __name__ == "__main__":
    main()

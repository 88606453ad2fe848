#!/usr/bin/env python3
"""Whole-process timing of krait against CPython on the reference workloads.

Owns the comparison behind DESIGN.md §8: for each workload ``wN_*.py`` in ``../shared/bench``
(W1-W6, see its README) and ``bench/workloads`` (W7 method calls, W8 attribute access), runs ``python3 -S -E wN.py`` and ``krait run wN.py`` interleaved for N rounds,
checks that both print the same checksum line, and prints per workload the CPython median, the
krait median and the median of the per-pair ratios krait/CPython, then a summary line (geometric
mean of those ratios). Builds nothing: pass a release binary (``cargo build --release`` first).

    python3 bench/compare.py [KRAIT] [--rounds N] [--bench-dir DIR] [--python PYTHON]
"""

import argparse
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(cmd, cwd):
    """Runs cmd; returns (seconds, last stdout line). Exits on failure."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stderr}")
    lines = proc.stdout.strip().splitlines()
    return elapsed, (lines[-1] if lines else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("krait", nargs="?", default=str(REPO / "target/release/krait"),
                    help="krait binary (default: target/release/krait)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    ap.add_argument("--bench-dir", action="append",
                    help="folder of wN_*.py workloads; repeatable (default: ../shared/bench "
                         "for W1-W6 and bench/workloads for krait's own W7 methods, W8 attributes)")
    ap.add_argument("--python", default="python3", help="CPython to compare with")
    args = ap.parse_args()

    krait = Path(args.krait).resolve()
    if not krait.is_file():
        sys.exit(f"{krait} not found: build it with `cargo build --release`")
    dirs = args.bench_dir or [str(REPO.parent / "shared/bench"), str(REPO / "bench/workloads")]
    workloads = sorted((w for d in dirs for w in Path(d).resolve().glob("w[0-9]*_*.py")),
                       key=lambda w: w.name)
    if not workloads:
        sys.exit(f"no wN_*.py workloads in {', '.join(dirs)}")

    print(f"{args.rounds} rounds, interleaved; times in seconds (medians)")
    print(f"{'workload':<14} {'checksum':>12} {'CPython':>9} {'krait':>9} {'krait/CPython':>14}")
    ratios = []
    for w in workloads:
        py_times, kr_times, pair_ratios = [], [], []
        for r in range(args.rounds):
            # Alternate who goes first so drift (thermal, other load) does not favour one side.
            order = ["py", "kr"] if r % 2 == 0 else ["kr", "py"]
            result = {}
            for who in order:
                cmd = ([args.python, "-S", "-E", w.name] if who == "py"
                       else [str(krait), "run", w.name])
                result[who] = timed(cmd, w.parent)
            (tp, outp), (tk, outk) = result["py"], result["kr"]
            if outp != outk:
                sys.exit(f"{w.name}: checksums differ: CPython {outp!r}, krait {outk!r}")
            py_times.append(tp)
            kr_times.append(tk)
            pair_ratios.append(tk / tp)
        ratio = statistics.median(pair_ratios)
        ratios.append(ratio)
        print(f"{w.stem:<14} {outp:>12} {statistics.median(py_times):>9.3f} "
              f"{statistics.median(kr_times):>9.3f} {ratio:>13.2f}x")
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"summary: {len(ratios)} workloads, krait/CPython geometric mean {geo:.2f}x "
          f"(best {min(ratios):.2f}x, worst {max(ratios):.2f}x)")


if __name__ == "__main__":
    main()

"""Run every benchmark and print one summary table: ``python benchmarks/run.py [--quick]``.

A benchmark is a ``benchmarks/bench_*.py`` module with ``run() -> dict[str, object]`` (or
``run(quick: bool)`` to honour ``--quick``): names to figures, medians of several runs where it
matters. Each module runs in its own interpreter so start-up costs, imports and the one
QApplication per process never leak from one benchmark into the next.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
RESULT_PREFIX = "BENCH-RESULT "


def discover(only: list[str]) -> list[Path]:
    paths = sorted(BENCH_DIR.glob("bench_*.py"))
    return [p for p in paths if not only or any(name in p.stem for name in only)]


def run_module(path: Path, quick: bool) -> None:
    """Child side: import one benchmark, run it, print its figures as one JSON line."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and pickling look modules up by name
    spec.loader.exec_module(module)
    accepts_quick = "quick" in inspect.signature(module.run).parameters
    figures = module.run(quick=quick) if accepts_quick else module.run()
    print(RESULT_PREFIX + json.dumps(figures, default=str), flush=True)


def run_in_child(path: Path, quick: bool) -> tuple[dict[str, object] | None, float, str]:
    command = [sys.executable, __file__, "--child", str(path)] + (["--quick"] if quick else [])
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - started
    lines = done.stdout.splitlines()
    results = [line.removeprefix(RESULT_PREFIX) for line in lines if line.startswith(RESULT_PREFIX)]
    if not results:
        return None, elapsed, (done.stderr or done.stdout).strip()[-2000:]
    note = "" if done.returncode == 0 else f"exit status {done.returncode} after reporting"
    return json.loads(results[-1]), elapsed, note


def print_table(rows: list[tuple[str, str, str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def main() -> int:
    parser = argparse.ArgumentParser(description="Run the Backtimer benchmarks.")
    parser.add_argument("--quick", action="store_true", help="short smoke runs")
    parser.add_argument("only", nargs="*", help="run only benchmarks whose name contains this")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_module(args.child, args.quick)
        return 0
    rows = [("benchmark", "figure", "value")]
    failures = 0
    for path in discover(args.only):
        print(f"running {path.stem}{' (quick)' if args.quick else ''} …", flush=True)
        figures, elapsed, note = run_in_child(path, args.quick)
        if figures is None:
            failures += 1
            rows.append((path.stem, "FAILED", note.splitlines()[-1] if note else "no output"))
            print(note, file=sys.stderr)
            continue
        for key, value in figures.items():
            rows.append((path.stem, key, str(value)))
        rows.append((path.stem, "wall_time_s", f"{elapsed:.1f}" + (f" ({note})" if note else "")))
    print()
    print_table(rows)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Write a synthetic journal with a known story, for screenshots, benchmarks and demos.

    .venv/bin/python tools/make_demo_journal.py recovery /tmp/demo.sqlite3 [--today 2026-06-30]
    .venv/bin/python tools/make_demo_journal.py decade /tmp/decade.sqlite3

``recovery``: six months, a clear improvement and a flare-up in month four. ``decade``: ten years
of daily sessions (3,650 sessions, ~40k steps) for the chart benchmark. An existing file is never
overwritten.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from backtimer.journal.db import open_database
from backtimer.journal.demo import Story, write_demo_journal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("story", choices=[story.value for story in Story])
    parser.add_argument("path", type=Path, help="new journal file to create")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(),
                        help="last day of the story (default: today)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.path.exists():
        print(f"{args.path} already exists; choose a new file name.", file=sys.stderr)
        return 1
    conn = open_database(args.path)
    try:
        summary = write_demo_journal(conn, Story(args.story), args.today, seed=args.seed)
    finally:
        conn.close()
    print(
        f"{args.path}: {summary.first_day} – {summary.last_day}, {summary.sessions} sessions, "
        f"{summary.steps} steps, {summary.ratings} ratings, {summary.hurt_events} 'this hurts', "
        f"{summary.flare_days} flare days"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Rebuild the journal fixtures of every earlier schema version (run by hand, output committed).

    .venv/bin/python tests/core/journal/make_fixtures.py

Each fixture is frozen once its version is released: the migration tests must keep upgrading
the very files real users had. Regenerate only to add a version, never to change an old one.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from backtimer.journal.db import SCHEMA_VERSION, apply_migrations

FIXTURES = Path(__file__).with_name("fixtures")

# A few rows in every table, in the shape the app wrote them (London, winter: offset 0).
_V1_ROWS = (
    "INSERT INTO session VALUES (1, 'gentle_start', 'Gentle start', 600.0,"
    " '2026-01-05T08:00:00.000Z', 0, '2026-01-05', '2026-01-05T08:10:02.500Z', 'completed',"
    " 'felt loose', NULL)",
    "INSERT INTO session VALUES (2, 'core_basics', 'Core basics', 900.0,"
    " '2026-01-06T23:30:00.000Z', 60, '2026-01-07', NULL, 'in_progress', '', NULL)",
    "INSERT INTO session VALUES (3, 'gentle_start', 'Gentle start', 600.0,"
    " '2026-01-08T08:00:00.000Z', 0, '2026-01-08', '2026-01-08T08:03:00.000Z', 'stopped',"
    " '', '2026-01-09T10:00:00.000Z')",
    "INSERT INTO step VALUES (1, 1, 0, 'prepare', 'cat_cow', 'Cat-cow', NULL, 1, 1, 5.0, 5.0,"
    " '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:05.000Z', 0)",
    "INSERT INTO step VALUES (2, 1, 1, 'work', 'cat_cow', 'Cat-cow', NULL, 1, 1, 30.0, 30.2,"
    " '2026-01-05T08:00:05.000Z', '2026-01-05T08:00:35.200Z', 0)",
    "INSERT INTO step VALUES (3, 1, 2, 'hold', 'side_plank', 'Side plank', 'left', 1, 1,"
    " 20.0, 12.0, '2026-01-05T08:00:35.200Z', '2026-01-05T08:00:47.200Z', 1)",
    "INSERT INTO step VALUES (4, 2, 0, 'work', 'bird_dog', 'Bird-dog', 'right', 2, 3, 10.0,"
    " 10.0, '2026-01-06T23:30:00.000Z', '2026-01-06T23:30:10.000Z', 0)",
    "INSERT INTO pain VALUES (1, '2026-01-05T07:59:00.000Z', 0, '2026-01-05', 6, 'before', 1, '')",
    "INSERT INTO pain VALUES (2, '2026-01-05T08:10:30.000Z', 0, '2026-01-05', 4, 'after', 1,"
    " 'better')",
    "INSERT INTO pain VALUES (3, '2026-01-06T20:00:00.000Z', 0, '2026-01-06', 5, 'spot', NULL, '')",
    "INSERT INTO hurt_event VALUES (1, 1, 2, 'side_plank', 'Side plank',"
    " '2026-01-05T08:00:47.000Z', 0, '2026-01-05', 7, 'skipped')",
    "INSERT INTO flare_day VALUES ('2026-01-06', 'woke up stiff')",
)

# Rows each version adds to the journal of the version before (v2 added session.effort).
_ROWS_ADDED_BY_VERSION: dict[int, tuple[str, ...]] = {
    0: (),
    1: _V1_ROWS,
    2: ("UPDATE session SET effort = 6 WHERE id = 1",),
}


def build(version: int, path: Path) -> None:
    """A journal of ``version`` with that version's sample rows, as one self-contained file."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        for step in range(version + 1):  # rows go in as the app of each version wrote them
            apply_migrations(conn, up_to=step)
            with conn:
                for statement in _ROWS_ADDED_BY_VERSION[step]:
                    conn.execute(statement)
        conn.execute("VACUUM")
    finally:
        conn.close()


def main() -> int:
    FIXTURES.mkdir(exist_ok=True)
    for version in range(SCHEMA_VERSION):
        target = FIXTURES / f"journal-v{version}.sqlite3"
        if target.exists() and "--all" not in sys.argv:
            continue  # released fixtures stay as users had them
        build(version, target)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Export speed and memory: 200k step rows, against a bare csv.writer over the same SQL.

The issue's bar: the real export (formula-safe cells, local times, progress, temp file, fsync,
os.replace) takes at most 1.2x a bare ``csv.writer(f).writerows(cursor)``. Two baselines are
reported: the very same query (what the bar says), and a stricter one selecting the raw columns
of the same rows with no formatting at all. Peak Python memory of one export shows the
streaming keeps it flat (a fetchall() of these rows costs tens of MB).
"""

from __future__ import annotations

import csv
import random
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from backtimer.journal import db
from backtimer.journal.export import DateRange, ExportKind, export_csv, export_query

STEP_ROWS = 200_000
STEPS_PER_SESSION = 40
REPEATS = 5
RAW_STEPS_SQL = """
SELECT s.started_utc, s.day, st.step_index, st.kind, st.exercise_id, st.exercise_name, st.side,
       st.set_number, st.rep_number, st.planned_s, st.actual_s, st.started_utc, st.ended_utc,
       st.skipped
FROM session s JOIN step st ON st.session_id = s.id
WHERE s.deleted_utc IS NULL AND s.day BETWEEN :first AND :last
ORDER BY 1, 3
"""


def build_journal(path: Path, step_rows: int = STEP_ROWS) -> None:
    """A journal with ``step_rows`` steps in sessions of 40, written in one transaction."""
    rng = random.Random(3)
    conn = db.open_database(path)
    sessions = step_rows // STEPS_PER_SESSION
    with conn:
        for number in range(sessions):
            day = f"20{10 + number // 365:02d}-{1 + number // 31 % 12:02d}-{1 + number % 28:02d}"
            started = f"{day}T07:{number % 60:02d}:10.123Z"
            session_id = conn.execute(
                "INSERT INTO session (routine_id, routine_title, planned_s, started_utc,"
                " utc_offset_min, day, ended_utc, status, note)"
                " VALUES ('core', 'Core basics', 1200, ?, 60, ?, ?, 'completed', '')",
                (started, day, started),
            ).lastrowid
            conn.executemany(
                "INSERT INTO step (session_id, step_index, kind, exercise_id, exercise_name,"
                " side, set_number, rep_number, planned_s, actual_s, started_utc, ended_utc,"
                " skipped) VALUES (?, ?, 'work', 'bird_dog', ?, ?, 1, ?, 30, ?, ?, ?, 0)",
                [
                    (
                        session_id,
                        index,
                        "=Bird-dog" if index == 7 else "Bird-dog",
                        ("left", "right", None)[index % 3],
                        index % 10 + 1,
                        30 + rng.random(),
                        started,
                        started,
                    )
                    for index in range(STEPS_PER_SESSION)
                ],
            )
    conn.close()


def _bare(conn: sqlite3.Connection, sql: str, destination: Path) -> float:
    start = time.perf_counter()
    with destination.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(
            conn.execute(sql, dict(zip(("first", "last"), DateRange().sql_bounds(), strict=True)))
        )
    return time.perf_counter() - start


def _export(conn: sqlite3.Connection, destination: Path) -> float:
    start = time.perf_counter()
    export_csv(conn, destination, ExportKind.STEPS, progress=lambda done, total: None)
    return time.perf_counter() - start


def run(quick: bool = False) -> dict[str, object]:
    """Medians of REPEATS runs; ``quick`` uses a tenth of the rows and three runs."""
    repeats = 3 if quick else REPEATS
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        build_journal(root / "journal.sqlite3", STEP_ROWS // 10 if quick else STEP_ROWS)
        conn = db.open_read_only(root / "journal.sqlite3")
        timings: dict[str, list[float]] = {"export": [], "same_query": [], "raw_columns": []}
        for _ in range(repeats):
            timings["same_query"].append(
                _bare(conn, export_query(ExportKind.STEPS), root / "a.csv")
            )
            timings["raw_columns"].append(_bare(conn, RAW_STEPS_SQL, root / "b.csv"))
            timings["export"].append(_export(conn, root / "c.csv"))
        tracemalloc.start()
        export_csv(conn, root / "d.csv", ExportKind.STEPS)
        peak_bytes = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows = sum(1 for _ in (root / "d.csv").open(encoding="utf-8-sig")) - 1
        conn.close()
    medians = {name: statistics.median(values) for name, values in timings.items()}
    return {
        "step_rows": rows,
        "export_s": round(medians["export"], 3),
        "bare_same_query_s": round(medians["same_query"], 3),
        "bare_raw_columns_s": round(medians["raw_columns"], 3),
        "ratio_vs_same_query": round(medians["export"] / medians["same_query"], 2),
        "ratio_vs_raw_columns": round(medians["export"] / medians["raw_columns"], 2),
        "peak_python_memory_mb": round(peak_bytes / 1e6, 2),
        "repeats": repeats,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")

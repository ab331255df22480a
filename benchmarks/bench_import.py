"""CSV import speed: a million rows imported within 2x the time of exporting them, and linear.

The issue's bar: ``backtimer import`` of a 1,000,000-row export takes at most twice the export of
the same rows (the import used to be quadratic: 40k rows took 28 s, a million never finished).
Both exports are timed: a sessions file (one row per session, with its before/after pain) and a
steps file (one row per step of 40-step sessions). Each import goes into a fresh journal (the
steps one into a journal holding the sessions), so duplicates checks run against real data.
A tenth of the rows is timed too, to show the cost per row stays flat.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from backtimer.journal import db
from backtimer.journal.csv_import import import_csv
from backtimer.journal.export import ExportKind, export_csv

ROWS = 1_000_000
STEPS_PER_SESSION = 40
REPEATS = 3


def build_journal(path: Path, session_rows: int, step_rows: int) -> None:
    """``session_rows`` sessions with before/after pain; the first ones get 40 steps each."""
    rng = random.Random(5)
    conn = db.open_database(path)
    with conn:
        sessions = []
        pains = []
        for number in range(session_rows):
            day = f"{2000 + number // 336}-{1 + number // 28 % 12:02d}-{1 + number % 28:02d}"
            started = f"{day}T07:{number % 60:02d}:10.123Z"
            ended = f"{day}T07:{number % 60:02d}:50.456Z"
            note = "=Felt fine" if number % 50 == 0 else ("" if number % 3 else "Stiff, then ok")
            sessions.append(
                (number + 1, "core_basics", "Core basics", 1200.0, started, day, ended, note)
            )
            pains.append((started, day, rng.randint(0, 10), "before", number + 1))
            pains.append((ended, day, rng.randint(0, 10), "after", number + 1))
        conn.executemany(
            "INSERT INTO session (id, routine_id, routine_title, planned_s, started_utc,"
            " utc_offset_min, day, ended_utc, status, note)"
            " VALUES (?, ?, ?, ?, ?, 60, ?, ?, 'completed', ?)",
            sessions,
        )
        conn.executemany(
            "INSERT INTO pain (recorded_utc, utc_offset_min, day, score, context, session_id)"
            " VALUES (?, 60, ?, ?, ?, ?)",
            pains,
        )
        steps = []
        for index in range(step_rows):
            session = sessions[index // STEPS_PER_SESSION]
            steps.append(
                (
                    session[0],
                    index % STEPS_PER_SESSION,
                    ("left", "right", None)[index % 3],
                    30 + rng.random(),
                    session[4],
                    session[6],
                )
            )
        conn.executemany(
            "INSERT INTO step (session_id, step_index, kind, exercise_id, exercise_name, side,"
            " set_number, rep_number, planned_s, actual_s, started_utc, ended_utc, skipped)"
            " VALUES (?, ?, 'work', 'bird_dog', 'Bird-dog', ?, 1, 1, 30, ?, ?, ?, 0)",
            steps,
        )
    conn.close()


def _timed(action: object) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): the CPU figure is what other programs on a
    busy machine cannot inflate, so the ratios are given on both."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu


def _measure(root: Path, rows: int, repeats: int) -> dict[str, float]:
    """Medians of export and import times (wall and CPU) for ``rows`` sessions and steps rows."""
    source = root / f"source-{rows}.sqlite3"
    build_journal(source, rows, rows)
    files = {kind: root / f"{kind.value}-{rows}.csv" for kind in ExportKind}
    timings: dict[str, list[tuple[float, float]]] = {
        f"{what}_{kind.value}": [] for what in ("export", "import") for kind in ExportKind
    }
    conn = db.open_read_only(source)
    for _ in range(repeats):
        for kind in ExportKind:
            timings[f"export_{kind.value}"].append(
                _timed(lambda kind=kind: export_csv(conn, files[kind], kind))
            )
    conn.close()
    for attempt in range(repeats):
        target = root / f"target-{rows}-{attempt}.sqlite3"
        journal = db.open_database(target)
        for kind in ExportKind:
            timings[f"import_{kind.value}"].append(
                _timed(lambda kind=kind, journal=journal: import_csv(journal, files[kind]))
            )
        journal.close()
        target.unlink()
    source.unlink()
    medians = {}
    for name, values in timings.items():
        medians[name] = statistics.median(wall for wall, _ in values)
        medians[f"{name}_cpu"] = statistics.median(cpu for _, cpu in values)
    return medians


def run(quick: bool = False) -> dict[str, object]:
    rows = ROWS // 10 if quick else ROWS
    repeats = 1 if quick else REPEATS
    with tempfile.TemporaryDirectory() as folder:
        small = _measure(Path(folder), rows // 10, repeats)
        full = _measure(Path(folder), rows, repeats)
    figures: dict[str, object] = {"rows_per_file": rows, "repeats": repeats}
    for kind in ExportKind:
        export_s, import_s = full[f"export_{kind.value}"], full[f"import_{kind.value}"]
        figures[f"{kind.value}_export_s"] = round(export_s, 2)
        figures[f"{kind.value}_import_s"] = round(import_s, 2)
        figures[f"{kind.value}_import_vs_export"] = round(import_s / export_s, 2)
        figures[f"{kind.value}_import_vs_export_cpu"] = round(
            full[f"import_{kind.value}_cpu"] / full[f"export_{kind.value}_cpu"], 2
        )
        # Linear: ten times the rows costs about ten times as much (quadratic would be 100x).
        figures[f"{kind.value}_import_10x_rows_cost"] = round(
            import_s / small[f"import_{kind.value}"], 1
        )
    total_export = sum(full[f"export_{kind.value}"] for kind in ExportKind)
    total_import = sum(full[f"import_{kind.value}"] for kind in ExportKind)
    figures["import_vs_export_both_files"] = round(total_import / total_export, 2)
    cpu_export = sum(full[f"export_{kind.value}_cpu"] for kind in ExportKind)
    cpu_import = sum(full[f"import_{kind.value}_cpu"] for kind in ExportKind)
    figures["import_vs_export_both_files_cpu"] = round(cpu_import / cpu_export, 2)
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")

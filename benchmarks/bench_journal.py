"""Journal costs the app pays while the user waits: one step commit, opening, the history query.

* ``record_step``: each step is its own transaction under WAL + synchronous=FULL, committed
  while the timer runs; it must stay well under a millisecond or two on an ordinary disk.
* ``open``: opening runs ``PRAGMA quick_check`` on the whole file (10 years of daily sessions
  here), so its cost is measured rather than assumed.
* ``sessions()``: the history view's query (totals, latest pain before/after, hurt counts all
  aggregated in SQL) over a 3,650-session journal, for all of it and for the last 90 days.

Run alone: ``python benchmarks/bench_journal.py``; or via benchmarks/run.py.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from backtimer.journal import Journal, StepRecord
from backtimer.journal.timestamps import Timestamp, utc_text

STEP_COMMITS = 500
SESSIONS = 3_650
STEPS_PER_SESSION = 30
REPEATS = 7
T0 = datetime(2016, 1, 1, 8, 0, tzinfo=UTC)


def build_history(journal: Journal) -> None:
    """Ten years of daily sessions, inserted in bulk (how they got there is not measured)."""
    rng = random.Random(3650)
    conn = journal.connection
    with conn:
        for number in range(SESSIONS):
            start = T0 + timedelta(days=number, minutes=rng.randint(0, 600))
            stamp = Timestamp.from_datetime(start)
            session_id = conn.execute(
                "INSERT INTO session (routine_id, routine_title, planned_s, started_utc,"
                " utc_offset_min, day, ended_utc, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    "gentle_start",
                    "Gentle start",
                    900.0,
                    *stamp,
                    utc_text(start + timedelta(minutes=15)),
                    "completed",
                ),
            ).lastrowid
            conn.executemany(
                "INSERT INTO step (session_id, step_index, kind, exercise_id, exercise_name,"
                " side, set_number, rep_number, planned_s, actual_s, started_utc, ended_utc,"
                " skipped) VALUES (?, ?, 'work', 'cat_cow', 'Cat-cow', NULL, 1, 1, 30, ?, ?, ?, ?)",
                [
                    (
                        session_id,
                        index,
                        30.0 + rng.random(),
                        stamp.utc,
                        stamp.utc,
                        int(rng.random() < 0.05),
                    )
                    for index in range(STEPS_PER_SESSION)
                ],
            )
            for context, score in (("before", rng.randint(2, 8)), ("after", rng.randint(1, 7))):
                conn.execute(
                    "INSERT INTO pain (recorded_utc, utc_offset_min, day, score, context,"
                    " session_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (*stamp, score, context, session_id),
                )
            if rng.random() < 0.1:
                conn.execute(
                    "INSERT INTO hurt_event (session_id, step_index, exercise_id, exercise_name,"
                    " recorded_utc, utc_offset_min, day, score, action)"
                    " VALUES (?, 3, 'cat_cow', 'Cat-cow', ?, ?, ?, 6, 'easier')",
                    (session_id, *stamp),
                )


def _median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        timings.append(time.perf_counter() - began)
    return statistics.median(timings) * 1000


def _step_commit_ms(journal: Journal) -> list[float]:
    session_id = journal.start_session("bench", "Bench", 60.0, T0)
    timings = []
    for index in range(STEP_COMMITS):
        step = StepRecord(index, "work", "cat_cow", "Cat-cow", None, 1, 1, 1.0, 1.0, T0, T0)
        began = time.perf_counter()
        journal.record_step(session_id, step)
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def run() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite3"
        with Journal.open(path) as journal:
            build_history(journal)
            commits = sorted(_step_commit_ms(journal))
        size_mb = path.stat().st_size / 1e6
        open_ms = _median_ms(lambda: Journal.open(path).close())
        with Journal.open(path) as journal:
            last_day = (T0 + timedelta(days=SESSIONS - 1)).date()
            count = len(journal.sessions())
            all_ms = _median_ms(journal.sessions)
            recent_ms = _median_ms(
                lambda: journal.sessions(from_day=last_day - timedelta(days=89), to_day=last_day)
            )
            pain_ms = _median_ms(lambda: journal.pain_entries(from_day=date(2016, 1, 1)))
    return {
        "record_step_commits": STEP_COMMITS,
        "record_step_median_ms": round(statistics.median(commits), 3),
        "record_step_p95_ms": round(commits[int(len(commits) * 0.95)], 3),
        "journal_sessions": count,
        "journal_size_mb": round(size_mb, 1),
        "open_with_quick_check_median_ms": round(open_ms, 1),
        "sessions_all_median_ms": round(all_ms, 1),
        "sessions_last_90_days_median_ms": round(recent_ms, 2),
        "pain_entries_all_median_ms": round(pain_ms, 1),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")

"""Hostile CSV files: every bad value is refused and counted, never a traceback."""

from __future__ import annotations

import csv
import os
import sqlite3
from pathlib import Path

import pytest

from backtimer.journal.csv_import import import_csv
from backtimer.journal.export import SESSION_COLUMNS, STEP_COLUMNS
from backtimer.journal.journal import Journal

SESSION = {
    "uid": "2026-11-24T07:57:10.123Z",
    "entry": "session",
    "local_time": "2026-11-24T08:57:10+01:00",
    "end_local_time": "2026-11-24T09:17:10+01:00",
    "day": "2026-11-24",
    "routine_id": "core_basics",
    "routine_title": "Core basics",
    "status": "completed",
    "planned_min": "20",
    "done_min": "19.5",
    "steps_completed": "40",
    "steps_skipped": "0",
    "pain_before": "5",
    "pain_after": "3",
    "pain_change": "-2",
    "spot_pain": "",
    "effort": "4",
    "hurt_events": "0",
    "flare_day": "0",
    "note": "fine",
    "pain_before_note": "",
    "pain_after_note": "",
    "pain_before_symptoms": "",
    "pain_after_symptoms": "",
    "spot_symptoms": "",
}
STEP = {
    "session_uid": "2026-11-24T07:57:10.123Z",
    "session_day": "2026-11-24",
    "entry": "step",
    "step_index": "0",
    "kind": "work",
    "exercise_id": "bird_dog",
    "exercise_name": "Bird-dog",
    "side": "left",
    "set_number": "1",
    "rep_number": "1",
    "planned_s": "30",
    "actual_s": "30.5",
    "local_time": "2026-11-24T08:57:20+01:00",
    "end_local_time": "2026-11-24T08:57:50+01:00",
    "skipped": "0",
    "hurt_score": "",
    "hurt_action": "",
    "hurt_leg_or_nerve": "",
}


def _csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _session(number: int, **changes: str) -> dict[str, str]:
    """A sound session row on day ``number`` of November 2026, then ``changes``."""
    day = f"2026-11-{number:02d}"
    row = {
        **SESSION,
        "uid": f"{day}T07:57:10.123Z",
        "local_time": f"{day}T08:57:10+01:00",
        "end_local_time": f"{day}T09:17:10+01:00",
        "day": day,
    }
    return {**row, **changes}


BAD_SESSION_CELLS = [
    pytest.param({"local_time": "9999-12-31T23:00:00-05:00"}, "local_time", id="9999 minus 5h"),
    pytest.param({"end_local_time": "9999-12-31T23:59:59-14:00"}, "end_local_time", id="end 9999"),
    pytest.param({"planned_min": "nan"}, "planned_min", id="nan"),
    pytest.param({"planned_min": "inf"}, "planned_min", id="inf"),
    pytest.param({"planned_min": "-5"}, "planned_min", id="negative"),
    pytest.param({"planned_min": "1e308"}, "planned_min", id="huge"),
    pytest.param(
        {
            "uid": "0001-01-01T07:57:10.123Z",
            "local_time": "0001-01-01T08:57:10+01:00",
            "end_local_time": "0001-01-01T09:17:10+01:00",
            "day": "0001-01-01",
        },
        "uid",
        id="year 1",
    ),
    pytest.param({"day": "2026-11-25"}, "day", id="day of another date"),
    pytest.param({"note": "before\x00after"}, "note", id="NUL in note"),
    pytest.param({"routine_title": "Core\x1b[2J"}, "routine_title", id="ESC in title"),
    pytest.param({"routine_title": "abc\u202edef"}, "routine_title", id="bidi in title"),
    pytest.param({"routine_id": "=1+1"}, "routine_id", id="formula id"),
    pytest.param({"routine_id": "'=1+1"}, "routine_id", id="escaped formula id"),
    pytest.param({"end_local_time": "2026-11-01T08:00:00+01:00"}, "end_local_time", id="end<start"),
    pytest.param({"pain_before": "11"}, "pain_before", id="score 11"),
    pytest.param({"effort": "NaN"}, "effort", id="effort nan"),
    pytest.param({"local_time": "2026-11-01T08:57:10"}, "local_time", id="naive local"),
    pytest.param({"local_time": "2026-11-01T08:57:10+23:59"}, "local_time", id="offset 24h"),
    pytest.param({"uid": "2026-11-01T07:57:10.123"}, "uid", id="uid without Z"),
    pytest.param({"uid": "2026-11-01T07:58:10.123Z"}, "local_time", id="uid and local differ"),
    pytest.param({"status": "in_progress\x00"}, "status", id="NUL in status"),
    pytest.param({"entry": "drop table"}, "entry", id="unknown entry"),
]


@pytest.mark.parametrize(("changes", "column"), BAD_SESSION_CELLS)
def test_a_bad_session_cell_refuses_its_row_only(
    tmp_path: Path, changes: dict[str, str], column: str
) -> None:
    path = _csv(tmp_path / "s.csv", SESSION_COLUMNS, [_session(1, **changes), _session(2)])
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        summary = import_csv(journal.connection, path)
        titles = [session.routine_title for session in journal.sessions()]
    assert summary.added["sessions"] == 1
    assert titles == ["Core basics"]
    (reason,) = summary.refused
    assert reason.startswith(f"{column}: ")
    assert summary.refused[reason] == [2]
    assert "refused 1 row" in summary.describe()
    assert "\x00" not in summary.describe()


def test_refused_rows_are_grouped_by_reason_with_the_first_lines(tmp_path: Path) -> None:
    rows = [_session(day, planned_min="nan") for day in range(1, 9)]
    rows += [_session(9, note="x\x00"), _session(10)]
    path = tmp_path / "s.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(SESSION_COLUMNS)
        writer.writerows([row[column] for column in SESSION_COLUMNS] for row in rows)
        writer.writerow([*_session(11).values(), "one cell too many"])
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        summary = import_csv(journal.connection, path)
    assert summary.refused_rows == 10
    text = summary.describe()
    assert "added 1 session, 2 pain scores" in text
    assert "refused 10 rows: 8 × planned_min: must be a number from 0 to 1440" in text
    assert "(lines 2, 3, 4, 5, 6 and 3 more)" in text
    assert "1 × note: must not contain NUL characters (line 10)" in text
    assert "1 × row: has a different number of cells than the header (line 12)" in text


@pytest.mark.parametrize(
    ("changes", "column"),
    [
        ({"actual_s": "-1"}, "actual_s"),
        ({"planned_s": "inf"}, "planned_s"),
        ({"end_local_time": "2026-11-24T08:57:00+01:00"}, "end_local_time"),
        ({"local_time": "0001-01-01T00:00:00+01:00"}, "local_time"),
        ({"exercise_id": "=HYPERLINK(1)"}, "exercise_id"),
        ({"exercise_name": "Bird\x07dog"}, "exercise_name"),
        ({"step_index": "-3"}, "step_index"),
        ({"side": "middle"}, "side"),
        ({"session_uid": "9999-12-31T23:59:59.999Z"}, "session_uid"),
    ],
)
def test_a_bad_step_cell_refuses_its_row_only(
    tmp_path: Path, changes: dict[str, str], column: str
) -> None:
    sessions = _csv(tmp_path / "s.csv", SESSION_COLUMNS, [SESSION])
    bad = {**STEP, **changes}
    good = {**STEP, "step_index": "1"}
    steps = _csv(tmp_path / "t.csv", STEP_COLUMNS, [bad, good])
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        import_csv(journal.connection, sessions)
        summary = import_csv(journal.connection, steps)
    assert summary.added["steps"] == 1
    (reason,) = summary.refused
    assert reason.startswith(f"{column}: ")


def test_an_imported_formula_like_text_goes_back_out_neutralised(tmp_path: Path) -> None:
    """A title starting with = is stored as plain text and exported with its ' prefix again."""
    from backtimer.journal.export import ExportKind, export_csv

    path = _csv(tmp_path / "s.csv", SESSION_COLUMNS, [_session(1, routine_title="=1+1")])
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        import_csv(journal.connection, path)
        (session,) = journal.sessions()
        export_csv(journal.connection, tmp_path / "out.csv", ExportKind.SESSIONS)
    assert session.routine_title == "=1+1"
    assert ",'=1+1," in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_the_import_reads_the_journal_a_fixed_number_of_times(tmp_path: Path) -> None:
    """Linear by construction: what is already there is read once, not looked up per row.

    (The old importer ran one unindexed SELECT per row: 40k rows took 28 s.) The timed check is
    benchmarks/bench_import.py; this counts statements, which cannot be flaky.
    """
    statements: list[str] = []

    def import_counting(rows: int) -> int:
        path = _csv(
            tmp_path / f"s{rows}.csv",
            SESSION_COLUMNS,
            [
                _session(
                    1 + number % 28, uid=f"2026-11-{1 + number % 28:02d}T07:57:10.{number:03d}Z"
                )
                for number in range(rows)
            ],
        )
        with Journal.open(tmp_path / f"j{rows}.sqlite3") as journal:
            journal.connection.set_trace_callback(statements.append)
            statements.clear()
            summary = import_csv(journal.connection, path)
            journal.connection.set_trace_callback(None)
        assert summary.added["sessions"] + summary.duplicates["sessions"] == rows
        return sum(1 for sql in statements if sql.lstrip().upper().startswith("SELECT"))

    assert import_counting(50) == import_counting(800)


def test_a_full_journal_disk_is_a_plain_error_and_nothing_is_half_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's "database or disk is full" names the journal, and the whole file rolls back."""
    from backtimer.journal import csv_import
    from backtimer.journal.db import JournalDiskFullError

    path = _csv(tmp_path / "s.csv", SESSION_COLUMNS, [_session(day) for day in range(1, 20)])
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        real = csv_import._SessionsImporter.flush
        calls = []

        def flush_then_fill_the_disk(self: object) -> None:
            calls.append(1)
            if len(calls) > 1:
                error = sqlite3.OperationalError("database or disk is full")
                error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
                raise error
            real(self)  # type: ignore[arg-type]

        monkeypatch.setattr(csv_import, "BATCH_ROWS", 5)
        monkeypatch.setattr(csv_import._SessionsImporter, "flush", flush_then_fill_the_disk)
        with pytest.raises(JournalDiskFullError, match=r"j\.sqlite3 is full.*Nothing from s\.csv"):
            import_csv(journal.connection, path)
        assert journal.session_count() == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_offered_for_import_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from backtimer.__main__ import main
    from backtimer.journal.csv_import import CsvImportError

    fifo = tmp_path / "sessions.csv"
    os.mkfifo(fifo)
    with (
        Journal.open(tmp_path / "j.sqlite3") as journal,
        pytest.raises(CsvImportError, match="not a regular file"),
    ):
        import_csv(journal.connection, fifo)
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err

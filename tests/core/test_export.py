"""The journal's CSV export: columns, formats, date ranges, safety, progress and cancelling."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from backtimer.journal.export import (
    SESSION_COLUMNS,
    STEP_COLUMNS,
    DateRange,
    ExportCancelled,
    ExportKind,
    export_csv,
    write_export,
)
from backtimer.journal.journal import Journal


@pytest.fixture
def journal(sample_journal: Journal) -> Journal:
    """The shared sample journal (read only here)."""
    return sample_journal


def _rows(
    journal: Journal, kind: ExportKind, days: DateRange | None = None
) -> list[dict[str, str]]:
    buffer = io.StringIO(newline="")
    write_export(journal.connection, buffer, kind, days or DateRange())
    buffer.seek(0)
    return list(csv.DictReader(buffer))


def test_file_is_utf8_with_bom_crlf_and_a_header(journal: Journal, tmp_path: Path) -> None:
    """The file starts with a BOM and the documented header, and lines end with CRLF."""
    destination = tmp_path / "sessions.csv"
    summary = export_csv(journal.connection, destination, ExportKind.SESSIONS)
    data = destination.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ",".join(SESSION_COLUMNS).encode() + b"\r\n")
    assert "Core basics: Übungen" in data.decode("utf-8-sig")
    assert data.endswith(b"\r\n")
    records = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert summary.rows == len(records) - 1


def test_sessions_row_holds_local_times_pain_and_counts(journal: Journal) -> None:
    """A session row gives local ISO times with offset, dot decimals and pain before/after."""
    first = next(row for row in _rows(journal, ExportKind.SESSIONS) if row["entry"] == "session")
    assert first["uid"] == "2026-10-20T06:57:10.123Z"
    assert first["local_time"] == "2026-10-20T08:57:10+02:00"
    assert first["planned_min"] == "10.0"
    assert float(first["done_min"]) == pytest.approx(1.54, abs=0.01)
    assert (first["steps_completed"], first["steps_skipped"]) == ("5", "1")
    assert int(first["pain_change"]) == int(first["pain_after"]) - int(first["pain_before"])
    assert first["hurt_events"] == "1"


def test_offset_follows_the_clock_change(journal: Journal) -> None:
    """Sessions after the October clock change carry +01:00, those before +02:00."""
    offsets = {
        row["day"]: row["local_time"][-6:]
        for row in _rows(journal, ExportKind.SESSIONS)
        if row["entry"] == "session"
    }
    assert offsets["2026-10-24"] == "+02:00"
    assert offsets["2026-10-27"] == "+01:00"


def test_formula_notes_are_text_and_negative_numbers_stay_numbers(journal: Journal) -> None:
    """An injected formula note gets a leading quote; a negative pain change does not."""
    rows = _rows(journal, ExportKind.SESSIONS)
    cells = [value for row in rows for value in row.values()]
    assert '\'=HYPERLINK("http://x","y")' in cells
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in cells)
    assert any(row["pain_change"].startswith("-") for row in rows)
    assert all(not cell.startswith("-") or cell.lstrip("-").isdigit() for cell in cells)


def test_entries_cover_spot_pain_and_flare_days(journal: Journal) -> None:
    """Spot readings and flare days are rows of their own; flare days also flag sessions."""
    rows = _rows(journal, ExportKind.SESSIONS)
    kinds = {row["entry"] for row in rows}
    assert kinds == {"session", "pain", "flare_day"}
    flare_days = {row["day"] for row in rows if row["entry"] == "flare_day"}
    flagged = {row["day"] for row in rows if row["entry"] == "session" and row["flare_day"] == "1"}
    assert flagged
    assert flagged <= flare_days


def test_deleted_sessions_are_left_out(journal: Journal) -> None:
    """A session in the bin appears in neither export."""
    deleted_day = "2026-10-25"
    assert not [row for row in _rows(journal, ExportKind.SESSIONS) if row["day"] == deleted_day]
    assert not [
        row for row in _rows(journal, ExportKind.STEPS) if row["session_day"] == deleted_day
    ]


@pytest.mark.parametrize("kind", list(ExportKind))
def test_date_range_is_inclusive_on_local_days(journal: Journal, kind: ExportKind) -> None:
    """--from/--to keep exactly the rows whose local day lies in the range, ends included."""
    day_column = "day" if kind is ExportKind.SESSIONS else "session_day"
    days = DateRange(date(2026, 10, 23), date(2026, 10, 28))
    kept = {row[day_column] for row in _rows(journal, kind, days)}
    assert min(kept) == "2026-10-23"
    assert max(kept) == "2026-10-28"


def test_steps_export_interleaves_hurt_reports_after_their_step(journal: Journal) -> None:
    """Each "this hurts" row follows the step it was reported in, within its session."""
    rows = _rows(journal, ExportKind.STEPS)
    assert list(rows[0]) == list(STEP_COLUMNS)
    hurt_at = next(i for i, row in enumerate(rows) if row["entry"] == "this_hurts")
    step = rows[hurt_at - 1]
    assert (step["entry"], step["step_index"]) == ("step", rows[hurt_at]["step_index"])
    assert rows[hurt_at]["hurt_action"] == "easier"


def test_progress_reports_every_row_and_the_total(journal: Journal) -> None:
    """The progress callback ends at (rows, rows)."""
    calls: list[tuple[int, int]] = []
    written = write_export(
        journal.connection, io.StringIO(), ExportKind.STEPS, progress=lambda *a: calls.append(a)
    )
    assert calls[-1] == (written, written)


def test_cancel_leaves_no_file(journal: Journal, tmp_path: Path) -> None:
    """A cancelled export raises ExportCancelled and leaves the folder empty."""
    with pytest.raises(ExportCancelled):
        export_csv(
            journal.connection, tmp_path / "x.csv", ExportKind.STEPS, should_cancel=lambda: True
        )
    assert list(tmp_path.iterdir()) == []

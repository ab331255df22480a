"""Symptoms logged with a pain score or a "this hurts" survive export and import.

Leg pain, nerve symptoms and above all the urgent ones (saddle numbness, bladder or bowel
changes) are what a physiotherapist looks for first in the report; a journal moved to a new
computer must not lose them. Files exported before the symptom columns existed still import.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.journal.csv_import import CsvImportError, import_csv
from backtimer.journal.export import (
    EARLIER_COLUMNS,
    SESSION_COLUMNS,
    STEP_COLUMNS,
    ExportKind,
)
from backtimer.journal.journal import Journal
from backtimer.journal.records import HurtRecord, PainContext, SessionStatus
from backtimer.report.content import build_report
from tests.core.test_csv_import import _export_both

START = datetime(2026, 10, 5, 9, tzinfo=UTC)


def _fill(journal: Journal) -> None:
    session = journal.start_session("rt_back_basics", "Back Basics", 600.0, START)
    journal.record_pain(5, PainContext.BEFORE, START, session, leg_pain=True)
    journal.record_hurt(
        session,
        HurtRecord(3, "stab_bird_dog", "Bird dog", START + timedelta(minutes=4), "easier", 7,
                   leg_or_nerve=True),
    )  # fmt: skip
    end = START + timedelta(minutes=10)
    journal.finish_session(session, SessionStatus.COMPLETED, end)
    journal.record_pain(6, PainContext.AFTER, end, session, leg_pain=True, nerve_symptoms=True)
    journal.record_pain(4, PainContext.SPOT, START + timedelta(days=1), urgent_symptoms=True)
    journal.record_pain(3, PainContext.SPOT, START + timedelta(days=2))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_symptoms_are_exported_and_come_back_on_import(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "a.sqlite3") as original:
        _fill(original)
        first = _export_both(original, tmp_path / "first")
    sessions = _rows(first[ExportKind.SESSIONS])
    assert [row["pain_before_symptoms"] for row in sessions] == ["leg", "", ""]
    assert [row["pain_after_symptoms"] for row in sessions] == ["leg;nerve", "", ""]
    assert [row["spot_symptoms"] for row in sessions] == ["", "urgent", ""]
    hurts = [row for row in _rows(first[ExportKind.STEPS]) if row["entry"] == "this_hurts"]
    assert [row["hurt_leg_or_nerve"] for row in hurts] == ["1"]
    with Journal.open(tmp_path / "b.sqlite3") as restored:
        for kind in ExportKind:
            import_csv(restored.connection, first[kind])
        again = _export_both(restored, tmp_path / "again")
        report = build_report(restored.connection, START.date(), START.date() + timedelta(2))
    for kind in ExportKind:
        assert again[kind].read_bytes() == first[kind].read_bytes()
    assert [(line.source, line.symptoms, line.urgent) for line in report.symptoms] == [
        ("before", "pain down a leg", False),
        ("this hurts: Bird dog", "pain down the leg, numbness or tingling", False),
        ("after", "pain down a leg; numbness, tingling or weakness", False),
        ("pain check", "numbness around the genitals or back passage, or bladder or bowel changes",
         True),
    ]  # fmt: skip


def test_a_file_from_before_the_symptom_columns_still_imports(tmp_path: Path) -> None:
    """The earlier header (no symptom columns) is a Backtimer export too: nothing is refused."""
    with Journal.open(tmp_path / "a.sqlite3") as original:
        _fill(original)
        first = _export_both(original, tmp_path / "first")
    earlier = {}
    for kind, columns in ((ExportKind.SESSIONS, SESSION_COLUMNS), (ExportKind.STEPS, STEP_COLUMNS)):
        kept = EARLIER_COLUMNS[kind.value]
        assert kept == columns[: len(kept)]
        earlier[kind] = tmp_path / f"earlier-{kind.value}.csv"
        with earlier[kind].open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(kept)
            writer.writerows([row[column] for column in kept] for row in _rows(first[kind]))
    with Journal.open(tmp_path / "b.sqlite3") as restored:
        summaries = [import_csv(restored.connection, earlier[kind]) for kind in ExportKind]
        flags = restored.connection.execute(
            "SELECT sum(leg_pain + nerve_symptoms + urgent_symptoms) FROM pain"
        ).fetchone()[0]
    assert [summary.refused_rows for summary in summaries] == [0, 0]
    assert summaries[0].added["sessions"] == 1
    assert flags == 0


@pytest.mark.parametrize("cell", ["leg;leg", "sciatica", "leg,nerve"])
def test_a_symptoms_cell_holds_only_the_known_words(tmp_path: Path, cell: str) -> None:
    """Empty, or the known words each at most once; anything else refuses the row by name."""
    with Journal.open(tmp_path / "a.sqlite3") as original:
        _fill(original)
        first = _export_both(original, tmp_path / "first")
    rows = _rows(first[ExportKind.SESSIONS])
    rows[1]["spot_symptoms"] = cell
    path = tmp_path / "edited.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, SESSION_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    with Journal.open(tmp_path / "b.sqlite3") as restored:
        summary = import_csv(restored.connection, path)
    assert summary.refused_rows == 1
    assert "spot_symptoms: must be empty, or leg, nerve, urgent joined by ;" in summary.describe()


def test_a_header_with_only_some_symptom_columns_is_not_an_export(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(",".join(SESSION_COLUMNS[:-1]) + "\n", encoding="utf-8")
    with Journal.open(tmp_path / "j.sqlite3") as journal, pytest.raises(CsvImportError):
        import_csv(journal.connection, path)

"""What the physio report says, checked as plain data before any PDF is drawn."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from backtimer.journal.journal import Journal
from backtimer.report.content import MAX_NOTES, build_report
from tests.journal_samples import TRICKY_NOTES, fill_sample_journal

FIRST, LAST = date(2026, 10, 20), date(2026, 11, 2)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Journal:
    journal = Journal.open(tmp_path_factory.mktemp("report") / "journal.sqlite3")
    fill_sample_journal(journal)
    return journal


def test_totals_match_the_journal(journal: Journal) -> None:
    """Session count, minutes and per-routine lines agree with the journal's own summaries."""
    content = build_report(journal.connection, FIRST, LAST)
    sessions = journal.sessions(FIRST, LAST)
    assert content.sessions == len(sessions) == sum(line.sessions for line in content.routines)
    assert content.minutes == pytest.approx(sum(s.done_s for s in sessions) / 60)
    assert sum(week.sessions for week in content.weeks) == len(sessions)


def test_chart_has_one_point_per_rated_day_in_range(journal: Journal) -> None:
    """The chart plots each rated day of the range once, and nothing outside it."""
    content = build_report(journal.connection, date(2026, 10, 25), LAST)
    days = [point.day for point in content.chart]
    assert days == sorted(set(days))
    assert days[0] >= date(2026, 10, 25)
    assert days[-1] <= LAST


def test_lists_are_capped_but_totals_are_not(journal: Journal) -> None:
    """Notes are capped to keep two pages; the total still says how many there were."""
    content = build_report(journal.connection, FIRST, LAST)
    assert len(content.notes) == MAX_NOTES < content.notes_total
    assert {note.text for note in content.notes} <= set(TRICKY_NOTES)
    assert content.hurts_total == len(content.hurts) == 4


def test_empty_range_reads_as_not_enough_data(journal: Journal) -> None:
    """A period without data gives an honest, empty report rather than an error."""
    content = build_report(journal.connection, date(2020, 1, 1), date(2020, 1, 31))
    assert (content.sessions, content.chart, content.notes) == (0, (), ())
    assert content.headline == "Not enough ratings yet"


def test_deleted_sessions_do_not_count(tmp_path: Path) -> None:
    """A session in the bin is left out of the totals."""
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        fill_sample_journal(journal)
        before = build_report(journal.connection, FIRST, LAST).sessions
        journal.delete_session(journal.sessions(FIRST, LAST)[0].id, journal.sessions()[0].started)
        assert build_report(journal.connection, FIRST, LAST).sessions == before - 1

"""What the physio report says, checked as plain data before any PDF is drawn."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.journal.journal import Journal
from backtimer.journal.records import SessionStatus
from backtimer.report.content import MAX_NOTES, build_report, session_minutes
from tests.journal_samples import TRICKY_NOTES, fill_sample_journal

FIRST, LAST = date(2026, 10, 20), date(2026, 11, 2)


@pytest.fixture
def journal(sample_journal: Journal) -> Journal:
    """The shared sample journal (read only here)."""
    return sample_journal


def test_totals_match_the_journal(journal: Journal) -> None:
    """Session count, minutes and per-routine lines agree with the journal's own summaries."""
    content = build_report(journal.connection, FIRST, LAST)
    sessions = journal.sessions(FIRST, LAST)
    assert content.sessions == len(sessions) == sum(line.sessions for line in content.routines)
    assert content.minutes == pytest.approx(sum(session_minutes(s) for s in sessions))
    assert sum(week.sessions for week in content.weeks) == len(sessions)
    # One measure everywhere: the weekly table and the routines add up to the total.
    assert sum(week.minutes for week in content.weeks) == pytest.approx(content.minutes)
    assert sum(line.minutes for line in content.routines) == pytest.approx(content.minutes)


def test_sessions_imported_without_steps_still_count_their_minutes(tmp_path: Path) -> None:
    """The "0 min of exercise in total" beside weekly tables of hundreds of minutes."""
    start = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        for day in range(5):
            session = journal.start_session("r1", "R", 1200.0, start + timedelta(days=day))
            journal.finish_session(
                session,
                SessionStatus.COMPLETED,
                start + timedelta(days=day, minutes=20),
            )
        content = build_report(journal.connection, date(2026, 11, 1), date(2026, 11, 30))
    assert content.minutes == pytest.approx(100.0)
    assert sum(week.minutes for week in content.weeks) == pytest.approx(100.0)


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


def test_reading_uses_only_the_report_s_own_range(tmp_path: Path) -> None:
    """A bad first month outside the range does not make the report's period look better."""
    from datetime import datetime, timedelta, timezone

    zone = timezone(timedelta(hours=1))
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        for offset, score in (
            [(day, 9) for day in range(5)]
            + [(day, 5) for day in range(40, 45)]
            + [(day, 5) for day in range(60, 65)]
        ):
            at = datetime(2026, 1, 1, 9, tzinfo=zone) + timedelta(days=offset)
            session = journal.start_session("rt_back_basics", "Back Basics", 600.0, at)
            journal.record_pain(score, "before", at, session)
            journal.record_pain(0, "after", at + timedelta(minutes=10), session)
            journal.finish_session(session, "completed", at + timedelta(minutes=10))
        first = date(2026, 1, 1) + timedelta(days=40)
        content = build_report(journal.connection, first, date(2026, 1, 1) + timedelta(days=64))
        assert content.headline == "No clear change"
        assert "5.0" in content.reading
        assert "9.0" not in content.reading
        whole = build_report(journal.connection, date(2026, 1, 1), first + timedelta(days=24))
        assert whole.headline == "Meaningful improvement"
        assert "at least 30 % and 2 points" in whole.reading


def test_symptoms_are_listed_with_their_scores(tmp_path: Path) -> None:
    """Leg, nerve and urgent symptoms logged with a score appear, in words, in the report."""
    from datetime import datetime, timedelta, timezone

    at = datetime(2026, 3, 3, 8, tzinfo=timezone(timedelta(hours=1)))
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        journal.record_pain(6, "spot", at, leg_pain=True, nerve_symptoms=True)
        journal.record_pain(4, "spot", at + timedelta(hours=2), urgent_symptoms=True)
        journal.record_pain(3, "spot", at + timedelta(hours=3))
        content = build_report(journal.connection, date(2026, 3, 1), date(2026, 3, 7))
    first, second = content.symptoms
    assert (first.score, first.source, first.urgent) == (6, "pain check", False)
    assert first.symptoms == "pain down a leg; numbness, tingling or weakness"
    assert second.urgent
    assert "bladder or bowel" in second.symptoms


@pytest.mark.parametrize(
    ("sessions", "days", "text"),
    [
        (31, 35, "about 6 sessions and"),  # 6.2 a week
        (6, 14, "3 sessions and"),
        (1, 28, "less than one session and"),
        (7, 7, "7 sessions and"),
    ],
)
def test_weekly_counts_are_rounded_as_people_speak(
    tmp_path: Path, sessions: int, days: int, text: str
) -> None:
    """ "about 6 sessions a week", never "6.2 sessions"."""
    from dataclasses import replace
    from datetime import timedelta

    with Journal.open(tmp_path / "j.sqlite3") as journal:
        empty = build_report(journal.connection, FIRST, FIRST)
    content = replace(
        empty, sessions=sessions, minutes=sessions * 19.0, last_day=FIRST + timedelta(days - 1)
    )
    assert content.per_week_text.startswith(text)
    assert "." not in content.per_week_text

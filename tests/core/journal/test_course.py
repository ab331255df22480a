"""The course (plan start, flare mode, check-in skips) lives in the journal, moved there once."""

from __future__ import annotations

from datetime import date

from backtimer.journal import Journal
from backtimer.journal.course import FLARE_STARTED, PLAN_START, Course


def test_days_round_trip_and_none_removes(journal: Journal) -> None:
    course = Course(journal.connection)
    course.set_day(PLAN_START, date(2026, 3, 2))
    assert course.plan_start == date(2026, 3, 2)
    course.set_day(PLAN_START, None)
    assert course.plan_start is None
    assert course.value(PLAN_START) is None


def test_a_malformed_stored_day_reads_as_none(journal: Journal) -> None:
    course = Course(journal.connection)
    course.set_value(FLARE_STARTED, "last tuesday")
    assert course.flare_started is None


def test_settings_are_adopted_once_and_the_journal_wins(journal: Journal) -> None:
    """A restored journal's plan start beats the old setting; a second run does nothing."""
    course = Course(journal.connection)
    course.set_day(PLAN_START, date(2026, 1, 5))
    old = {"plan/started": "2026-02-01", "flare/started": "2026-02-10"}
    assert course.adopt_settings(old) is True
    assert (course.plan_start, course.flare_started) == (date(2026, 1, 5), date(2026, 2, 10))
    course.set_day(FLARE_STARTED, None)
    assert course.adopt_settings(old) is False
    assert course.flare_started is None


def test_malformed_settings_are_not_adopted(journal: Journal) -> None:
    course = Course(journal.connection)
    assert course.adopt_settings({"plan/started": "soon", "flare/started": ""})
    assert course.plan_start is None
    assert course.flare_started is None

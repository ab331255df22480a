"""The physio report's activities section: first and latest weekly score of each activity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backtimer import i18n
from backtimer.journal.activities import ActivityJournal, ScoreInput
from backtimer.journal.journal import Journal
from backtimer.report.content import build_report

MONDAY = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def test_range_first_checkin_is_the_baseline(tmp_path) -> None:
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        activities = ActivityJournal(journal.connection)
        socks = activities.add("Socks", MONDAY)
        garden = activities.add("Garden", MONDAY)
        for week, (a, b) in enumerate([(1, 2), (3, 4), (5, 5), (7, 5)]):
            at = MONDAY + timedelta(weeks=week)
            activities.rate([ScoreInput(socks, a), ScoreInput(garden, b)], at)
        content = build_report(
            journal.connection,
            MONDAY.date() + timedelta(weeks=1),
            (MONDAY + timedelta(weeks=3)).date(),
        )
    assert [
        (line.name, line.first_score, line.last_score, line.change, line.ratings)
        for line in content.activities
    ] == [("Socks", 3, 7, 4, 3), ("Garden", 4, 5, 1, 3)]
    assert content.activities_reading.startswith("Average 3.5 → 6.0")
    assert "meaningful improvement" in content.activities_reading


def test_no_checkins_no_section_data(tmp_path) -> None:
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        content = build_report(journal.connection, MONDAY.date(), MONDAY.date())
    assert content.activities == ()
    assert content.activities_reading == ""


def test_reading_names_the_month_in_the_reports_language(tmp_path) -> None:
    """Spanish report: "desde el 9 mar", not the English "9 Mar" inside a Spanish sentence."""
    i18n.set_language("es")
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        activities = ActivityJournal(journal.connection)
        socks = activities.add("Calcetines", MONDAY)
        for week, score in enumerate([1, 3, 5, 7]):
            activities.rate([ScoreInput(socks, score)], MONDAY + timedelta(weeks=week))
        content = build_report(
            journal.connection,
            MONDAY.date() + timedelta(weeks=1),
            (MONDAY + timedelta(weeks=3)).date(),
        )
    assert content.activities_reading.startswith("Media 3,0 → 7,0 desde el 9 mar (+4,0)")

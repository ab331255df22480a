"""The physio report's activities section: first and latest weekly score of each activity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backtimer import i18n
from backtimer.journal.activities import ActivityJournal, ScoreInput
from backtimer.journal.journal import Journal
from backtimer.report.content import build_report
from backtimer.report.pdf import report_html

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


def _film_retired(tmp_path, retired_after_weeks: int):
    """Socks and a film rated for three weeks; the film retired after its last rating."""
    journal = Journal.open(tmp_path / "journal.sqlite3")
    activities = ActivityJournal(journal.connection)
    socks = activities.add("Socks", MONDAY)
    film = activities.add("Sitting through a film", MONDAY)
    for week in range(3):
        at = MONDAY + timedelta(weeks=week)
        activities.rate([ScoreInput(socks, 3 + week), ScoreInput(film, 4)], at)
    activities.retire(film, MONDAY + timedelta(weeks=retired_after_weeks))
    return journal


def test_a_retired_activity_is_named_as_retired_in_the_report(tmp_path) -> None:
    """The chart legend's words: "(retired 16 Mar)", so a row that stops is not read as a
    person who gave up."""
    with _film_retired(tmp_path, 2) as journal:
        content = build_report(
            journal.connection, MONDAY.date(), (MONDAY + timedelta(weeks=4)).date()
        )
    assert [line.label for line in content.activities] == [
        "Socks",
        "Sitting through a film (retired 16\u00a0Mar)",
    ]
    assert "<td>Sitting through a film (retired 16\u00a0Mar)</td>" in report_html(content)


def test_the_report_names_the_retirement_in_its_language(tmp_path) -> None:
    i18n.set_language("de")
    with _film_retired(tmp_path, 2) as journal:
        content = build_report(
            journal.connection, MONDAY.date(), (MONDAY + timedelta(weeks=4)).date()
        )
    assert content.activities[1].label == "Sitting through a film (abgelegt am 16.\u00a0März)"


def test_retired_after_the_range_is_not_marked(tmp_path) -> None:
    """Within the report's weeks the activity was still being rated."""
    with _film_retired(tmp_path, 6) as journal:
        content = build_report(
            journal.connection, MONDAY.date(), (MONDAY + timedelta(weeks=4)).date()
        )
    assert [line.label for line in content.activities] == ["Socks", "Sitting through a film"]

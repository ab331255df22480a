"""Scripted journals imported from CSV, then read by the physio report (§6.2 of the brief).

What a physiotherapist checks: a 1-point change is never "meaningful", however large its
percentage; a 4-point fall is substantial; a rise asks for a review; after-session scores, flares
and too little data never produce a claim they cannot support.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from backtimer.insights.reading import MEANING, RISE_MEANING
from backtimer.journal.imports import import_files
from backtimer.journal.journal import Journal
from backtimer.report.content import ReportContent, build_report
from tests.scripted_journals import (
    FIRST_DAY,
    FLARE_OFFSETS,
    LAST_DAY,
    ScriptedJournal,
    flare_history,
    sciatica_with_a_red_flag,
    spot_only,
    too_little,
    weekly_change,
    write_checkins,
)


def _report(
    tmp_path: Path,
    journal: ScriptedJournal,
    *extra: Path,
    first: date = FIRST_DAY,
    last: date = LAST_DAY,
) -> ReportContent:
    files = journal.write(tmp_path / "csv", "journal") + list(extra)
    with Journal.open(tmp_path / "journal.sqlite3") as opened:
        list(import_files(opened.connection, files))
        return build_report(opened.connection, first, last)


@pytest.mark.parametrize(
    ("first", "last", "headline", "verdict"),
    [
        (5, 4, "Small change", "That is a small improvement, not yet a clear change."),
        (3, 2, "Small change", "That is a small improvement, not yet a clear change."),
        (6, 4, "Meaningful improvement", "That is a meaningful improvement."),
        (4, 2, "Substantial improvement", "That is a substantial improvement."),
        (7, 3, "Substantial improvement", "That is a substantial improvement."),
        (3, 6, "Pain has risen", "talk to your physiotherapist or doctor"),
        (4, 4, "No clear change", "That is no clear change."),
    ],
)
def test_the_reading_of_a_pain_change_over_eight_weeks(
    tmp_path: Path, first: int, last: int, headline: str, verdict: str
) -> None:
    """5→4 and 3→2 (33 % but 1 point) are small; 6→4 meaningful; 4→2 and 7→3 substantial;
    3→6 a rise with a review suggested. The figures are the first and last week's own."""
    report = _report(tmp_path, weekly_change(first, last))
    assert report.headline == headline
    assert verdict in report.reading
    assert f"is {last:.1f}" in report.reading
    assert f"{first:.1f} in the first week of this period (7 Sep – 13 Sep 2026)" in report.reading
    assert MEANING in report.reading
    assert (RISE_MEANING in report.reading) is (headline == "Pain has risen")


def test_after_session_scores_never_sway_the_reading(tmp_path: Path) -> None:
    """Every session eases the pain by a point; the reading counts only the scores before."""
    report = _report(tmp_path, weekly_change(5, 5))
    assert report.headline == "No clear change"
    assert "Based on 6 ratings that week and 6 in the first week" in report.reading


def test_a_flare_history_reads_as_no_change_and_shows_every_flare_and_report(
    tmp_path: Path,
) -> None:
    """Two flares between steady weeks: no claim of change, but the report lists every flare
    day and "this hurts" report, and the routine's session effect shows pain going up."""
    report = _report(tmp_path, flare_history())
    assert report.headline == "No clear change"
    assert len(report.flare_days) == len(FLARE_OFFSETS)
    assert report.hurts_total == 6
    assert [line.title for line in report.routines] == ["Back Basics"]
    mean_change = report.routines[0].mean_change
    assert mean_change is not None
    assert mean_change > 1
    assert {note.text for note in report.notes} == {"Bad flare after lifting", "Hard today"}


def test_a_sub_range_reads_its_own_weeks(tmp_path: Path) -> None:
    """The report's own first week is the baseline: weeks 3–8 of a 7→3 journal start at 6."""
    report = _report(tmp_path, weekly_change(7, 3), first=date(2026, 9, 21))
    assert "from 6.0 in the first week of this period (21 Sep – 27 Sep 2026)" in report.reading
    assert report.sessions == 24


def test_four_weeks_before_are_compared_only_when_the_range_holds_them(tmp_path: Path) -> None:
    """A 4-week report has three weeks before its last: no "four weeks before" from three."""
    four_weeks = _report(tmp_path / "a", weekly_change(7, 3), first=date(2026, 9, 21),
                         last=date(2026, 10, 18))  # fmt: skip
    assert four_weeks.headline == "Meaningful improvement"
    assert "four weeks before" not in four_weeks.reading
    five_weeks = _report(tmp_path / "b", weekly_change(7, 3), first=date(2026, 9, 21))
    assert "Compared with the four weeks before (4.5)" in five_weeks.reading


@pytest.mark.parametrize(
    ("journal", "headline", "told"),
    [
        (too_little(), "Not enough ratings yet", "you have 4 ratings"),
        (spot_only(), "Not enough sessions yet", "you have 56 ratings before sessions or at "
         "other times, over 56 days, but no session."),
    ],
    ids=["too_little", "spot_only"],
)  # fmt: skip
def test_too_little_data_makes_no_claim(
    tmp_path: Path, journal: ScriptedJournal, headline: str, told: str
) -> None:
    """Two sessions and four ratings, or spot checks without sessions: no reading at all, and
    the headline names what is missing (56 spot checks are not "not enough ratings")."""
    report = _report(tmp_path, journal)
    assert report.headline == headline
    assert told in report.reading
    for claim in ("improvement", "Meaningful", "risen", "clear change"):
        assert claim not in report.reading


def test_weekly_check_ins_read_meaningful_from_two_points_of_the_mean(tmp_path: Path) -> None:
    """§6.2b: the mean of three activities up by 2 is meaningful."""
    checkins = write_checkins(
        tmp_path / "checkins.csv", {"Socks": (3, 5), "Gardening": (4, 6), "Film": (5, 7)}
    )
    report = _report(tmp_path, weekly_change(5, 4), checkins)
    assert report.activities_reading.startswith("Average 4.0 → 6.0 since 7 Sep (+2.0)")
    assert "a meaningful improvement" in report.activities_reading
    assert [line.change for line in report.activities] == [2, 2, 2]


def test_the_charts_7_day_line_ends_at_the_readings_latest_average(tmp_path: Path) -> None:
    """The line is drawn from the scores the reading judges: with every after-session score a
    point lower, a line of all scores would end near 2.5 beside a reading of 3.0."""
    report = _report(tmp_path, weekly_change(7, 3))
    assert "is 3.0, down from 7.0" in report.reading
    rolling = {point.day: point.rolling for point in report.chart}
    assert rolling[LAST_DAY - timedelta(days=1)] == pytest.approx(3.0)  # no rating on Sundays
    assert rolling[FIRST_DAY + timedelta(days=5)] == pytest.approx(7.0)


def test_the_trends_page_draws_the_same_7_day_line_as_the_report(tmp_path: Path) -> None:
    """One truth for the line: the Trends snapshot and the report take it from one function."""
    from backtimer.insights.snapshot import load_snapshot

    report = _report(tmp_path, weekly_change(7, 3))
    with Journal.open(tmp_path / "journal.sqlite3") as opened:
        snapshot = load_snapshot(opened.connection, LAST_DAY)
    by_day = dict(zip((point.day for point in snapshot.daily), snapshot.rolling, strict=True))
    assert {point.day: point.rolling for point in report.chart} == by_day
    assert snapshot.reading.latest is not None
    assert snapshot.rolling[-1] == pytest.approx(snapshot.reading.latest.mean)


def test_one_activity_up_by_three_is_meaningful_while_the_mean_is_not(tmp_path: Path) -> None:
    """§6.2b: 3 points for a single activity count, and the line says so in words."""
    checkins = write_checkins(
        tmp_path / "checkins.csv", {"Carrying shopping": (2, 5), "Walking the dog": (6, 6)}
    )
    report = _report(tmp_path, weekly_change(5, 4), checkins)
    assert report.activities_reading == (
        "Average 4.0 → 5.5 since 7 Sep (+1.5): less than the 2 points that count as meaningful "
        "for the average. Meaningful for one activity (3 points or more): Carrying shopping +3."
    )


def test_imported_symptoms_reach_the_report_with_the_urgent_one_marked(tmp_path: Path) -> None:
    """Leg pain with all 32 before-session scores and one urgent spot check: every one is in
    the report's symptoms, the urgent one flagged (the PDF prints it in bold, always shown)."""
    report = _report(tmp_path, sciatica_with_a_red_flag())
    assert len(report.symptoms) == 33
    urgent = [line for line in report.symptoms if line.urgent]
    assert [(line.when.date(), line.source, line.score) for line in urgent] == [
        (date(2026, 10, 14), "pain check", 6)
    ]
    assert urgent[0].symptoms.startswith("pain down a leg; numbness around the genitals")

"""Flare mode suggests its end after 3 lower days in a row, and a clinician after two weeks."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from backtimer.insights.flare import FLARE_PLAN, days_to_mark, flare_status
from backtimer.journal.records import PainContext, PainEntry

ZONE = timezone(timedelta(hours=1))
START = date(2026, 5, 11)


def pain(day: date, score: int, context: str = "spot", hour: int = 8) -> PainEntry:
    moment = datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)
    return PainEntry(0, moment, day, score, PainContext(context), None, "")


def week_before(score: int = 3) -> list[PainEntry]:
    """A usual level of ``score``: morning scores on the 7 days before the flare."""
    return [pain(START - timedelta(days=n), score) for n in range(1, 8)]


def flare_days(*scores: int | None) -> list[PainEntry]:
    """Daily spot scores from the flare's first day; None leaves a day unlogged."""
    return [
        pain(START + timedelta(days=n), score)
        for n, score in enumerate(scores)
        if score is not None
    ]


@pytest.mark.parametrize(
    ("usual", "scores", "streak", "can_end"),
    [
        (3, (7, 6, 3, 3, 3), 3, True),
        (3, (7, 6, 3, 3), 2, False),
        (3, (7, 3, None, 3, 3), 2, False),
        (3, (7, 3, 3, 3, 6), 0, False),
        (None, (8, 6, 6, 6), 3, True),
        (None, (8, 7, 6, 6), 2, False),
        (2, (7, 5, 5, 5), 3, True),
        (3, (7, 7, 7, 7), 0, False),
    ],
    ids=[
        "3 days at usual",
        "only 2 days",
        "unlogged day breaks it",
        "today back up",
        "2 below the peak, no usual",
        "1 below the peak does not count",
        "either rule is enough",
        "no better",
    ],
)
def test_end_is_suggested_after_three_lower_days(
    usual: int | None, scores: tuple[int | None, ...], streak: int, can_end: bool
) -> None:
    """A lower day is ≤ the pre-flare usual or ≥ 2 points under the peak; 3 in a row end it."""
    today = START + timedelta(days=len(scores) - 1)
    before = week_before(usual) if usual is not None else []
    status = flare_status(START, today, [*before, *flare_days(*scores)])
    assert (status.lower_streak, status.can_end) == (streak, can_end)


def test_streak_counts_from_yesterday_until_today_is_logged() -> None:
    """Before today's score is in, the streak ending yesterday still counts."""
    status = flare_status(
        START, START + timedelta(days=4), [*week_before(), *flare_days(7, 3, 3, 3)]
    )
    assert status.can_end


def test_after_scores_do_not_count_and_usual_is_the_median_before() -> None:
    """After-session scores are left out of a day's pain; usual is the pre-flare morning median."""
    before = [pain(START - timedelta(days=n), score) for n, score in enumerate((2, 3, 4), 1)]
    during = [*flare_days(7), pain(START, 9, "after", 18)]
    status = flare_status(START, START, [*before, *during])
    assert (status.usual, status.peak, status.day_number) == (3.0, 7, 1)


def test_usual_falls_back_to_any_score_of_the_week_before() -> None:
    """Without morning spot scores, the week's before-session scores give the usual level."""
    before = [pain(START - timedelta(days=2), 4, "before", 18)]
    assert flare_status(START, START, before).usual == 4.0


@pytest.mark.parametrize(("days", "clinician"), [(14, False), (15, True)])
def test_a_flare_lasting_over_two_weeks_suggests_a_clinician(days: int, clinician: bool) -> None:
    """Past day 14 without getting better, the banner says to see a clinician."""
    today = START + timedelta(days=days - 1)
    status = flare_status(START, today, [*week_before(), *flare_days(*([7] * days))])
    assert status.day_number == days
    assert status.see_clinician is clinician
    assert ("clinician" in status.summary) is clinician


def test_days_to_mark_fills_every_flare_day_not_yet_marked() -> None:
    """Each day of flare mode becomes a flare day in the journal, once."""
    marked = [START, START + timedelta(days=2)]
    assert days_to_mark(START, START + timedelta(days=3), marked) == [
        START + timedelta(days=1),
        START + timedelta(days=3),
    ]


def test_flare_plan_carries_the_brief_s_five_points() -> None:
    """The flare screen shows §4.3: reassurance, keep moving, halve strength, comfort, red flags."""
    assert len(FLARE_PLAN) == 5
    assert "clinician" in FLARE_PLAN[-1]
    assert "the {routine} routine" in FLARE_PLAN[1]

"""The trend reading follows the clinical brief §6.2 exactly, with figures checkable by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backtimer.insights.reading import ChangeKind, classify_change, read_trend
from backtimer.insights.series import DailyPain

TODAY = date(2026, 6, 30)


def day_of(day: date, *scores: int) -> DailyPain:
    """A day's aggregate as SQL would return it for these ratings."""
    return DailyPain(
        day=day,
        mean=sum(scores) / len(scores),
        mean_before=None,
        mean_after=None,
        minimum=min(scores),
        maximum=max(scores),
        ratings=len(scores),
        score_sum=sum(scores),
        sessions=1,
        latest_session_id=None,
        flare=False,
    )


def days(start: date, *per_day: tuple[int, ...]) -> list[DailyPain]:
    return [day_of(start + timedelta(i), *scores) for i, scores in enumerate(per_day) if scores]


@pytest.mark.parametrize(
    ("reference", "latest", "kind"),
    [
        (5.0, 3.5, ChangeKind.IMPROVED),  # exactly 30 %, 1.5 points
        (6.0, 4.2, ChangeKind.IMPROVED),  # exactly 30 % (1.8 / 6 is 0.29999… in floats)
        (7.0, 4.9, ChangeKind.IMPROVED),  # exactly 30 % again
        (10.0, 7.1, ChangeKind.SMALL_CHANGE),  # 29 %
        (5.0, 3.6, ChangeKind.SMALL_CHANGE),  # 28 %
        (10.0, 5.0, ChangeKind.IMPROVED_SUBSTANTIAL),  # exactly 50 %
        (10.0, 5.1, ChangeKind.IMPROVED),  # 49 %
        (3.0, 2.0, ChangeKind.IMPROVED),  # exactly 1 point, 33 %
        (3.3, 2.3, ChangeKind.IMPROVED),  # 1 point (0.99999… in floats), 30.3 %
        (2.0, 1.0, ChangeKind.IMPROVED_SUBSTANTIAL),  # 1 point, 50 %
        (3.0, 2.1, ChangeKind.NO_CHANGE),  # 30 % but only 0.9 points
        (2.0, 1.1, ChangeKind.NO_CHANGE),  # 45 % but only 0.9 points
        (10.0, 9.0, ChangeKind.SMALL_CHANGE),  # exactly 10 %, 1 point
        (10.0, 9.1, ChangeKind.NO_CHANGE),  # 9 %, under 1 point
        (9.0, 7.9, ChangeKind.SMALL_CHANGE),  # 12 %, 1.1 points
        (5.0, 5.0, ChangeKind.NO_CHANGE),
        (4.0, 5.2, ChangeKind.WORSE),  # +30 %, 1.2 points
        (4.0, 5.1, ChangeKind.SMALL_CHANGE),  # +27.5 %
        (2.0, 3.0, ChangeKind.WORSE),  # +50 %, exactly 1 point
        (2.0, 2.9, ChangeKind.NO_CHANGE),  # +45 % but 0.9 points
        (0.0, 1.0, ChangeKind.WORSE),  # from no pain: any rise of a point is a clear rise
        (0.0, 0.5, ChangeKind.NO_CHANGE),
        (0.0, 0.0, ChangeKind.NO_CHANGE),
    ],
)
def test_change_bands_follow_the_brief(reference: float, latest: float, kind: ChangeKind) -> None:
    """≥ 30 % and ≥ 1 point is meaningful, ≥ 50 % substantial, the same rise worse."""
    assert classify_change(reference, latest) is kind


def test_hand_computed_meaningful_improvement() -> None:
    """5.2 in the first week to 3.1 now is −2.1 points, −40 %: a meaningful improvement."""
    first_week = days(date(2026, 5, 1), (6, 5), (), (6,), (), (5, 4))  # 26 / 5 = 5.2
    this_week = days(TODAY - timedelta(6), (3,), (3,), (3,), (3,), (3,), (3,), (4,))  # 22/7
    reading = read_trend(first_week + this_week, TODAY)
    assert reading.kind is ChangeKind.IMPROVED
    assert (reading.baseline.mean, reading.baseline.ratings) == (5.2, 5)
    assert (reading.latest.mean, reading.latest.ratings) == (3.1, 7)
    assert reading.versus_baseline.points == -2.1
    assert reading.versus_baseline.percent == pytest.approx(-40.38, abs=0.01)
    assert reading.text.startswith(
        "Your average pain this week (last 7 days) is 3.1, down from 5.2 in your first week "
        "(1 May – 7 May 2026): 2.1 points lower, −40 %. That is a meaningful improvement."
    )
    assert "Based on 7 ratings this week and 5 in your first week." in reading.text


def test_previous_four_weeks_are_compared_too() -> None:
    """The 28 days before the latest week give a second, separately classified comparison."""
    first_week = days(date(2026, 4, 1), (6,), (6,), (6,))
    previous = days(TODAY - timedelta(34), (4,), (4,), (5,))  # inside the 28 days before
    this_week = days(TODAY - timedelta(2), (3,), (3,), (3,))
    reading = read_trend(first_week + previous + this_week, TODAY)
    assert reading.kind is ChangeKind.IMPROVED_SUBSTANTIAL
    change = reading.versus_previous
    assert (change.reference.mean, change.latest.mean, change.points) == (4.3, 3.0, -1.3)
    assert change.kind is ChangeKind.IMPROVED
    assert "Compared with the four weeks before (4.3), it is a meaningful improvement" in (
        reading.text
    )


def test_rise_says_so_calmly_and_suggests_review() -> None:
    """A clear rise is named as one, with the two-week advice to see a clinician."""
    first_week = days(date(2026, 5, 1), (3,), (3,), (3,))
    this_week = days(TODAY - timedelta(2), (5,), (5,), (4,))
    reading = read_trend(first_week + this_week, TODAY)
    assert reading.kind is ChangeKind.WORSE
    assert "up from 3.0" in reading.text
    assert "1.7 points higher, +56 %" in reading.text
    assert "talk to your physiotherapist or doctor" in reading.text


@pytest.mark.parametrize(
    "daily",
    [
        [],
        days(date(2026, 5, 1), (5,), (5,)) + days(TODAY - timedelta(2), (3,), (3,), (3,)),
        days(TODAY - timedelta(9), (5,), (5,), (5,), (), (), (), (3,), (3,), (3,), (3,)),
        days(date(2026, 5, 1), (5,), (5,), (5,)),
    ],
    ids=["no ratings", "2 ratings in the first week", "windows overlap", "one week only"],
)
def test_too_little_data_says_so_instead_of_guessing(daily: list[DailyPain]) -> None:
    """Without two separate weeks of ≥ 3 ratings, the reading is 'insufficient' and says why."""
    reading = read_trend(daily, TODAY)
    assert reading.kind is ChangeKind.INSUFFICIENT
    assert reading.versus_baseline is None
    assert "Not enough ratings yet" in reading.text or "No pain ratings yet" in reading.text


def test_baseline_is_the_first_window_with_three_ratings() -> None:
    """A lone early rating does not make a baseline; the first week with three ratings does."""
    lone = days(date(2026, 3, 1), (9,))
    first_week = days(date(2026, 3, 20), (6,), (6,), (), (6,))
    this_week = days(TODAY - timedelta(2), (3,), (3,), (3,))
    reading = read_trend(lone + first_week + this_week, TODAY)
    assert reading.baseline.first_day == date(2026, 3, 20)
    assert reading.baseline.mean == 6.0


def test_latest_week_falls_back_to_the_last_week_with_enough_ratings() -> None:
    """A quiet last week is not guessed from: the last week with three ratings is named."""
    first_week = days(date(2026, 4, 1), (6,), (6,), (6,))
    later = days(date(2026, 6, 1), (3,), (3,), (3,))
    quiet = days(TODAY, (2,))
    reading = read_trend(first_week + later + quiet, TODAY)
    assert (reading.latest.first_day, reading.latest.last_day) == (
        date(2026, 5, 28),
        date(2026, 6, 3),
    )
    assert "in your latest week with enough ratings (28 May – 3 Jun 2026)" in reading.text


def test_days_after_today_are_ignored() -> None:
    """Ratings dated in the future (clock changes, imports) never enter the reading."""
    first_week = days(date(2026, 5, 1), (6,), (6,), (6,))
    this_week = days(TODAY - timedelta(2), (3,), (3,), (3,))
    future = days(TODAY + timedelta(1), (10,), (10,), (10,))
    reading = read_trend(first_week + this_week + future, TODAY)
    assert reading.latest.mean == 3.0
    assert reading.total_ratings == 6


def test_window_means_are_rounded_before_they_are_compared() -> None:
    """14 / 3 = 4.67 is shown and compared as 4.7, so the verdict matches the figures shown."""
    first_week = days(date(2026, 5, 1), (5,), (5,), (4,))
    this_week = days(TODAY - timedelta(2), (3,), (3,), (4,))  # 3.33 → 3.3
    reading = read_trend(first_week + this_week, TODAY)
    assert (reading.baseline.mean, reading.latest.mean) == (4.7, 3.3)
    assert reading.versus_baseline.points == -1.4
    assert reading.kind is ChangeKind.SMALL_CHANGE  # 1.4 / 4.7 = 29.8 %
    assert "−29 %" in reading.text

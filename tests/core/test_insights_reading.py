"""The trend reading follows the clinical brief §6.2 exactly, with figures checkable by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backtimer.insights.reading import MEANING, ChangeKind, classify_change, read_trend
from backtimer.insights.series import DailyPain

TODAY = date(2026, 6, 30)


def day_of(day: date, *scores: int, after: tuple[int, ...] = (), sessions: int = 1) -> DailyPain:
    """A day's aggregate as SQL returns it: ``scores`` before-session/spot, ``after`` after."""
    every = (*scores, *after)
    return DailyPain(
        day=day,
        mean=sum(every) / len(every),
        mean_before=None,
        mean_after=sum(after) / len(after) if after else None,
        minimum=min(every),
        maximum=max(every),
        ratings=len(every),
        score_sum=sum(every),
        sessions=sessions,
        latest_session_id=None,
        flare=False,
        judged_ratings=len(scores),
        judged_sum=sum(scores),
    )


def days(start: date, *per_day: tuple[int, ...]) -> list[DailyPain]:
    return [day_of(start + timedelta(i), *scores) for i, scores in enumerate(per_day) if scores]


def week(start: date, score: int, count: int = 5) -> list[DailyPain]:
    """``count`` days in a row, one session and one rating of ``score`` each."""
    return days(start, *[(score,)] * count)


@pytest.mark.parametrize(
    ("reference", "latest", "kind"),
    [
        (7.0, 4.9, ChangeKind.IMPROVED),  # exactly 30 %, 2.1 points
        (6.7, 4.69, ChangeKind.IMPROVED),  # 30 %, 2.01 points
        (6.0, 4.0, ChangeKind.IMPROVED),  # exactly 2 points, 33 %
        (10.0, 7.1, ChangeKind.SMALL_CHANGE),  # 29 %, 2.9 points
        (5.0, 3.5, ChangeKind.SMALL_CHANGE),  # 30 % but only 1.5 points
        (3.0, 2.0, ChangeKind.SMALL_CHANGE),  # the reviewed case: 1 point is noise-level
        (2.0, 1.0, ChangeKind.SMALL_CHANGE),  # 50 % but 1 point: not substantial
        (10.0, 5.0, ChangeKind.IMPROVED_SUBSTANTIAL),  # exactly 50 %
        (4.0, 2.0, ChangeKind.IMPROVED_SUBSTANTIAL),  # 50 %, exactly 2 points
        (10.0, 5.1, ChangeKind.IMPROVED),  # 49 %
        (3.0, 2.1, ChangeKind.NO_CHANGE),  # 0.9 points
        (10.0, 9.0, ChangeKind.SMALL_CHANGE),  # exactly 1 point
        (10.0, 9.1, ChangeKind.NO_CHANGE),
        (5.0, 5.0, ChangeKind.NO_CHANGE),
        (4.0, 6.0, ChangeKind.WORSE),  # +50 %, 2 points
        (4.0, 5.2, ChangeKind.SMALL_CHANGE),  # +30 % but 1.2 points
        (7.0, 8.9, ChangeKind.SMALL_CHANGE),  # +27 %, 1.9 points
        (0.0, 2.0, ChangeKind.WORSE),  # from no pain, 2 points is a clear rise
        (0.0, 1.0, ChangeKind.SMALL_CHANGE),
        (0.0, 0.5, ChangeKind.NO_CHANGE),
    ],
)
def test_change_bands_follow_the_brief(reference: float, latest: float, kind: ChangeKind) -> None:
    """≥ 30 % and ≥ 2 points is meaningful, ≥ 50 % and ≥ 2 substantial, the same rise worse."""
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
    assert "Based on 7 ratings this week and 5 in your first week" in reading.text
    assert reading.text.endswith(MEANING)


def test_after_session_scores_never_enter_the_reading() -> None:
    """A session's after-score (here always 0) changes neither the averages nor the verdict."""
    first = [day_of(date(2026, 5, 1) + timedelta(i), 6, after=(0,)) for i in range(5)]
    latest = [day_of(TODAY - timedelta(i), 5, after=(0,)) for i in range(5)]
    reading = read_trend(first + latest, TODAY)
    assert (reading.baseline.mean, reading.latest.mean) == (6.0, 5.0)
    assert reading.kind is ChangeKind.SMALL_CHANGE
    assert reading.total_ratings == 10


def test_a_one_point_drop_is_not_called_meaningful() -> None:
    """3 → 2 (the reviewed example) is a small change, and the text says 'not yet clear'."""
    reading = read_trend(week(date(2026, 5, 1), 3) + week(TODAY - timedelta(4), 2), TODAY)
    assert reading.kind is ChangeKind.SMALL_CHANGE
    assert "meaningful improvement" not in reading.text.replace(MEANING, "")


def test_previous_four_weeks_are_compared_too() -> None:
    """The 28 days before the latest week give a second, separately classified comparison."""
    first_week = week(date(2026, 4, 1), 8)
    previous = week(TODAY - timedelta(34), 6)  # inside the 28 days before
    this_week = week(TODAY - timedelta(4), 3)
    reading = read_trend(first_week + previous + this_week, TODAY)
    assert reading.kind is ChangeKind.IMPROVED_SUBSTANTIAL
    change = reading.versus_previous
    assert (change.reference.mean, change.latest.mean, change.points) == (6.0, 3.0, -3.0)
    assert change.kind is ChangeKind.IMPROVED_SUBSTANTIAL
    assert "Compared with the four weeks before (6.0), it is a substantial improvement" in (
        reading.text
    )


def test_rise_says_so_calmly_and_suggests_review() -> None:
    """A clear rise is named as one, with the two-week advice to see a clinician."""
    reading = read_trend(week(date(2026, 5, 1), 3) + week(TODAY - timedelta(4), 5), TODAY)
    assert reading.kind is ChangeKind.WORSE
    assert "up from 3.0" in reading.text
    assert "2.0 points higher, +66 %" in reading.text
    assert "talk to your physiotherapist or doctor" in reading.text


@pytest.mark.parametrize(
    "daily",
    [
        [],
        week(date(2026, 5, 1), 5, count=4) + week(TODAY - timedelta(4), 2),
        week(TODAY - timedelta(9), 5, count=10),
        week(date(2026, 5, 1), 5),
    ],
    ids=[
        "no ratings",
        "4 ratings in the first week",
        "windows overlap",
        "one week only",
    ],
)
def test_too_little_data_says_so_instead_of_guessing(daily: list[DailyPain]) -> None:
    """Without two separate weeks of ≥ 5 ratings and ≥ 3 sessions, the reading says why."""
    reading = read_trend(daily, TODAY)
    assert reading.kind is ChangeKind.INSUFFICIENT
    assert reading.versus_baseline is None
    assert "Not enough ratings yet" in reading.text or "No pain ratings yet" in reading.text


def test_fewer_than_three_sessions_make_no_claim() -> None:
    """Five spot ratings on two session days are not enough for a reading."""
    first = [day_of(date(2026, 5, 1) + timedelta(i), 6, sessions=int(i < 2)) for i in range(5)]
    reading = read_trend(first + week(TODAY - timedelta(4), 2), TODAY)
    assert reading.kind is ChangeKind.INSUFFICIENT
    assert "3 sessions" in reading.text


def test_baseline_is_the_first_window_with_enough_ratings() -> None:
    """A lone early rating does not make a baseline; the first full enough week does."""
    lone = days(date(2026, 3, 1), (9,))
    first_week = week(date(2026, 3, 20), 6)
    reading = read_trend(lone + first_week + week(TODAY - timedelta(4), 3), TODAY)
    assert reading.baseline.first_day == date(2026, 3, 20)
    assert reading.baseline.mean == 6.0


def test_a_report_range_reads_only_its_own_days() -> None:
    """With a first day, the baseline is that range's first week, not the journal's first."""
    history = week(date(2026, 3, 1), 9) + week(date(2026, 6, 1), 6) + week(TODAY - timedelta(4), 5)
    whole = read_trend(history, TODAY)
    ranged = read_trend(history, TODAY, first_day=date(2026, 6, 1))
    assert whole.baseline.mean == 9.0
    assert ranged.baseline.mean == 6.0
    assert ranged.kind is ChangeKind.SMALL_CHANGE
    assert "the first week of this period" in ranged.text
    assert "in the last week of this period (" in ranged.text
    assert "this week (last 7 days)" in whole.text


def test_latest_week_falls_back_to_the_last_week_with_enough_ratings() -> None:
    """A quiet last week is not guessed from: the last full enough week is named."""
    first_week = week(date(2026, 4, 1), 6)
    later = week(date(2026, 6, 1), 3)
    quiet = days(TODAY, (2,))
    reading = read_trend(first_week + later + quiet, TODAY)
    assert (reading.latest.first_day, reading.latest.last_day) == (
        date(2026, 5, 30),
        date(2026, 6, 5),
    )
    assert "in your latest week with enough ratings (30 May – 5 Jun 2026)" in reading.text


def test_days_after_today_are_ignored() -> None:
    """Ratings dated in the future (clock changes, imports) never enter the reading."""
    future = week(TODAY + timedelta(1), 10)
    reading = read_trend(week(date(2026, 5, 1), 6) + week(TODAY - timedelta(4), 3) + future, TODAY)
    assert reading.latest.mean == 3.0
    assert reading.total_ratings == 10


def test_window_means_are_rounded_before_they_are_compared() -> None:
    """34 / 5 = 6.8 against 24 / 5 = 4.8: −2.0 points, −29.4 % shown as −29 %: small change."""
    first_week = days(date(2026, 5, 1), (7,), (7,), (7,), (7,), (6,))
    this_week = days(TODAY - timedelta(4), (5,), (5,), (5,), (5,), (4,))
    reading = read_trend(first_week + this_week, TODAY)
    assert (reading.baseline.mean, reading.latest.mean) == (6.8, 4.8)
    assert reading.versus_baseline.points == -2.0
    assert reading.kind is ChangeKind.SMALL_CHANGE
    assert "−29 %" in reading.text

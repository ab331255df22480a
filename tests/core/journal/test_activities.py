"""The weekly activity check-in's storage: activities keep their history through every change."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backtimer.journal import Journal
from backtimer.journal.activities import (
    MAX_ACTIVE,
    ActivityError,
    ActivityJournal,
    ScoreInput,
    clean_name,
)
from tests.core.journal.testkit import T0


@pytest.fixture
def activities(journal: Journal) -> ActivityJournal:
    return ActivityJournal(journal.connection)


def test_rename_and_retire_keep_the_ratings(activities: ActivityJournal) -> None:
    """A renamed activity's old ratings show under the new name; a retired one keeps them."""
    socks = activities.add("Putting on socks", T0)
    garden = activities.add("Gardening", T0)
    activities.rate([ScoreInput(socks, 3), ScoreInput(garden, 5, "weeds")], T0)
    activities.rename(socks, "Socks and shoes")
    activities.retire(garden, T0 + timedelta(days=8))
    assert [a.name for a in activities.activities()] == ["Socks and shoes"]
    assert [(a.name, a.active) for a in activities.activities(include_retired=True)] == [
        ("Socks and shoes", True),
        ("Gardening", False),
    ]
    assert [(r.activity, r.score, r.note) for r in activities.ratings()] == [
        ("Socks and shoes", 3, ""),
        ("Gardening", 5, "weeds"),
    ]
    retired_day = (T0 + timedelta(days=8)).astimezone().date()  # the day on this computer
    assert [r.retired for r in activities.ratings()] == [None, retired_day]


def test_rating_again_the_same_day_replaces_it(activities: ActivityJournal) -> None:
    socks = activities.add("Socks", T0)
    activities.rate([ScoreInput(socks, 3)], T0)
    activities.rate([ScoreInput(socks, 6, "better")], T0 + timedelta(hours=1))
    activities.rate([ScoreInput(socks, 7)], T0 + timedelta(days=7))
    assert [(r.day, r.score) for r in activities.ratings()] == [
        (T0.date(), 6),
        (T0.date() + timedelta(days=7), 7),
    ]
    assert activities.last_checkin_day() == T0.date() + timedelta(days=7)


def test_at_most_five_active_and_no_duplicate_names(activities: ActivityJournal) -> None:
    ids = [activities.add(f"Activity {n}", T0) for n in range(MAX_ACTIVE)]
    with pytest.raises(ActivityError, match="up to 5"):
        activities.add("One more", T0)
    activities.retire(ids[0], T0)
    activities.add("One more", T0)
    with pytest.raises(ActivityError, match="already on your list"):
        activities.add("one MORE", T0)
    with pytest.raises(ActivityError, match="already on your list"):
        activities.rename(ids[1], "Activity 2")


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("  Putting\ton   socks ", "Putting on socks"), ("Bend\x1b[31m\u202e", "Bend [31m")],
)
def test_names_are_cleaned_of_control_characters(raw: str, stored: str) -> None:
    assert clean_name(raw) == stored


@pytest.mark.parametrize("raw", ["", "   ", "x" * 81])
def test_empty_or_long_names_are_refused(raw: str) -> None:
    with pytest.raises(ActivityError):
        clean_name(raw)


def test_scores_out_of_range_and_unknown_activities_are_refused(
    activities: ActivityJournal,
) -> None:
    socks = activities.add("Socks", T0)
    with pytest.raises(ActivityError, match="0 to 10"):
        activities.rate([ScoreInput(socks, 11)], T0)
    with pytest.raises(ActivityError, match="No activity"):
        activities.rate([ScoreInput(socks + 99, 4)], T0)
    assert activities.ratings() == []


def test_reorder_sets_the_checkin_order(activities: ActivityJournal) -> None:
    first, second, third = (activities.add(name, T0) for name in ("A", "B", "C"))
    activities.reorder([third, first, second])
    assert [a.name for a in activities.activities()] == ["C", "A", "B"]
    with pytest.raises(ActivityError):
        activities.reorder([first, second])


def test_ratings_filter_by_day(activities: ActivityJournal) -> None:
    socks = activities.add("Socks", T0)
    for week in range(3):
        activities.rate([ScoreInput(socks, week)], T0 + timedelta(weeks=week))
    second = T0.date() + timedelta(weeks=1)
    assert [r.score for r in activities.ratings(second, second + timedelta(days=30))] == [1, 2]
    assert activities.ratings(date(2000, 1, 1), date(2000, 1, 2)) == []

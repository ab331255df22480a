"""Reading the weekly activity check-ins (brief §6.2b) and when to ask for one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from backtimer.insights.activities import (
    ActivityChange,
    activity_label,
    activity_series,
    checkin_due,
    checkin_means,
    read_activities,
)
from backtimer.journal.activities import ActivityRating

MONDAY = date(2026, 3, 2)


def _ratings(*weeks: dict[str, int]) -> list[ActivityRating]:
    """One check-in per week; each maps activity name → score."""
    ids: dict[str, int] = {}
    out = []
    for week, scores in enumerate(weeks):
        day = MONDAY + timedelta(weeks=week)
        for name, score in scores.items():
            activity_id = ids.setdefault(name, len(ids) + 1)
            moment = datetime.combine(day, datetime.min.time(), UTC)
            out.append(ActivityRating(activity_id, name, day, score, "", moment))
    return out


@pytest.mark.parametrize(
    ("first", "latest", "kind"),
    [
        ({"socks": 3, "garden": 3}, {"socks": 5, "garden": 5}, ActivityChange.BETTER),
        ({"socks": 3, "garden": 3}, {"socks": 4, "garden": 5}, ActivityChange.SMALL),
        ({"socks": 6, "garden": 6}, {"socks": 4, "garden": 4}, ActivityChange.WORSE),
        ({"socks": 6, "garden": 6}, {"socks": 5, "garden": 4}, ActivityChange.SMALL),
    ],
)
def test_a_mean_change_of_two_points_is_meaningful(
    first: dict[str, int], latest: dict[str, int], kind: ActivityChange
) -> None:
    assert read_activities(_ratings(first, {"socks": 1, "garden": 9}, latest)).kind is kind


def test_a_single_activity_counts_from_three_points() -> None:
    """Socks +3 is named even though the mean moved less than 2."""
    reading = read_activities(_ratings({"socks": 2, "garden": 6}, {"socks": 5, "garden": 5}))
    assert reading.kind is ActivityChange.SMALL
    assert reading.changed_activities == (("socks", 3),)
    assert reading.text.endswith(
        "less than the 2 points that count as meaningful for the average. "
        "Meaningful for one activity (3 points or more): socks +3."
    )
    assert "\n" not in reading.text
    assert "4.0 → 5.0" in reading.text


def test_one_checkin_is_not_enough_to_read() -> None:
    reading = read_activities(_ratings({"socks": 2}))
    assert reading.kind is ActivityChange.INSUFFICIENT
    assert reading.mean_change is None


def test_series_and_means_follow_the_checkins() -> None:
    ratings = _ratings({"socks": 2, "garden": 5}, {"socks": 4})
    assert [(m.day, m.mean, m.rated) for m in checkin_means(ratings)] == [
        (MONDAY, 3.5, 2),
        (MONDAY + timedelta(weeks=1), 4.0, 1),
    ]
    assert [(s.name, len(s.points)) for s in activity_series(ratings)] == [
        ("socks", 2),
        ("garden", 1),
    ]


@pytest.mark.parametrize(
    ("last_checkin", "last_skipped", "in_workout", "due"),
    [
        (None, None, False, True),
        (None, None, True, False),
        (MONDAY - timedelta(days=6), None, False, False),
        (MONDAY - timedelta(days=7), None, False, True),
        (MONDAY - timedelta(days=30), MONDAY - timedelta(days=2), False, False),
        (MONDAY - timedelta(days=7), None, True, False),
    ],
)
def test_asked_at_most_once_a_week_and_never_in_a_workout(
    last_checkin: date | None, last_skipped: date | None, in_workout: bool, due: bool
) -> None:
    assert (
        checkin_due(
            MONDAY, last_checkin=last_checkin, last_skipped=last_skipped, in_workout=in_workout
        )
        is due
    )


def test_every_activity_that_changed_by_three_is_named_with_its_sign() -> None:
    """Both changes are told, the larger first, with a true minus sign for the harder one."""
    reading = read_activities(
        _ratings({"socks": 2, "garden": 8, "film": 5}, {"socks": 5, "garden": 4, "film": 5})
    )
    assert reading.text.endswith(
        "Meaningful for one activity (3 points or more): garden −4, socks +3."
    )


def test_series_carry_the_day_an_activity_was_retired() -> None:
    ratings = _ratings({"socks": 3, "film": 4}, {"socks": 5})
    film = ratings[1]
    ratings[1] = ActivityRating(
        film.activity_id, film.activity, film.day, film.score, "", film.recorded, MONDAY
    )
    assert [(s.name, s.retired) for s in activity_series(ratings)] == [
        ("socks", None),
        ("film", MONDAY),
    ]


def test_label_names_a_retired_activity_and_the_day() -> None:
    """The legend's and the report's wording: a line that stops was retired, not given up."""
    assert activity_label("Sitting through a film", None) == "Sitting through a film"
    assert activity_label("Sitting through a film", date(2026, 3, 3)) == (
        "Sitting through a film (retired 3\u00a0Mar)"
    )
    assert activity_label("Film", date(2026, 3, 3), day_words=lambda day: "3/3") == (
        "Film (retired 3/3)"
    )

"""Reading the weekly activity check-ins, and deciding when to ask (clinical brief §6.2b).

A change of the average of all activities by at least 2 points is meaningful, at least 3 for a
single activity (the reported minimal important changes for this format in low back pain). The
first check-in is the baseline; the latest is compared with it. Scores are rounded to one
decimal before they are compared, so the figures a person reads are the ones judged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from backtimer.i18n import QT_TRANSLATE_NOOP, decimal
from backtimer.journal.activities import ActivityRating

MEAN_MEANINGFUL = 2.0
SINGLE_MEANINGFUL = 3.0
CHECKIN_EVERY_DAYS = 7
_EPSILON = 1e-9
NO_BREAK_SPACE = "\u00a0"


class ActivityChange(StrEnum):
    INSUFFICIENT = "insufficient"
    BETTER = "better"
    SMALL = "small"
    WORSE = "worse"


@dataclass(frozen=True)
class CheckinMean:
    """The average score of one check-in (all activities rated that day)."""

    day: date
    mean: float
    rated: int


@dataclass(frozen=True)
class ActivitySeries:
    activity_id: int
    name: str
    points: tuple[tuple[date, int], ...]
    retired: date | None = None
    """The day the person stopped rating it (retired it), None while it is still asked about."""


@dataclass(frozen=True)
class ActivityReading:
    kind: ActivityChange
    text: str
    """One line for people: what changed, by how much, and whether it is meaningful."""
    mean_change: float | None
    changed_activities: tuple[tuple[str, int], ...]
    """(activity, change in points) of single activities that moved by 3 or more."""


def _same(text: str) -> str:
    return text


def checkin_means(ratings: Sequence[ActivityRating]) -> list[CheckinMean]:
    """One point per check-in day: the mean of that day's ratings, rounded to one decimal."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for rating in ratings:
        by_day[rating.day].append(rating.score)
    return [
        CheckinMean(day, round(sum(scores) / len(scores), 1), len(scores))
        for day, scores in sorted(by_day.items())
    ]


def activity_series(ratings: Sequence[ActivityRating]) -> list[ActivitySeries]:
    """One line per activity, in the order each first appears."""
    points: dict[int, list[tuple[date, int]]] = {}
    latest: dict[int, ActivityRating] = {}
    for rating in sorted(ratings, key=lambda r: r.day):
        points.setdefault(rating.activity_id, []).append((rating.day, rating.score))
        latest[rating.activity_id] = rating
    return [
        ActivitySeries(key, latest[key].activity, tuple(values), latest[key].retired)
        for key, values in points.items()
    ]


def activity_label(
    name: str,
    retired: date | None,
    tr: Callable[[str], str] = _same,
    day_words: Callable[[date], str] | None = None,
) -> str:
    """An activity's name as a legend or a report lists it: "Sitting through a film (retired
    3 Mar)" once retired, so a line that stops is not read as giving up or getting worse.

    ``day_words`` writes the day (the UI passes its date pattern); by default the reading's
    "3 Mar" in ``tr``'s language, as the report writes days. The day never breaks across two
    lines (a narrow report column wrapped "30 / Sep").
    """
    if retired is None:
        return name
    if day_words is None:
        from backtimer.insights.reading import format_day_month

        day = format_day_month(retired, tr)
    else:
        day = day_words(retired)
    return tr(QT_TRANSLATE_NOOP("activities", "{name} (retired {day})")).format(
        name=name, day=day.replace(" ", NO_BREAK_SPACE)
    )


def read_activities(
    ratings: Sequence[ActivityRating], tr: Callable[[str], str] = _same
) -> ActivityReading:
    """Compare the latest check-in with the first; the text is one line.

    ``tr`` translates the wording (the UI passes its translator, the report ``i18n.translate``).
    """
    means = checkin_means(ratings)
    if len(means) < 2:
        return ActivityReading(
            ActivityChange.INSUFFICIENT,
            tr(
                QT_TRANSLATE_NOOP(
                    "activities",
                    "After your second weekly check-in this shows how your activities changed.",
                )
            ),
            None,
            (),
        )
    first, latest = means[0], means[-1]
    change = round(latest.mean - first.mean, 1)
    singles = _single_changes(ratings)
    if change >= MEAN_MEANINGFUL - _EPSILON:
        kind = ActivityChange.BETTER
        verdict = QT_TRANSLATE_NOOP("activities", "a meaningful improvement (2 points or more)")
    elif change <= -MEAN_MEANINGFUL + _EPSILON:
        kind = ActivityChange.WORSE
        verdict = QT_TRANSLATE_NOOP(
            "activities", "harder by 2 points or more: worth raising with your physio"
        )
    else:
        kind = ActivityChange.SMALL
        verdict = QT_TRANSLATE_NOOP(
            "activities", "less than the 2 points that count as meaningful for the average"
        )
    # Here, not at the top: Today's check-in card imports this module for checkin_due alone,
    # on the way to the first frame, and the trend reading's module is not needed there.
    from backtimer.insights.reading import format_day_month, format_points

    text = tr(
        QT_TRANSLATE_NOOP(
            "activities", "Average {first} → {latest} since {day} ({change}): {verdict}."
        )
    ).format(
        first=decimal(first.mean),
        latest=decimal(latest.mean),
        day=format_day_month(first.day, tr),
        change=format_points(change),
        verdict=tr(verdict),
    )
    if singles:
        named = ", ".join(
            f"{name} {points:+d}".replace("-", "−")
            for name, points in sorted(singles, key=lambda item: -abs(item[1]))
        )
        text += " " + tr(
            QT_TRANSLATE_NOOP(
                "activities", "Meaningful for one activity (3 points or more): {named}."
            )
        ).format(named=named)
    return ActivityReading(kind, text, change, tuple(singles))


def _single_changes(ratings: Sequence[ActivityRating]) -> list[tuple[str, int]]:
    """Activities whose latest score differs from their first by 3 points or more."""
    changed = []
    for series in activity_series(ratings):
        if len(series.points) < 2:
            continue
        points = series.points[-1][1] - series.points[0][1]
        if abs(points) >= SINGLE_MEANINGFUL:
            changed.append((series.name, points))
    return changed


def checkin_due(
    today: date,
    *,
    last_checkin: date | None,
    last_skipped: date | None,
    in_workout: bool,
) -> bool:
    """Ask at most once a week, never during a workout; a skip counts as an answer for a week."""
    if in_workout:
        return False
    answered = max((day for day in (last_checkin, last_skipped) if day is not None), default=None)
    return answered is None or today - answered >= timedelta(days=CHECKIN_EVERY_DAYS)

"""The plain-words reading of the pain trend, by the clinical brief's rules (§6.2).

The latest 7-day average is compared with the first 7-day average on record (the baseline) and
with the four weeks before it. Only before-session and spot scores count: a score right after a
session says how that session felt, not how the back is doing. Single ratings are noisy (minimal
detectable change ≈ 1.8 points), so a window is compared only when it holds at least 5 such
ratings and 3 sessions, and with too little data the reading says so instead of guessing.

A change is *meaningful* when the average fell by at least 30 % **and** at least 2 points,
*substantial* at 50 % and 2 points, *worse* when it rose by 30 % and 2 points; 1 point or more
short of that is a *small change*, under 1 point *no clear change*. Averages are rounded to one
decimal *before* classifying, so the figures a person sees are the figures the verdict was made
from and can be checked by hand. A report passes its own first day, so its reading uses only the
report's date range.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from backtimer.insights.series import DailyPain

WINDOW_DAYS = 7
PREVIOUS_DAYS = 28
MEANINGFUL_PERCENT = 30.0
SUBSTANTIAL_PERCENT = 50.0
MIN_POINTS = 2.0
"""A change must also be this many points: 1 point is inside the measurement error."""
SMALL_POINTS = 1.0
"""Below this a change is "no clear change"."""
MIN_WINDOW_RATINGS = 5
MIN_WINDOW_SESSIONS = 3
_EPSILON = 1e-9
"""Absorbs float noise so that exactly 30 % or exactly 2 points counts as reached."""
MEANING = (
    "“Meaningful” means at least 30 % and 2 points lower — the size most people notice; "
    "it shows change, not its cause."
)
"""The one line that goes wherever the word "meaningful" appears."""


class ChangeKind(StrEnum):
    INSUFFICIENT = "insufficient"
    IMPROVED_SUBSTANTIAL = "improved_substantial"
    IMPROVED = "improved"
    SMALL_CHANGE = "small_change"
    NO_CHANGE = "no_change"
    WORSE = "worse"


@dataclass(frozen=True)
class WindowMean:
    """The average of the ratings in an inclusive range of days, rounded as shown."""

    first_day: date
    last_day: date
    mean: float
    ratings: int
    """Before-session and spot scores in the window."""
    sessions: int = 0


@dataclass(frozen=True)
class Change:
    """How the latest window compares with a reference window."""

    reference: WindowMean
    latest: WindowMean
    kind: ChangeKind

    @property
    def points(self) -> float:
        """Latest minus reference; negative means less pain."""
        return round(self.latest.mean - self.reference.mean, 1)

    @property
    def percent(self) -> float | None:
        """Signed change relative to the reference; None when the reference is 0."""
        if self.reference.mean == 0:
            return None
        return (self.latest.mean - self.reference.mean) / self.reference.mean * 100.0


@dataclass(frozen=True)
class TrendReading:
    kind: ChangeKind
    """The verdict against the baseline, which is what §6.2 defines."""
    baseline: WindowMean | None
    latest: WindowMean | None
    versus_baseline: Change | None
    versus_previous: Change | None
    """Against the four weeks before the latest week; None without enough ratings there."""
    total_ratings: int
    headline: str
    text: str


def classify_change(reference: float, latest: float) -> ChangeKind:
    """§6.2: ≥ 30 % and ≥ 2 points is meaningful, ≥ 50 % and ≥ 2 substantial; the same rise is
    worse. Under 1 point is no clear change; anything between is a small change.
    """
    points = latest - reference
    if abs(points) < SMALL_POINTS - _EPSILON:
        return ChangeKind.NO_CHANGE
    percent = abs(points) / reference * 100.0 if reference > 0 else float("inf")
    if abs(points) < MIN_POINTS - _EPSILON or percent < MEANINGFUL_PERCENT - _EPSILON:
        return ChangeKind.SMALL_CHANGE
    if points > 0:
        return ChangeKind.WORSE
    if percent >= SUBSTANTIAL_PERCENT - _EPSILON:
        return ChangeKind.IMPROVED_SUBSTANTIAL
    return ChangeKind.IMPROVED


def read_trend(
    daily: Sequence[DailyPain], today: date, first_day: date | None = None
) -> TrendReading:
    """Compare the latest week with the first week and the four weeks before it.

    ``first_day`` limits the reading to a range (a report's own): its first week is then the
    baseline, and nothing before it is looked at.
    """
    days = sorted(
        (
            point
            for point in daily
            if point.day <= today and (first_day is None or point.day >= first_day)
        ),
        key=lambda p: p.day,
    )
    total = sum(point.judged_ratings for point in days)
    baseline = _first_window(days)
    latest = _latest_window(days, today)
    if baseline is None or latest is None or latest.first_day <= baseline.last_day:
        return TrendReading(
            ChangeKind.INSUFFICIENT, baseline, latest, None, None, total,
            "Not enough ratings yet", _insufficient_text(days, total, today),
        )  # fmt: skip
    versus_baseline = Change(baseline, latest, classify_change(baseline.mean, latest.mean))
    previous_first = latest.first_day - timedelta(days=PREVIOUS_DAYS)
    previous = _window_mean(
        days, max(previous_first, baseline.first_day), latest.first_day - timedelta(1)
    )
    versus_previous = (
        Change(previous, latest, classify_change(previous.mean, latest.mean))
        if previous is not None
        else None
    )
    return TrendReading(
        kind=versus_baseline.kind,
        baseline=baseline,
        latest=latest,
        versus_baseline=versus_baseline,
        versus_previous=versus_previous,
        total_ratings=total,
        headline=HEADLINES[versus_baseline.kind],
        text=_reading_text(versus_baseline, versus_previous, today, ranged=first_day is not None),
    )


HEADLINES: dict[ChangeKind, str] = {
    ChangeKind.INSUFFICIENT: "Not enough ratings yet",
    ChangeKind.IMPROVED_SUBSTANTIAL: "Substantial improvement",
    ChangeKind.IMPROVED: "Meaningful improvement",
    ChangeKind.SMALL_CHANGE: "Small change",
    ChangeKind.NO_CHANGE: "No clear change",
    ChangeKind.WORSE: "Pain has risen",
}


def _window_mean(days: Sequence[DailyPain], first: date, last: date) -> WindowMean | None:
    """The window's average of before-session and spot scores; None with too few of them."""
    inside = [point for point in days if first <= point.day <= last]
    ratings = sum(point.judged_ratings for point in inside)
    sessions = sum(point.sessions for point in inside)
    if ratings < MIN_WINDOW_RATINGS or sessions < MIN_WINDOW_SESSIONS:
        return None
    mean = round(sum(point.judged_sum for point in inside) / ratings, 1)
    return WindowMean(first, last, mean, ratings, sessions)


def _first_window(days: Sequence[DailyPain]) -> WindowMean | None:
    """The first 7-day window, starting on a rated day, with enough ratings and sessions."""
    for point in days:
        window = _window_mean(days, point.day, point.day + timedelta(WINDOW_DAYS - 1))
        if window is not None:
            return window
    return None


def _latest_window(days: Sequence[DailyPain], today: date) -> WindowMean | None:
    """The last 7 days if they hold enough, else the latest earlier week that does."""
    window = _window_mean(days, today - timedelta(WINDOW_DAYS - 1), today)
    if window is not None:
        return window
    for point in reversed(days):
        window = _window_mean(days, point.day - timedelta(WINDOW_DAYS - 1), point.day)
        if window is not None:
            return window
    return None


def format_day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def format_range(first: date, last: date) -> str:
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{format_day(first)} – {format_day(last)}"


def format_points(points: float) -> str:
    """Signed points with a true minus sign, e.g. "−2.1" or "+0.4"."""
    return f"{'−' if points < 0 else '+'}{abs(points):.1f}"


def format_percent(percent: float | None) -> str:
    """Signed whole percent, truncated towards zero so that "−30 %" is shown only from 30 %."""
    if percent is None:
        return "from 0"
    whole = int(abs(percent) + _EPSILON)
    return f"{'−' if percent < 0 else '+'}{whole} %"


VERDICTS: dict[ChangeKind, str] = {
    ChangeKind.IMPROVED_SUBSTANTIAL: "That is a substantial improvement.",
    ChangeKind.IMPROVED: "That is a meaningful improvement.",
    ChangeKind.NO_CHANGE: "That is no clear change.",
    ChangeKind.WORSE: (
        "That is a clear rise. Pain often goes up and down for a while; if your weekly average "
        "stays up for two weeks, talk to your physiotherapist or doctor."
    ),
}


def _verdict(change: Change) -> str:
    if change.kind is ChangeKind.SMALL_CHANGE:
        direction = "improvement" if change.points < 0 else "rise"
        return f"That is a small {direction}, not yet a clear change."
    return VERDICTS[change.kind]


def _direction(change: Change) -> str:
    if change.points < 0:
        return "down from"
    if change.points > 0:
        return "up from"
    return "the same as"


def _difference(change: Change) -> str:
    """E.g. "2.1 points lower, −40 %"; the percent is left out when the reference is 0."""
    if change.points == 0:
        return "no difference"
    words = f"{abs(change.points):.1f} points {'lower' if change.points < 0 else 'higher'}"
    return f"{words}, {format_percent(change.percent)}" if change.percent is not None else words


def _reading_text(
    versus_baseline: Change, versus_previous: Change | None, today: date, *, ranged: bool
) -> str:
    """The reading in sentences; ``ranged``: for a period (a report), not "your" whole record."""
    first_words = "the first week of this period" if ranged else "your first week"
    latest, baseline = versus_baseline.latest, versus_baseline.reference
    if latest.last_day == today and not ranged:
        when, that_week = "this week (last 7 days)", "this week"
    elif latest.last_day == today:
        dates = format_range(latest.first_day, latest.last_day)
        when, that_week = f"in the last week of this period ({dates})", "that week"
    else:
        dates = format_range(latest.first_day, latest.last_day)
        when, that_week = f"in your latest week with enough ratings ({dates})", "that week"
    first_week = format_range(baseline.first_day, baseline.last_day)
    sentences = [
        f"Your average pain {when} is {latest.mean:.1f}, {_direction(versus_baseline)} "
        f"{baseline.mean:.1f} in {first_words} ({first_week}): {_difference(versus_baseline)}.",
        _verdict(versus_baseline),
    ]
    if versus_previous is not None:
        sentences.append(
            f"Compared with the four weeks before ({versus_previous.reference.mean:.1f}), it is "
            f"{_previous_words(versus_previous)} ({_difference(versus_previous)})."
        )
    sentences.append(
        f"Based on {latest.ratings} ratings {that_week} and {baseline.ratings} in {first_words}"
        " (scores before sessions and at other times; those right after a session show how it"
        " felt, so they are left out)."
    )
    sentences.append(MEANING)
    return " ".join(sentences)


def _previous_words(change: Change) -> str:
    match change.kind:
        case ChangeKind.IMPROVED_SUBSTANTIAL:
            return "a substantial improvement"
        case ChangeKind.IMPROVED:
            return "a meaningful improvement"
        case ChangeKind.SMALL_CHANGE:
            return "slightly lower" if change.points < 0 else "slightly higher"
        case ChangeKind.WORSE:
            return "a clear rise"
        case _:
            return "about the same"


def _insufficient_text(days: Sequence[DailyPain], total: int, today: date) -> str:
    if total == 0:
        return "No pain ratings yet. Rate your pain before a session to see your trend."
    recorded_for = (today - days[0].day).days + 1
    return (
        f"Not enough ratings yet to read a trend: you have {total} rating"
        f"{'' if total == 1 else 's'} before sessions or at other times, over {recorded_for} "
        f"day{'' if recorded_for == 1 else 's'}. A reading needs at least "
        f"{MIN_WINDOW_RATINGS} ratings and {MIN_WINDOW_SESSIONS} sessions in your first week, "
        "and as many in a later, separate week. Keep rating your pain before your sessions."
    )

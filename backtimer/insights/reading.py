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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from backtimer.i18n import QT_TRANSLATE_NOOP, decimal
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
MEANING = QT_TRANSLATE_NOOP(
    "reading",
    "“Meaningful” means at least 30 % and 2 points lower — the size most people notice; "
    "it shows change, not its cause.",
)
"""The one line that goes wherever the word "meaningful" appears."""
RISE_MEANING = QT_TRANSLATE_NOOP(
    "reading", "“A clear rise” means at least 30 % and 2 points higher."
)
"""Said beside MEANING whenever the reading calls a change a clear rise."""
NOT_ENOUGH_SESSIONS = QT_TRANSLATE_NOOP("reading", "Not enough sessions yet")
"""The headline when the ratings would do but the sessions are missing (spot checks only)."""


Translate = Callable[[str], str]
"""Looks a marked text up in the user's language (the UI passes Qt's; the report, i18n's)."""


def _same(text: str) -> str:
    return text


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
    """Against the four weeks before the latest week; None without enough ratings there, or when
    the record (or the report's range) does not reach four weeks back from the latest week: the
    text says "the four weeks before", so three weeks are never passed off as four."""
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
    daily: Sequence[DailyPain],
    today: date,
    first_day: date | None = None,
    tr: Translate = _same,
) -> TrendReading:
    """Compare the latest week with the first week and the four weeks before it.

    ``first_day`` limits the reading to a range (a report's own): its first week is then the
    baseline, and nothing before it is looked at. ``tr`` translates the words (the UI passes
    its translator, the report ``i18n.translate``); numbers follow ``i18n.decimal``.
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
            _insufficient_headline(days, total, tr), _insufficient_text(days, total, today, tr),
        )  # fmt: skip
    versus_baseline = Change(baseline, latest, classify_change(baseline.mean, latest.mean))
    previous_first = latest.first_day - timedelta(days=PREVIOUS_DAYS)
    previous = (  # only when all four weeks are inside the record (or the report's range)
        _window_mean(days, previous_first, latest.first_day - timedelta(1))
        if previous_first >= baseline.first_day
        else None
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
        headline=tr(HEADLINES[versus_baseline.kind]),
        text=_reading_text(
            versus_baseline, versus_previous, today, ranged=first_day is not None, tr=tr
        ),
    )


HEADLINES: dict[ChangeKind, str] = {
    ChangeKind.INSUFFICIENT: QT_TRANSLATE_NOOP("reading", "Not enough ratings yet"),
    ChangeKind.IMPROVED_SUBSTANTIAL: QT_TRANSLATE_NOOP("reading", "Substantial improvement"),
    ChangeKind.IMPROVED: QT_TRANSLATE_NOOP("reading", "Meaningful improvement"),
    ChangeKind.SMALL_CHANGE: QT_TRANSLATE_NOOP("reading", "Small change"),
    ChangeKind.NO_CHANGE: QT_TRANSLATE_NOOP("reading", "No clear change"),
    ChangeKind.WORSE: QT_TRANSLATE_NOOP("reading", "Pain has risen"),
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


MONTHS = (
    QT_TRANSLATE_NOOP("reading", "Jan"),
    QT_TRANSLATE_NOOP("reading", "Feb"),
    QT_TRANSLATE_NOOP("reading", "Mar"),
    QT_TRANSLATE_NOOP("reading", "Apr"),
    QT_TRANSLATE_NOOP("reading", "May"),
    QT_TRANSLATE_NOOP("reading", "Jun"),
    QT_TRANSLATE_NOOP("reading", "Jul"),
    QT_TRANSLATE_NOOP("reading", "Aug"),
    QT_TRANSLATE_NOOP("reading", "Sep"),
    QT_TRANSLATE_NOOP("reading", "Oct"),
    QT_TRANSLATE_NOOP("reading", "Nov"),
    QT_TRANSLATE_NOOP("reading", "Dec"),
)
"""Short month names as the reading writes them (English unless ``tr`` translates them)."""


def _month(day: date, tr: Translate) -> str:
    return tr(MONTHS[day.month - 1])


def format_day(day: date, tr: Translate = _same) -> str:
    """ "2 Dec 2026"; the order is translated too ("2. Dez. 2026")."""
    return tr(QT_TRANSLATE_NOOP("reading", "{day} {month} {year}")).format(
        day=day.day, month=_month(day, tr), year=day.year
    )


def format_day_month(day: date, tr: Translate = _same) -> str:
    """ "2 Dec" ("2. Dez."), for a date whose year is said elsewhere or goes without saying."""
    return tr(QT_TRANSLATE_NOOP("reading", "{day} {month}")).format(
        day=day.day, month=_month(day, tr)
    )


def format_range(first: date, last: date, tr: Translate = _same) -> str:
    if first.year == last.year:
        return f"{format_day_month(first, tr)} – {format_day(last, tr)}"
    return f"{format_day(first, tr)} – {format_day(last, tr)}"


def format_points(points: float) -> str:
    """Signed points with a true minus sign, e.g. "−2.1" or "+0.4" ("+0,4" in German)."""
    return f"{'−' if points < 0 else '+'}{decimal(abs(points))}"


def format_percent(percent: float | None, tr: Translate = _same) -> str:
    """Signed whole percent, truncated towards zero so that "−30 %" is shown only from 30 %."""
    if percent is None:
        return tr(QT_TRANSLATE_NOOP("reading", "from 0"))
    whole = int(abs(percent) + _EPSILON)
    return f"{'−' if percent < 0 else '+'}{whole} %"


VERDICTS: dict[ChangeKind, str] = {
    ChangeKind.IMPROVED_SUBSTANTIAL: QT_TRANSLATE_NOOP(
        "reading", "That is a substantial improvement."
    ),
    ChangeKind.IMPROVED: QT_TRANSLATE_NOOP("reading", "That is a meaningful improvement."),
    ChangeKind.NO_CHANGE: QT_TRANSLATE_NOOP("reading", "That is no clear change."),
    ChangeKind.WORSE: QT_TRANSLATE_NOOP(
        "reading",
        "That is a clear rise. Pain often goes up and down for a while; if your weekly average "
        "stays up for two weeks, talk to your physiotherapist or doctor.",
    ),
}


def _verdict(change: Change, tr: Translate) -> str:
    if change.kind is ChangeKind.SMALL_CHANGE:
        if change.points < 0:
            return tr(
                QT_TRANSLATE_NOOP("reading", "That is a small improvement, not yet a clear change.")
            )
        return tr(QT_TRANSLATE_NOOP("reading", "That is a small rise, not yet a clear change."))
    return tr(VERDICTS[change.kind])


def _difference(change: Change, tr: Translate) -> str:
    """E.g. "2.1 points lower, −40 %"; the percent is left out when the reference is 0."""
    if change.points == 0:
        return tr(QT_TRANSLATE_NOOP("reading", "no difference"))
    if change.points < 0:
        words = tr(QT_TRANSLATE_NOOP("reading", "{points} points lower"))
    else:
        words = tr(QT_TRANSLATE_NOOP("reading", "{points} points higher"))
    words = words.format(points=decimal(abs(change.points)))
    if change.percent is None:
        return words
    return f"{words}, {format_percent(change.percent, tr)}"


def _reading_text(
    versus_baseline: Change,
    versus_previous: Change | None,
    today: date,
    *,
    ranged: bool,
    tr: Translate = _same,
) -> str:
    """The reading in sentences; ``ranged``: for a period (a report), not "your" whole record."""
    latest, baseline = versus_baseline.latest, versus_baseline.reference
    dates = format_range(latest.first_day, latest.last_day, tr)
    first_week = format_range(baseline.first_day, baseline.last_day, tr)
    numbers = {
        "latest": decimal(latest.mean),
        "first": decimal(baseline.mean),
        "first_week": first_week,
        "dates": dates,
        "difference": _difference(versus_baseline, tr),
    }
    if latest.last_day == today and not ranged:
        when = QT_TRANSLATE_NOOP("reading", "Your average pain this week (last 7 days) is {latest}")
    elif latest.last_day == today:
        when = QT_TRANSLATE_NOOP(
            "reading", "Your average pain in the last week of this period ({dates}) is {latest}"
        )
    else:
        when = QT_TRANSLATE_NOOP(
            "reading",
            "Your average pain in your latest week with enough ratings ({dates}) is {latest}",
        )
    if versus_baseline.points < 0:
        against = QT_TRANSLATE_NOOP("reading", "down from {first}")
    elif versus_baseline.points > 0:
        against = QT_TRANSLATE_NOOP("reading", "up from {first}")
    else:
        against = QT_TRANSLATE_NOOP("reading", "the same as {first}")
    if ranged:
        first_words = QT_TRANSLATE_NOOP(
            "reading", "in the first week of this period ({first_week}): {difference}."
        )
    else:
        first_words = QT_TRANSLATE_NOOP(
            "reading", "in your first week ({first_week}): {difference}."
        )
    sentences = [
        f"{tr(when).format(**numbers)}, {tr(against).format(**numbers)} "
        f"{tr(first_words).format(**numbers)}",
        _verdict(versus_baseline, tr),
    ]
    if versus_previous is not None:
        sentences.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "reading",
                    "Compared with the four weeks before ({mean}), it is {words} ({difference}).",
                )
            ).format(
                mean=decimal(versus_previous.reference.mean),
                words=_previous_words(versus_previous, tr),
                difference=_difference(versus_previous, tr),
            )
        )
    if ranged or latest.last_day != today:
        based = QT_TRANSLATE_NOOP(
            "reading",
            "Based on {latest} ratings that week and {first} in {first_words} (scores before "
            "sessions and at other times; those right after a session show how it felt, so they "
            "are left out).",
        )
    else:
        based = QT_TRANSLATE_NOOP(
            "reading",
            "Based on {latest} ratings this week and {first} in {first_words} (scores before "
            "sessions and at other times; those right after a session show how it felt, so they "
            "are left out).",
        )
    sentences.append(
        tr(based).format(
            latest=latest.ratings,
            first=baseline.ratings,
            first_words=tr(QT_TRANSLATE_NOOP("reading", "the first week of this period"))
            if ranged
            else tr(QT_TRANSLATE_NOOP("reading", "your first week")),
        )
    )
    sentences.append(tr(MEANING))
    if ChangeKind.WORSE in (
        versus_baseline.kind,
        versus_previous.kind if versus_previous is not None else None,
    ):
        sentences.append(tr(RISE_MEANING))
    return " ".join(sentences)


def _previous_words(change: Change, tr: Translate) -> str:
    match change.kind:
        case ChangeKind.IMPROVED_SUBSTANTIAL:
            return tr(QT_TRANSLATE_NOOP("reading", "a substantial improvement"))
        case ChangeKind.IMPROVED:
            return tr(QT_TRANSLATE_NOOP("reading", "a meaningful improvement"))
        case ChangeKind.SMALL_CHANGE if change.points < 0:
            return tr(QT_TRANSLATE_NOOP("reading", "slightly lower"))
        case ChangeKind.SMALL_CHANGE:
            return tr(QT_TRANSLATE_NOOP("reading", "slightly higher"))
        case ChangeKind.WORSE:
            return tr(QT_TRANSLATE_NOOP("reading", "a clear rise"))
        case _:
            return tr(QT_TRANSLATE_NOOP("reading", "about the same"))


def _sessions_missing(days: Sequence[DailyPain], total: int) -> bool:
    """Ratings enough for two weeks, sessions not: spot checks alone never make a reading."""
    sessions = sum(point.sessions for point in days)
    return total >= 2 * MIN_WINDOW_RATINGS and sessions < 2 * MIN_WINDOW_SESSIONS


def _insufficient_headline(days: Sequence[DailyPain], total: int, tr: Translate) -> str:
    if _sessions_missing(days, total):
        return tr(NOT_ENOUGH_SESSIONS)
    return tr(HEADLINES[ChangeKind.INSUFFICIENT])


def _session_count(count: int, tr: Translate) -> str:
    if count == 0:
        return tr(QT_TRANSLATE_NOOP("reading", "no session"))
    if count == 1:
        return tr(QT_TRANSLATE_NOOP("reading", "1 session"))
    return tr(QT_TRANSLATE_NOOP("reading", "{count} sessions")).format(count=count)


def _insufficient_text(
    days: Sequence[DailyPain], total: int, today: date, tr: Translate = _same
) -> str:
    if total == 0:
        return tr(
            QT_TRANSLATE_NOOP(
                "reading",
                "No pain ratings yet. Rate your pain before a session to see your trend.",
            )
        )
    recorded_for = (today - days[0].day).days + 1
    ratings = (
        tr(QT_TRANSLATE_NOOP("reading", "1 rating"))
        if total == 1
        else tr(QT_TRANSLATE_NOOP("reading", "{count} ratings")).format(count=total)
    )
    over = (
        tr(QT_TRANSLATE_NOOP("reading", "1 day"))
        if recorded_for == 1
        else tr(QT_TRANSLATE_NOOP("reading", "{count} days")).format(count=recorded_for)
    )
    if _sessions_missing(days, total):
        text = QT_TRANSLATE_NOOP(
            "reading",
            "Not enough sessions yet to read a trend: you have {ratings} before sessions or at "
            "other times, over {days}, but {sessions}. A reading needs at least {min_ratings} "
            "ratings and {min_sessions} sessions in your first week, and as many in a later, "
            "separate week.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "reading",
            "Not enough ratings yet to read a trend: you have {ratings} before sessions or at "
            "other times, over {days}. A reading needs at least {min_ratings} ratings and "
            "{min_sessions} sessions in your first week, and as many in a later, separate week. "
            "Keep rating your pain before your sessions.",
        )
    return tr(text).format(
        ratings=ratings,
        days=over,
        sessions=_session_count(sum(point.sessions for point in days), tr),
        min_ratings=MIN_WINDOW_RATINGS,
        min_sessions=MIN_WINDOW_SESSIONS,
    )

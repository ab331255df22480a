"""Daily pain points and their calendar-day rolling mean, as plain data.

Days are calendar dates (the journal's local ``day`` column), never timestamps, so a daylight-saving
change or a trip across time zones cannot split or merge a day. Missing days are missing, not zero:
a window averages only the ratings that exist in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

MIN_RATINGS = 3
"""Fewest ratings a 7-day window needs before its average is shown or compared (brief §6.2)."""


@dataclass(frozen=True)
class DailyPain:
    """All pain ratings of one local day, aggregated in SQL."""

    day: date
    mean: float
    """Mean of every rating that day (before, after and spot)."""
    mean_before: float | None
    mean_after: float | None
    minimum: int
    maximum: int
    ratings: int
    score_sum: int
    """Kept so that week averages weight every rating equally without float drift."""
    sessions: int
    latest_session_id: int | None
    """The day's last session, opened when the day's point is clicked."""
    flare: bool
    judged_ratings: int = 0
    """Ratings the trend reading may use: before-session and spot scores, never after-session
    ones (right after exercise pain is often briefly up or down; §6.2)."""
    judged_sum: int = 0


def rolling_mean(
    days: Sequence[date],
    values: Sequence[float],
    window: int = 7,
    *,
    weights: Sequence[float] | None = None,
    min_weight: float = MIN_RATINGS,
) -> list[float | None]:
    """Mean over the ``window`` calendar days ending at each given day (inclusive).

    ``weights`` (e.g. ratings per day) make the result the mean of the underlying ratings rather
    than of the daily means; a window whose total weight is below ``min_weight`` gives None
    instead of a mean built on too little. ``days`` must be strictly increasing.
    """
    if len(days) != len(values):
        raise ValueError("days and values must have the same length")
    weights = weights if weights is not None else [1.0] * len(values)
    result: list[float | None] = []
    start = 0
    weighted_sum = 0.0
    weight_total = 0.0
    ordinals = [day.toordinal() for day in days]
    for index, ordinal in enumerate(ordinals):
        if index and ordinal <= ordinals[index - 1]:
            raise ValueError("days must be strictly increasing")
        weighted_sum += values[index] * weights[index]
        weight_total += weights[index]
        while ordinals[start] <= ordinal - window:
            weighted_sum -= values[start] * weights[start]
            weight_total -= weights[start]
            start += 1
        if weight_total >= min_weight and weight_total > 0:
            result.append(weighted_sum / weight_total)
        else:
            result.append(None)
    return result


def judged_rolling_mean(daily: Sequence[DailyPain]) -> list[float | None]:
    """The 7-day line of the chart: the scores the trend reading judges (before-session and
    spot), so the line ends where the reading's latest weekly average does (§6.2); a day
    with after-session scores only adds nothing."""
    return rolling_mean(
        [point.day for point in daily],
        [
            point.judged_sum / point.judged_ratings if point.judged_ratings else 0.0
            for point in daily
        ],
        weights=[point.judged_ratings for point in daily],
    )

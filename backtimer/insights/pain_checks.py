"""The pain-monitoring model's building blocks (clinical brief §8.2): zones, morning scores, usual.

A "morning score" is the first spot score (the morning check, or "Log pain now") recorded
between 04:00 and noon local time: a score typed at 00:30 after a late workout is still that
evening, not the next morning. The user's "usual" level is the median of the
morning scores of the seven days up to a day, as §8.2 asks, falling back to the session's own
before-score when there were no morning scores that week. Nothing here guesses: a missing score
stays ``None`` and the rules built on it say there is not enough information.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from backtimer.i18n import decimal, translate
from backtimer.journal.records import PainContext, PainEntry

MORNING_STARTS = time(4, 0)
MORNING_ENDS = time(12, 0)
"""Spot scores logged from MORNING_STARTS to before this local time are the day's morning score."""
MIN_HOURS_AFTER_SESSION = 6
"""The morning check asks about the night after a session: never sooner than this after it."""
USUAL_WINDOW_DAYS = 7
GREEN_MAX = 3
"""Pain 0-3 during exercise: "safe", eligible for progression."""
AMBER_MAX = 5
"""Pain 4-5: "acceptable", hold the dose; above 5 is red."""
HIGH_START = 5
"""From this pre-session score up, a session is judged by how much pain rose instead."""
CLEARLY_ABOVE_USUAL = 2
"""Next-morning pain this many points above usual: not settled, cut the volume (§8.2)."""


class Zone(StrEnum):
    """The traffic light of §8.2; red always overrides amber and green."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class MorningCheck(StrEnum):
    """How the next morning compared with the user's usual level."""

    SETTLED = "settled"
    """No higher than usual: the session was well tolerated."""
    SLIGHTLY_ABOVE = "slightly_above"
    """Above usual but by less than 2 points: repeat the dose, do not progress."""
    CLEARLY_ABOVE = "clearly_above"
    """2 or more points above usual: step back."""


def exercise_zone(before: int | None, during: int | None, hurt_reported: bool) -> Zone | None:
    """The session's zone from its scores; None when there is no score to judge by.

    ``during`` is the highest score seen in or right after the session (the after-score or a
    score given with "this hurts"). A "this hurts" report is red whatever its score. When the
    session started at 5 or more, the rise decides: ≤ 1 green, 2 amber, ≥ 3 red.
    """
    if hurt_reported:
        return Zone.RED
    if during is None:
        return None
    if before is not None and before >= HIGH_START:
        rise = during - before
        if rise <= 1:
            return Zone.GREEN
        return Zone.AMBER if rise == 2 else Zone.RED
    if during <= GREEN_MAX:
        return Zone.GREEN
    return Zone.AMBER if during <= AMBER_MAX else Zone.RED


def morning_scores(entries: Iterable[PainEntry]) -> dict[date, int]:
    """Each day's first spot score logged in the morning (04:00 to noon), local time."""
    mornings: dict[date, int] = {}
    for entry in sorted(entries, key=lambda item: item.recorded):
        if entry.context is not PainContext.SPOT or not is_morning(entry.recorded.time()):
            continue
        mornings.setdefault(entry.day, entry.score)
    return mornings


def is_morning(moment: time) -> bool:
    """04:00 to noon: the part of the day a "this morning" question is about."""
    return MORNING_STARTS <= moment < MORNING_ENDS


def median(values: Sequence[float]) -> float:
    """The middle value, or the mean of the middle two, as ``statistics.median`` gives.

    Here because Today's first frame needs it, and ``statistics`` brings in ``fractions``,
    ``decimal`` and ``numbers`` (some 5 ms of start-up).
    """
    if not values:
        raise ValueError("the median of no values")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def usual_level(mornings: Mapping[date, int], day: date) -> float | None:
    """Median of the morning scores of the 7 days ending ``day``; None without any."""
    window = [
        score
        for offset in range(USUAL_WINDOW_DAYS)
        if (score := mornings.get(day - timedelta(days=offset))) is not None
    ]
    return median(window) if window else None


def morning_check(morning: int | None, usual: float | None) -> MorningCheck | None:
    if morning is None or usual is None:
        return None
    if morning <= usual:
        return MorningCheck.SETTLED
    if morning - usual >= CLEARLY_ABOVE_USUAL:
        return MorningCheck.CLEARLY_ABOVE
    return MorningCheck.SLIGHTLY_ABOVE


def score_text(score: float | None) -> str:
    """``3`` → ``"3/10"``, ``2.5`` → ``"2.5/10"`` ("2,5/10" in German), None → "not logged"."""
    if score is None:
        return translate("pain_checks", "not logged")
    return f"{decimal(score, 0 if score == int(score) else 1)}/10"


def morning_check_due(
    now: datetime,
    sessions_yesterday: int,
    entries_today: Iterable[PainEntry],
    last_session_ended: datetime | None = None,
) -> bool:
    """Whether to ask "how is your back this morning?" now.

    The progression rules need to know whether yesterday's session settled by the morning
    (§4.2, §8.2): ask once, in the morning (04:00 to noon) after a session day, unless a
    morning score was already logged today. ``last_session_ended`` (the latest session's end,
    whatever its day) keeps the question from coming right after a late workout: the night
    has to pass first (at least ``MIN_HOURS_AFTER_SESSION`` hours).
    """
    if not is_morning(now.time()) or sessions_yesterday == 0:
        return False
    if last_session_ended is not None and now - last_session_ended < timedelta(
        hours=MIN_HOURS_AFTER_SESSION
    ):
        return False
    return now.date() not in morning_scores(entries_today)

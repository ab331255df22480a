"""Everything the trends page shows, loaded in one go from the journal as plain data.

The page receives a ``TrendsSource`` rather than a database, so it can be tested with made-up
snapshots and the composition root decides where the data comes from (and what "today" is).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from backtimer.insights.adherence import Adherence, adherence
from backtimer.insights.daily import (
    DailyHurts,
    DayDetail,
    daily_pain,
    day_detail,
    first_rated_day,
    flare_days,
    hurt_events_by_day,
)
from backtimer.insights.effects import EffectSummary, RoutineEffect, effects_overview
from backtimer.insights.reading import TrendReading, read_trend
from backtimer.insights.series import DailyPain, judged_rolling_mean


@dataclass(frozen=True)
class TrendsSnapshot:
    today: date
    first_day: date | None
    """The oldest day with a session or a rating; None for an empty journal."""
    daily: tuple[DailyPain, ...]
    rolling: tuple[float | None, ...]
    """7-day mean of the before-session and spot ratings ending on each day of ``daily``, as the
    reading judges them (None below three ratings)."""
    hurts: tuple[DailyHurts, ...]
    flares: tuple[date, ...]
    reading: TrendReading
    session_effect: EffectSummary
    routines: tuple[RoutineEffect, ...]
    adherence: Adherence

    @property
    def total_ratings(self) -> int:
        return sum(point.ratings for point in self.daily)


class TrendsSource(Protocol):
    """What the trends page needs from the journal."""

    def snapshot(self) -> TrendsSnapshot: ...

    def day_detail(self, day: date) -> DayDetail: ...


def load_snapshot(
    conn: sqlite3.Connection, today: date, tr: Callable[[str], str] | None = None
) -> TrendsSnapshot:
    """All aggregates for the trends page, every one of them computed in SQL per day.

    ``tr`` translates the reading's words (the UI passes its translator).
    """
    first = first_rated_day(conn)
    start = min(first, today) if first is not None else today
    daily = daily_pain(conn, start, today)
    rolling = judged_rolling_mean(daily)
    session_effect, routines = effects_overview(conn, start, today)
    return TrendsSnapshot(
        today=today,
        first_day=first,
        daily=tuple(daily),
        rolling=tuple(rolling),
        hurts=tuple(hurt_events_by_day(conn, start, today)),
        flares=tuple(flare_days(conn, start, today)),
        reading=read_trend(daily, today) if tr is None else read_trend(daily, today, tr=tr),
        session_effect=session_effect,
        routines=tuple(routines),
        adherence=adherence(conn, today),
    )


class JournalTrendsSource:
    """A ``TrendsSource`` reading an open journal connection; ``today`` is asked each time."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        today: Callable[[], date] = date.today,
        tr: Callable[[str], str] | None = None,
    ) -> None:
        self._conn = conn
        self._today = today
        self._tr = tr

    def snapshot(self) -> TrendsSnapshot:
        return load_snapshot(self._conn, self._today(), self._tr)

    def day_detail(self, day: date) -> DayDetail:
        return day_detail(self._conn, day)

"""Adherence: how often and how long the user exercises, by ISO week, plus streaks of active days.

SQL reduces the journal to one row per active day; weeks and streaks are folded in Python from
those few rows, because ISO weeks and calendar-day runs are awkward in SQLite and cheap here.
A day counts as active when it has at least one (not deleted) session. Minutes run from a
session's start to its end (pauses included; an interrupted session ends at its last recorded
step): reading them from the session rows is three times cheaper than summing ~40k steps.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.workout.progress import STEP_SECONDS_SQL

RECENT_WEEKS = 4


@dataclass(frozen=True)
class WeekActivity:
    week_start: date
    """The Monday of the ISO week."""
    sessions: int
    minutes: float

    @property
    def iso_week(self) -> tuple[int, int]:
        year, week, _ = self.week_start.isocalendar()
        return year, week


@dataclass(frozen=True)
class Adherence:
    today: date
    weeks: tuple[WeekActivity, ...]
    """Every ISO week from the first active one to today's, oldest first, empty weeks included."""
    sessions_by_day: Mapping[date, int]
    current_streak: int
    """Active days in a row ending today, or yesterday while today is still open."""
    longest_streak: int

    @property
    def active_days(self) -> frozenset[date]:
        return frozenset(self.sessions_by_day)

    @property
    def this_week(self) -> WeekActivity:
        if self.weeks and self.weeks[-1].week_start == monday_of(self.today):
            return self.weeks[-1]
        return WeekActivity(monday_of(self.today), 0, 0.0)

    @property
    def recent_weeks(self) -> tuple[WeekActivity, ...]:
        """The last four complete weeks before this one (fewer if the journal is younger)."""
        done = [week for week in self.weeks if week.week_start < monday_of(self.today)]
        return tuple(done[-RECENT_WEEKS:])

    @property
    def recent_sessions_per_week(self) -> float | None:
        weeks = self.recent_weeks
        return sum(week.sessions for week in weeks) / len(weeks) if weeks else None

    @property
    def recent_minutes_per_week(self) -> float | None:
        weeks = self.recent_weeks
        return sum(week.minutes for week in weeks) / len(weeks) if weeks else None


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def adherence(conn: sqlite3.Connection, today: date) -> Adherence:
    """Sessions and minutes per ISO week and streaks of active days, up to ``today``."""
    rows = conn.execute(
        """
        SELECT day, COUNT(*), COALESCE(SUM({used_s}), 0)
        FROM session
        WHERE deleted_utc IS NULL AND day <= :today
        GROUP BY day ORDER BY day
        """.format(used_s=STEP_SECONDS_SQL.format(s="session")),
        {"today": today.isoformat()},
    ).fetchall()
    sessions_by_day = {date.fromisoformat(day): count for day, count, _ in rows}
    minutes_by_day = {date.fromisoformat(day): seconds / 60.0 for day, _, seconds in rows}
    current, longest = streaks(sorted(sessions_by_day), today)
    return Adherence(
        today=today,
        weeks=_weeks(sessions_by_day, minutes_by_day, today),
        sessions_by_day=sessions_by_day,
        current_streak=current,
        longest_streak=longest,
    )


def streaks(active_days: list[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive active days; ``active_days`` sorted, unique.

    The current run may end yesterday: a day without a session yet does not break it until the
    day is over.
    """
    longest = run = 0
    previous: date | None = None
    for day in active_days:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and (today - previous).days <= 1 else 0
    return current, longest


def _weeks(
    sessions_by_day: Mapping[date, int], minutes_by_day: Mapping[date, float], today: date
) -> tuple[WeekActivity, ...]:
    if not sessions_by_day:
        return ()
    sessions: dict[date, int] = {}
    minutes: dict[date, float] = {}
    for day, count in sessions_by_day.items():
        monday = monday_of(day)
        sessions[monday] = sessions.get(monday, 0) + count
        minutes[monday] = minutes.get(monday, 0.0) + minutes_by_day[day]
    week = monday_of(min(sessions_by_day))
    weeks: list[WeekActivity] = []
    while week <= monday_of(today):
        weeks.append(WeekActivity(week, sessions.get(week, 0), minutes.get(week, 0.0)))
        week += timedelta(weeks=1)
    return tuple(weeks)


def _same(text: str) -> str:
    return text


def sessions_per_week_words(per_week: float, tr: Callable[[str], str] = _same) -> str:
    """``per_week_words`` for sessions, through ``tr`` (the UI passes its translator)."""
    if per_week <= 0:
        return tr(QT_TRANSLATE_NOOP("adherence", "no sessions a week"))
    whole, about = rounded_rate(per_week)
    if whole == 0:
        return tr(QT_TRANSLATE_NOOP("adherence", "less than one session a week"))
    if not about:
        if whole == 1:
            return tr(QT_TRANSLATE_NOOP("adherence", "1 session a week"))
        return tr(QT_TRANSLATE_NOOP("adherence", "{count} sessions a week")).format(count=whole)
    if whole == 1:
        return tr(QT_TRANSLATE_NOOP("adherence", "about 1 session a week"))
    return tr(QT_TRANSLATE_NOOP("adherence", "about {count} sessions a week")).format(count=whole)


def rounded_rate(per_week: float) -> tuple[int, bool]:
    """A weekly rate as people say it: the whole number, and whether "about" goes before it.

    0 means under half a week's one ("less than one"); 6.2 is (6, True), 3.0 is (3, False).
    """
    if per_week < 0.5:
        return 0, True
    whole = max(1, round(per_week))
    return whole, abs(per_week - whole) >= 0.05


def per_week_words(per_week: float, noun: str) -> str:
    """A weekly rate as people say it: "about 6 sessions a week", never "6.2".

    Whole numbers read as they are ("3 sessions a week"); others are rounded and said to be
    "about"; under half a session a week is "less than one session a week".
    """
    if noun == "session":
        return sessions_per_week_words(per_week)
    if per_week <= 0:
        return f"no {noun}s a week"
    whole, about = rounded_rate(per_week)
    if whole == 0:
        return f"less than one {noun} a week"
    return f"{'about ' if about else ''}{whole} {noun}{'' if whole == 1 else 's'} a week"


def minutes_per_week_words(minutes: float, tr: Callable[[str], str] = _same) -> str:
    """Minutes a week rounded as people say them: to 5 minutes, "about 45 min a week".

    ``tr`` translates the wording (the UI passes its translator, the report ``i18n.translate``).
    """
    if minutes < 2.5:
        if minutes > 0:
            return tr(QT_TRANSLATE_NOOP("adherence", "under 5 min a week"))
        return tr(QT_TRANSLATE_NOOP("adherence", "no exercise minutes a week"))
    rounded = 5 * round(minutes / 5)
    hours, rest = divmod(rounded, 60)
    if hours:
        spoken = tr(QT_TRANSLATE_NOOP("adherence", "{hours} h {minutes} min")).format(
            hours=hours, minutes=f"{rest:02d}"
        )
    else:
        spoken = tr(QT_TRANSLATE_NOOP("adherence", "{minutes} min")).format(minutes=rest)
    return tr(QT_TRANSLATE_NOOP("adherence", "about {time} a week")).format(time=spoken)

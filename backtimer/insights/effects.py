"""Session effects: how pain right after a session compares with pain right before it.

These are within-session differences, labelled "session effect" wherever they are shown: they say
what a session tends to do today, not whether the back is getting better over weeks (that is the
trend reading's job), and they are not judged against the MCID (clinical brief §6.2).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.insights.reading import format_points

_SESSIONS_SQL = """
-- The latest score of each kind per session, as the history shows it.
SELECT s.id, s.day, s.routine_id, s.routine_title,
       (SELECT score FROM pain WHERE session_id = s.id AND context = 'before'
        ORDER BY recorded_utc DESC LIMIT 1),
       (SELECT score FROM pain WHERE session_id = s.id AND context = 'after'
        ORDER BY recorded_utc DESC LIMIT 1)
FROM session AS s
WHERE s.day BETWEEN :first AND :last AND s.deleted_utc IS NULL
ORDER BY s.started_utc
"""


@dataclass(frozen=True)
class SessionEffect:
    session_id: int
    day: date
    routine_title: str
    pain_before: int
    pain_after: int

    @property
    def effect(self) -> int:
        """after − before: negative means the session eased the pain."""
        return self.pain_after - self.pain_before


@dataclass(frozen=True)
class EffectSummary:
    """The average session effect over the sessions that have both scores."""

    mean_effect: float | None
    sessions_with_both: int


@dataclass(frozen=True)
class RoutineEffect:
    """How sessions of one routine tend to feel, for the session-effect table."""

    routine_id: str
    routine_title: str
    """The title of its most recent session, in case a routine was renamed."""
    sessions: int
    sessions_with_both: int
    mean_effect: float | None
    """Average after − before over ``sessions_with_both``; None when there are none."""
    last_day: date


@dataclass(frozen=True)
class _SessionRow:
    session_id: int
    day: date
    routine_id: str
    routine_title: str
    pain_before: int | None
    pain_after: int | None


def _sessions(conn: sqlite3.Connection, first_day: date, last_day: date) -> list[_SessionRow]:
    """Every session in the range with its latest scores, oldest first (one indexed query)."""
    rows = conn.execute(
        _SESSIONS_SQL, {"first": first_day.isoformat(), "last": last_day.isoformat()}
    )
    return [
        _SessionRow(session_id, date.fromisoformat(day), routine_id, title, before, after)
        for session_id, day, routine_id, title, before, after in rows
    ]


def session_effects(
    conn: sqlite3.Connection, first_day: date, last_day: date
) -> list[SessionEffect]:
    """Every session in the range that has both a before and an after score, oldest first."""
    return _paired(_sessions(conn, first_day, last_day))


def _paired(rows: list[_SessionRow]) -> list[SessionEffect]:
    return [
        SessionEffect(row.session_id, row.day, row.routine_title, row.pain_before, row.pain_after)
        for row in rows
        if row.pain_before is not None and row.pain_after is not None
    ]


def effect_summary(conn: sqlite3.Connection, first_day: date, last_day: date) -> EffectSummary:
    """Mean after − before across all sessions in the range that have both scores."""
    return effects_overview(conn, first_day, last_day)[0]


def routine_effects(
    conn: sqlite3.Connection, first_day: date, last_day: date
) -> list[RoutineEffect]:
    """Per routine: sessions done and average session effect, most-used routine first."""
    return effects_overview(conn, first_day, last_day)[1]


def effects_overview(
    conn: sqlite3.Connection, first_day: date, last_day: date
) -> tuple[EffectSummary, list[RoutineEffect]]:
    """The overall summary and the per-routine table from a single pass over the sessions."""
    rows = _sessions(conn, first_day, last_day)
    paired = _paired(rows)
    summary = EffectSummary(
        sum(effect.effect for effect in paired) / len(paired) if paired else None, len(paired)
    )
    by_routine: dict[str, list[_SessionRow]] = {}
    for row in rows:
        by_routine.setdefault(row.routine_id, []).append(row)
    routines = []
    for routine_id, sessions in by_routine.items():
        effects = [
            row.pain_after - row.pain_before
            for row in sessions
            if row.pain_before is not None and row.pain_after is not None
        ]
        latest = sessions[-1]  # rows are in start order, so this is the newest title
        routines.append(
            RoutineEffect(
                routine_id=routine_id,
                routine_title=latest.routine_title,
                sessions=len(sessions),
                sessions_with_both=len(effects),
                mean_effect=sum(effects) / len(effects) if effects else None,
                last_day=latest.day,
            )
        )
    routines.sort(key=lambda routine: (-routine.sessions, routine.routine_title))
    return summary, routines


MIN_SESSIONS_FOR_CLAIM = 3
"""No "usually" from fewer sessions with both scores (clinical brief §6.2: no claim from < 3)."""


def _same(text: str) -> str:
    return text


def session_effect_text(summary: EffectSummary, tr: Callable[[str], str] = _same) -> str:
    """The session effect in words, as HTML-safe plain text with one bold label.

    Never a claim of benefit or cause: it says how sessions feel on the day; and "usually"
    only from ``MIN_SESSIONS_FOR_CLAIM`` sessions that have both scores. ``tr`` translates the
    wording (the UI passes its translator).
    """
    if summary.mean_effect is None:
        return tr(
            QT_TRANSLATE_NOOP(
                "effects",
                "Rate your pain before and after a session to see how sessions feel on the day.",
            )
        )
    mean = summary.mean_effect
    count = summary.sessions_with_both
    signed = format_points(mean)
    if count < MIN_SESSIONS_FOR_CLAIM:
        words = tr(
            QT_TRANSLATE_NOOP(
                "effects", "too few to say what a session usually does (that needs {count})"
            )
        ).format(count=MIN_SESSIONS_FOR_CLAIM)
    elif round(mean, 1) < 0:
        words = tr(
            QT_TRANSLATE_NOOP("effects", "pain is usually a little lower right after a session")
        )
    elif round(mean, 1) > 0:
        words = tr(
            QT_TRANSLATE_NOOP("effects", "pain is usually a little higher right after a session")
        )
    else:
        words = tr(QT_TRANSLATE_NOOP("effects", "pain is usually the same right after a session"))
    if count == 1:
        text = tr(
            QT_TRANSLATE_NOOP(
                "effects",
                "<b>Session effect</b> (after − before): {signed} points on average over 1 "
                "session with both scores — {words}. It shows how a session feels on the day, "
                "not whether your back is getting better, nor what caused a change.",
            )
        )
    else:
        text = tr(
            QT_TRANSLATE_NOOP(
                "effects",
                "<b>Session effect</b> (after − before): {signed} points on average over {count} "
                "sessions with both scores — {words}. It shows how a session feels on the day, "
                "not whether your back is getting better, nor what caused a change.",
            )
        )
    return text.format(signed=signed, count=count, words=words)

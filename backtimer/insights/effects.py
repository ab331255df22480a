"""Session effects: how pain right after a session compares with pain right before it.

These are within-session differences, labelled "session effect" wherever they are shown: they say
what a session tends to do today, not whether the back is getting better over weeks (that is the
trend reading's job), and they are not judged against the MCID (clinical brief §6.2).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

_SESSION_PAIRS_SQL = """
WITH latest_scores AS (
    -- The latest score of each kind per session, as the history shows it (bare-column MAX).
    SELECT session_id, context, score, MAX(recorded_utc)
    FROM pain
    WHERE session_id IS NOT NULL AND context IN ('before', 'after')
      AND day BETWEEN :first AND :last
    GROUP BY session_id, context
)
SELECT s.id, s.day, s.routine_id, s.routine_title, s.started_utc,
       MAX(CASE WHEN ls.context = 'before' THEN ls.score END) AS before,
       MAX(CASE WHEN ls.context = 'after' THEN ls.score END) AS after
FROM session AS s LEFT JOIN latest_scores AS ls ON ls.session_id = s.id
WHERE s.day BETWEEN :first AND :last AND s.deleted_utc IS NULL
GROUP BY s.id
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
    """What one routine tends to do, for the "What helps me" table."""

    routine_id: str
    routine_title: str
    """The title of its most recent session, in case a routine was renamed."""
    sessions: int
    sessions_with_both: int
    mean_effect: float | None
    """Average after − before over ``sessions_with_both``; None when there are none."""
    last_day: date


def session_effects(
    conn: sqlite3.Connection, first_day: date, last_day: date
) -> list[SessionEffect]:
    """Every session in the range that has both a before and an after score, oldest first."""
    rows = conn.execute(
        f"SELECT id, day, routine_title, before, after FROM ({_SESSION_PAIRS_SQL}) "
        "WHERE before IS NOT NULL AND after IS NOT NULL ORDER BY started_utc",
        {"first": first_day.isoformat(), "last": last_day.isoformat()},
    )
    return [
        SessionEffect(session_id, date.fromisoformat(day), title, before, after)
        for session_id, day, title, before, after in rows
    ]


def effect_summary(conn: sqlite3.Connection, first_day: date, last_day: date) -> EffectSummary:
    """Mean after − before across all sessions in the range that have both scores."""
    mean, count = conn.execute(
        f"SELECT AVG(after - before), COUNT(after - before) FROM ({_SESSION_PAIRS_SQL})",
        {"first": first_day.isoformat(), "last": last_day.isoformat()},
    ).fetchone()
    return EffectSummary(mean, count)


def routine_effects(
    conn: sqlite3.Connection, first_day: date, last_day: date
) -> list[RoutineEffect]:
    """Per routine: sessions done and average session effect, most-used routine first."""
    rows = conn.execute(
        f"""
        -- Bare columns routine_title and day come from the routine's latest session.
        SELECT routine_id, routine_title, COUNT(*), COUNT(after - before), AVG(after - before),
               day, MAX(started_utc)
        FROM ({_SESSION_PAIRS_SQL})
        GROUP BY routine_id
        ORDER BY COUNT(*) DESC, routine_title
        """,
        {"first": first_day.isoformat(), "last": last_day.isoformat()},
    )
    return [
        RoutineEffect(routine_id, title, sessions, with_both, mean, date.fromisoformat(last))
        for routine_id, title, sessions, with_both, mean, last, _ in rows
    ]

"""Per-day facts from the journal, aggregated in SQL: one row per day, whatever the journal's size.

Every query filters and groups on the journal's local ``day`` column (indexed), so a ten-year
journal still costs a few milliseconds, and the chart never has to plot more than one point per
day. Rows of deleted sessions are ignored everywhere; spot ratings (outside any session) count.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from backtimer.insights.series import DailyPain

_SEPARATOR = "\x1f"
"""Joins exercise names in SQL; unlike a comma it cannot occur in a name."""

_PAIN_DAYS_SQL = """
SELECT day,
       AVG(score),
       AVG(CASE WHEN context = 'before' THEN score END),
       AVG(CASE WHEN context = 'after' THEN score END),
       MIN(score), MAX(score), COUNT(*), SUM(score),
       SUM(context != 'after'), SUM(CASE WHEN context != 'after' THEN score ELSE 0 END)
FROM pain
WHERE day BETWEEN :first AND :last
  AND (session_id IS NULL
       OR session_id NOT IN (SELECT id FROM session WHERE deleted_utc IS NOT NULL))
GROUP BY day ORDER BY day
"""
# SQLite takes the bare column `id` from the row holding MAX(started_utc): the day's latest.
_SESSION_DAYS_SQL = """
SELECT day, COUNT(*), id, MAX(started_utc)
FROM session
WHERE day BETWEEN :first AND :last AND deleted_utc IS NULL
GROUP BY day
"""


def daily_pain(conn: sqlite3.Connection, first_day: date, last_day: date) -> list[DailyPain]:
    """One point per day that has pain ratings, oldest first, within the inclusive range.

    Two grouped queries merged here: joining them in SQL made SQLite build a temporary index
    on every call and cost twice as much on a ten-year journal.
    """
    params = _range(first_day, last_day)
    sessions = {
        day: (count, latest) for day, count, latest, _ in conn.execute(_SESSION_DAYS_SQL, params)
    }
    flares = {row[0] for row in conn.execute(_FLARES_SQL, params)}
    points = []
    for day, mean, before, after, low, high, ratings, score_sum, judged, judged_sum in conn.execute(
        _PAIN_DAYS_SQL, params
    ):
        count, latest = sessions.get(day, (0, None))
        points.append(
            DailyPain(
                day=date.fromisoformat(day),
                mean=mean,
                mean_before=before,
                mean_after=after,
                minimum=low,
                maximum=high,
                ratings=ratings,
                score_sum=score_sum,
                sessions=count,
                latest_session_id=latest,
                flare=day in flares,
                judged_ratings=judged,
                judged_sum=judged_sum,
            )
        )
    return points


_FLARES_SQL = "SELECT day FROM flare_day WHERE day BETWEEN :first AND :last ORDER BY day"


def flare_days(conn: sqlite3.Connection, first_day: date, last_day: date) -> list[date]:
    """Days the user marked as flare-ups, oldest first, whether or not they rated their pain."""
    rows = conn.execute(_FLARES_SQL, _range(first_day, last_day))
    return [date.fromisoformat(day) for (day,) in rows]


@dataclass(frozen=True)
class DailyHurts:
    """The "this hurts" presses of one day, for one marker on the chart."""

    day: date
    count: int
    highest_score: int | None
    exercises: tuple[str, ...]


def hurt_events_by_day(
    conn: sqlite3.Connection, first_day: date, last_day: date
) -> list[DailyHurts]:
    """Days with at least one "this hurts" press, oldest first, with the exercises involved."""
    rows = conn.execute(
        """
        WITH hurts AS (
            SELECT h.day, h.score, h.exercise_name
            FROM hurt_event AS h JOIN session AS s ON s.id = h.session_id
            WHERE h.day BETWEEN :first AND :last AND s.deleted_utc IS NULL
        )
        SELECT day, COUNT(*), MAX(score),
               (SELECT GROUP_CONCAT(name, char(31)) FROM
                   (SELECT DISTINCT exercise_name AS name FROM hurts AS inner_hurts
                    WHERE inner_hurts.day = hurts.day ORDER BY name))
        FROM hurts GROUP BY day ORDER BY day
        """,
        _range(first_day, last_day),
    )
    return [
        DailyHurts(date.fromisoformat(day), count, highest, tuple(names.split(_SEPARATOR)))
        for day, count, highest, names in rows
    ]


@dataclass(frozen=True)
class SessionOfDay:
    session_id: int
    local_time: str
    """'HH:MM' on the wall clock where the session happened."""
    routine_title: str
    status: str
    minutes: float
    pain_before: int | None
    pain_after: int | None
    hurts: int


@dataclass(frozen=True)
class DayDetail:
    """Everything the chart's hover label says about one day."""

    day: date
    sessions: tuple[SessionOfDay, ...]
    spot_scores: tuple[int, ...]
    flare: bool


def day_detail(conn: sqlite3.Connection, day: date) -> DayDetail:
    """The sessions, scores and flare mark of one day, in the order they happened."""
    params = {"day": day.isoformat()}
    sessions = tuple(
        SessionOfDay(*row)
        for row in conn.execute(
            """
            SELECT s.id,
                   strftime('%H:%M', s.started_utc, printf('%+d minutes', s.utc_offset_min)),
                   s.routine_title, s.status,
                   (SELECT COALESCE(SUM(actual_s), 0) FROM step WHERE session_id = s.id) / 60.0,
                   (SELECT score FROM pain WHERE session_id = s.id AND context = 'before'
                    ORDER BY recorded_utc DESC LIMIT 1),
                   (SELECT score FROM pain WHERE session_id = s.id AND context = 'after'
                    ORDER BY recorded_utc DESC LIMIT 1),
                   (SELECT COUNT(*) FROM hurt_event WHERE session_id = s.id)
            FROM session AS s
            WHERE s.day = :day AND s.deleted_utc IS NULL
            ORDER BY s.started_utc
            """,
            params,
        )
    )
    spot_scores = tuple(
        score
        for (score,) in conn.execute(
            "SELECT score FROM pain WHERE day = :day AND context = 'spot' ORDER BY recorded_utc",
            params,
        )
    )
    flare = conn.execute("SELECT 1 FROM flare_day WHERE day = :day", params).fetchone() is not None
    return DayDetail(day, sessions, spot_scores, flare)


def first_rated_day(conn: sqlite3.Connection) -> date | None:
    """The oldest day with a pain rating or a session, where "all" on the chart begins."""
    row = conn.execute(
        "SELECT MIN(day) FROM (SELECT MIN(day) AS day FROM pain "
        "UNION ALL SELECT MIN(day) FROM session WHERE deleted_utc IS NULL)"
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def _range(first_day: date, last_day: date) -> dict[str, str]:
    return {"first": first_day.isoformat(), "last": last_day.isoformat()}

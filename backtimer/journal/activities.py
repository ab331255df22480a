"""The weekly activity check-in's data: the activities a person names and their 0–10 ratings.

Activities are never deleted: renaming keeps the ratings under the new name and retiring only
stops asking, so a chart or report years later still shows what was rated and when. One rating
per activity and day: rating again the same day replaces that day's score (the check-in dialog
can be reopened to correct a slip), which is also what makes re-importing a file harmless.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from backtimer.i18n import translate
from backtimer.journal import db
from backtimer.journal.timestamps import Timestamp, day_text, local_datetime, parse_utc, utc_text

MAX_ACTIVE = 5
"""The check-in asks about at most five activities: enough to see change, quick to answer."""
MAX_NAME_CHARS = 80


class ActivityError(ValueError):
    """An activity change the journal refuses; the message says what to do instead."""


@dataclass(frozen=True)
class Activity:
    id: int
    name: str
    position: int
    created: datetime
    retired: datetime | None

    @property
    def active(self) -> bool:
        return self.retired is None


@dataclass(frozen=True)
class ActivityRating:
    """One weekly score of one activity: 0 = can't do it, 10 = as well as before the problem."""

    activity_id: int
    activity: str
    """The activity's current name (a rename relabels its whole history)."""
    day: date
    score: int
    note: str
    recorded: datetime
    retired: date | None = None
    """The local day the activity was retired on, if it was: its line ends there, not because
    the person stopped improving (charts and the report say so)."""


@dataclass(frozen=True)
class ScoreInput:
    """What the check-in dialog hands over for one activity."""

    activity_id: int
    score: int
    note: str = ""


def clean_name(name: str) -> str:
    """A name as stored: control characters dropped, spaces collapsed; refuses empty or long."""
    printable = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in name)
    cleaned = " ".join(printable.split())
    if not cleaned:
        raise ActivityError(
            translate("Activities", "An activity needs a name, for example “putting on socks”.")
        )
    if len(cleaned) > MAX_NAME_CHARS:
        raise ActivityError(
            translate(
                "Activities", "Keep the activity's name under {limit} characters (it has {count})."
            ).format(limit=MAX_NAME_CHARS, count=len(cleaned))
        )
    return cleaned


class ActivityJournal:
    """Reads and writes of the ``activity`` and ``activity_rating`` tables on one connection.

    Writes commit on their own, like the journal's; call them from the journal thread.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # --- the list of activities ---------------------------------------------------------------

    def activities(self, *, include_retired: bool = False) -> list[Activity]:
        """Active activities in check-in order; retired ones follow, in the order retired."""
        where = "" if include_retired else "WHERE retired_utc IS NULL"
        rows = self._conn.execute(
            "SELECT id, name, position, created_utc, retired_utc FROM activity "
            f"{where} ORDER BY retired_utc IS NOT NULL, retired_utc, position, id"
        )
        return [_activity(row) for row in rows]

    def add(self, name: str, at: datetime) -> int:
        """Add an activity at the end of the list; refuses a sixth active one or a duplicate."""
        cleaned = clean_name(name)
        active = self.activities()
        self._refuse_duplicate(cleaned, active)
        if len(active) >= MAX_ACTIVE:
            raise ActivityError(
                translate(
                    "Activities",
                    "The check-in holds up to {limit} activities. Retire one you no longer "
                    "find hard before adding another (its ratings are kept).",
                ).format(limit=MAX_ACTIVE)
            )
        position = max((activity.position for activity in active), default=-1) + 1
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO activity (name, position, created_utc) VALUES (?, ?, ?)",
                (cleaned, position, utc_text(at)),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def rename(self, activity_id: int, name: str) -> None:
        """Give an activity a new name; its ratings stay with it."""
        cleaned = clean_name(name)
        others = [a for a in self.activities() if a.id != activity_id]
        self._refuse_duplicate(cleaned, others)
        self._update("UPDATE activity SET name = ? WHERE id = ?", (cleaned, activity_id))

    def retire(self, activity_id: int, at: datetime) -> None:
        """Stop asking about an activity; its history stays in charts, exports and the report."""
        self._update(
            "UPDATE activity SET retired_utc = ? WHERE id = ? AND retired_utc IS NULL",
            (utc_text(at), activity_id),
        )

    def reorder(self, activity_ids: Sequence[int]) -> None:
        """Set the check-in order of the active activities to ``activity_ids``."""
        if sorted(activity_ids) != sorted(a.id for a in self.activities()):
            raise ActivityError(
                translate(
                    "Activities", "The new order must list each active activity exactly once."
                )
            )
        with self._write() as conn:
            conn.executemany(
                "UPDATE activity SET position = ? WHERE id = ?",
                [(position, activity_id) for position, activity_id in enumerate(activity_ids)],
            )

    # --- ratings ------------------------------------------------------------------------------

    def rate(self, scores: Sequence[ScoreInput], at: datetime) -> int:
        """Save one check-in in one transaction; a second check-in the same day replaces it."""
        for item in scores:
            if isinstance(item.score, bool) or not 0 <= int(item.score) <= 10:
                raise ActivityError(
                    translate(
                        "Activities", "Ratings are whole numbers from 0 to 10, not {score!r}."
                    ).format(score=item.score)
                )
        known = {a.id for a in self.activities(include_retired=True)}
        unknown = [item.activity_id for item in scores if item.activity_id not in known]
        if unknown:
            raise ActivityError(
                translate("Activities", "No activity with id {id} in the journal.").format(
                    id=unknown[0]
                )
            )
        stamp = Timestamp.from_datetime(at)
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO activity_rating (activity_id, recorded_utc, utc_offset_min, day,"
                " score, note) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (activity_id, day) DO UPDATE SET score = excluded.score,"
                " note = excluded.note, recorded_utc = excluded.recorded_utc,"
                " utc_offset_min = excluded.utc_offset_min",
                [(item.activity_id, *stamp, int(item.score), item.note.strip()) for item in scores],
            )
        return len(scores)

    def ratings(
        self, from_day: date | str | None = None, to_day: date | str | None = None
    ) -> list[ActivityRating]:
        """Every rating in the inclusive day range, oldest first."""
        first = day_text(from_day) if from_day is not None else "0000-01-01"
        last = day_text(to_day) if to_day is not None else "9999-12-31"
        rows = self._conn.execute(
            "SELECT r.activity_id, a.name, r.day, r.score, r.note, r.recorded_utc,"
            " r.utc_offset_min, a.retired_utc"
            " FROM activity_rating r JOIN activity a ON a.id = r.activity_id"
            " WHERE r.day BETWEEN ? AND ? ORDER BY r.day, a.position, a.id",
            (first, last),
        )
        return [
            ActivityRating(
                activity_id=row[0],
                activity=row[1],
                day=date.fromisoformat(row[2]),
                score=row[3],
                note=row[4],
                recorded=local_datetime(row[5], row[6]),
                retired=_local_day(row[7]) if row[7] else None,
            )
            for row in rows
        ]

    def last_checkin_day(self) -> date | None:
        row = self._conn.execute("SELECT max(day) FROM activity_rating").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def find_or_add(self, name: str, created_utc: str) -> tuple[int, bool]:
        """The activity called ``name`` (active or retired), added if the journal lacks it.

        For imports: a rating names its activity in words; a new name becomes an active
        activity unless five are already active, in which case it is added as retired so its
        history still shows. Returns (id, added). Runs inside the caller's transaction.
        """
        cleaned = clean_name(name)
        for activity in self.activities(include_retired=True):
            if activity.name.casefold() == cleaned.casefold():
                return activity.id, False
        active = self.activities()
        retired = created_utc if len(active) >= MAX_ACTIVE else None
        position = max((a.position for a in active), default=-1) + 1
        cursor = self._conn.execute(
            "INSERT INTO activity (name, position, created_utc, retired_utc) VALUES (?, ?, ?, ?)",
            (cleaned, position, created_utc, retired),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid, True

    # --- internals ----------------------------------------------------------------------------

    @staticmethod
    def _refuse_duplicate(name: str, others: Sequence[Activity]) -> None:
        if any(other.name.casefold() == name.casefold() for other in others):
            raise ActivityError(
                translate("Activities", "“{name}” is already on your list.").format(name=name)
            )

    def _update(self, sql: str, params: tuple[object, ...]) -> None:
        with self._write() as conn:
            cursor = conn.execute(sql, params)
        if cursor.rowcount == 0:
            raise ActivityError(
                translate("Activities", "No active activity with id {id} in the journal.").format(
                    id=params[-1]
                )
            )

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._conn:
                yield self._conn
        except sqlite3.IntegrityError as error:
            raise ActivityError(f"rejected by the journal: {error}") from error
        except sqlite3.Error as error:
            raise db.classify_error(error, _path_of(self._conn)) from error


def _activity(row: tuple[object, ...]) -> Activity:
    return Activity(
        id=int(row[0]),  # type: ignore[call-overload]
        name=str(row[1]),
        position=int(row[2]),  # type: ignore[call-overload]
        created=parse_utc(str(row[3])),
        retired=parse_utc(str(row[4])) if row[4] else None,
    )


def _local_day(utc: str) -> date:
    """The day of a stored UTC moment on this computer's clock (retiring keeps no offset)."""
    return parse_utc(utc).astimezone().date()


def _path_of(conn: sqlite3.Connection) -> Path:
    return Path(conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:")

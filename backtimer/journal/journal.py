"""Record sessions, steps and pain as they happen, and read them back aggregated in SQL.

Every write is its own committed transaction, so a crash or power cut loses at most the step in
progress. Callers pass the moment of each event as an aware datetime: the journal never reads
the clock, which keeps it testable and lets imports replay history.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Self

from backtimer.journal import db
from backtimer.journal.records import (
    FlareDay,
    HurtAction,
    HurtEvent,
    HurtRecord,
    PainContext,
    PainEdit,
    PainEntry,
    SessionStatus,
    SessionSummary,
    StepRecord,
    StepRow,
)
from backtimer.journal.timestamps import Timestamp, day_text, local_datetime, utc_text

logger = logging.getLogger(__name__)

_SUMMARY_SQL = """
SELECT s.id, s.day, s.started_utc, s.utc_offset_min, s.ended_utc, s.routine_id,
       s.routine_title, s.planned_s,
       total(st.actual_s),
       coalesce(sum(st.skipped = 0), 0),
       coalesce(sum(st.skipped), 0),
       (SELECT p.score FROM pain p WHERE p.session_id = s.id AND p.context = 'before'
         ORDER BY p.recorded_utc DESC, p.id DESC LIMIT 1),
       (SELECT p.score FROM pain p WHERE p.session_id = s.id AND p.context = 'after'
         ORDER BY p.recorded_utc DESC, p.id DESC LIMIT 1),
       s.note, s.status,
       (SELECT count(*) FROM hurt_event h WHERE h.session_id = s.id),
       s.effort, s.deleted_utc, s.steps_planned
FROM session s LEFT JOIN step st ON st.session_id = s.id
WHERE {where}
GROUP BY s.id
ORDER BY s.started_utc, s.id
"""


class SessionNotFoundError(LookupError):
    """A caller referred to a session id the journal does not hold (a bug, not a user error)."""


class Journal:
    """The app's one handle on the journal database; see docs/data-format.md for the tables."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self._conn = conn
        self._path = path or Path(conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:")

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        busy_timeout_s: float = db.DEFAULT_BUSY_TIMEOUT_S,
        now: Callable[[], datetime] = db.utc_now,
    ) -> Self:
        """Open or create the journal file; raises a ``db.JournalError`` a user can act on."""
        return cls(db.open_database(path, busy_timeout_s=busy_timeout_s, now=now), Path(path))

    @property
    def path(self) -> Path:
        return self._path

    @property
    def connection(self) -> sqlite3.Connection:
        """For modules layered on the journal (export, insights) that run their own SQL."""
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- sessions as they run ---------------------------------------------------------------

    def start_session(
        self,
        routine_id: str,
        routine_title: str,
        planned_s: float,
        at: datetime,
        steps_planned: int | None = None,
    ) -> int:
        """Record that a routine started; returns the new session id."""
        stamp = Timestamp.from_datetime(at)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO session (routine_id, routine_title, planned_s, started_utc,"
                " utc_offset_min, day, status, steps_planned)"
                " VALUES (?, ?, ?, ?, ?, ?, 'in_progress', ?)",
                (routine_id, routine_title, planned_s, *stamp, steps_planned),
            )
        return _row_id(cursor)

    def discard_session(self, session_id: int) -> None:
        """Erase a session that never really began (stopped before its first exercise step).

        Unlike ``delete_session`` this is not undoable: nothing the user did is lost, and the
        session must not count anywhere (history, trends, "done today").
        """
        with self._write() as conn:
            cursor = conn.execute("DELETE FROM session WHERE id = ?", (session_id,))
        if cursor.rowcount == 0:
            raise SessionNotFoundError(f"no session with id {session_id}")

    def record_step(self, session_id: int, step: StepRecord) -> int:
        """Commit one finished step straight away (one INSERT, well under a millisecond)."""
        if step.side not in (None, "left", "right"):
            raise ValueError(f"side must be 'left', 'right' or None, not {step.side!r}")
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO step (session_id, step_index, kind, exercise_id, exercise_name,"
                " side, set_number, rep_number, planned_s, actual_s, started_utc, ended_utc,"
                " skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    step.step_index,
                    step.kind,
                    step.exercise_id,
                    step.exercise_name,
                    step.side,
                    step.set_number,
                    step.rep_number,
                    step.planned_s,
                    step.actual_s,
                    utc_text(step.started),
                    utc_text(step.ended),
                    int(step.skipped),
                ),
            )
        return _row_id(cursor)

    def record_hurt(self, session_id: int, hurt: HurtRecord) -> int:
        _check_score(hurt.score, optional=True)
        stamp = Timestamp.from_datetime(hurt.at)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO hurt_event (session_id, step_index, exercise_id, exercise_name,"
                " recorded_utc, utc_offset_min, day, score, action, leg_or_nerve)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    hurt.step_index,
                    hurt.exercise_id,
                    hurt.exercise_name,
                    *stamp,
                    hurt.score,
                    HurtAction(hurt.action).value,
                    int(hurt.leg_or_nerve),
                ),
            )
        return _row_id(cursor)

    def finish_session(
        self,
        session_id: int,
        status: SessionStatus | str,
        at: datetime,
        effort: int | None = None,
        steps_planned: int | None = None,
    ) -> None:
        """Close a session as completed, stopped or interrupted, with optional effort 0-10.

        ``steps_planned`` replaces the count written at the start when the plan changed on the
        way (a gentler exercise swapped in with its own dose).
        """
        status = SessionStatus(status)
        if status is SessionStatus.IN_PROGRESS:
            raise ValueError("finish_session needs a final status, not in_progress")
        _check_score(effort, optional=True)
        if steps_planned is not None and steps_planned < 0:
            raise ValueError(f"steps_planned must be 0 or more, not {steps_planned}")
        self._update_session(
            "UPDATE session SET status = ?, ended_utc = ?, effort = coalesce(?, effort),"
            " steps_planned = coalesce(?, steps_planned) WHERE id = ?",
            (status.value, utc_text(at), effort, steps_planned, session_id),
        )

    def unfinished_sessions(self) -> list[SessionSummary]:
        """Sessions still 'in_progress': the app ended while they ran (crash, power cut)."""
        return self._summaries(["s.status = 'in_progress'", "s.deleted_utc IS NULL"], [])

    def mark_interrupted(self, session_id: int, at: datetime) -> None:
        """Close a session the app lost; it ends when its last recorded step ended.

        ``at`` (usually "now", at the next start-up) is used only when no step was recorded,
        so the history does not count hours of downtime as exercise.
        """
        with self._write() as conn:
            conn.execute(
                "UPDATE session SET status = 'interrupted', ended_utc = coalesce("
                " (SELECT max(ended_utc) FROM step WHERE session_id = session.id), ?)"
                " WHERE id = ? AND status = 'in_progress'",
                (utc_text(at), session_id),
            )
        self._require_session(session_id)

    def set_session_note(self, session_id: int, note: str) -> None:
        self._update_session("UPDATE session SET note = ? WHERE id = ?", (note, session_id))

    def set_session_effort(self, session_id: int, effort: int | None) -> None:
        _check_score(effort, optional=True)
        self._update_session("UPDATE session SET effort = ? WHERE id = ?", (effort, session_id))

    # --- pain and flare days --------------------------------------------------------------

    def record_pain(
        self,
        score: int,
        context: PainContext | str,
        at: datetime,
        session_id: int | None = None,
        note: str = "",
        *,
        leg_pain: bool = False,
        nerve_symptoms: bool = False,
        urgent_symptoms: bool = False,
    ) -> int:
        """Record a 0-10 pain score before/after a session, or a spot check (no session).

        The symptom flags are what the user ticked with the score: pain down a leg, numbness,
        tingling or weakness, and the urgent ones (saddle numbness, bladder or bowel changes).
        """
        _check_score(score)
        stamp = Timestamp.from_datetime(at)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO pain (recorded_utc, utc_offset_min, day, score, context, session_id,"
                " note, leg_pain, nerve_symptoms, urgent_symptoms)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *stamp,
                    score,
                    PainContext(context).value,
                    session_id,
                    note,
                    int(leg_pain),
                    int(nerve_symptoms),
                    int(urgent_symptoms),
                ),
            )
        return _row_id(cursor)

    def save_session_edits(
        self, session_id: int, note: str | None, pain: Sequence[PainEdit]
    ) -> None:
        """A session dialog's corrections in one transaction: all of them or none."""
        with self._write() as conn:
            for edit in pain:
                _check_score(edit.score)
                cursor = conn.execute(
                    "UPDATE pain SET score = ?, note = ? WHERE id = ?",
                    (edit.score, edit.note, edit.pain_id),
                )
                if cursor.rowcount == 0:
                    raise LookupError(f"no pain entry with id {edit.pain_id}")
            if note is not None:
                cursor = conn.execute(
                    "UPDATE session SET note = ? WHERE id = ?", (note, session_id)
                )
                if cursor.rowcount == 0:
                    raise SessionNotFoundError(f"no session with id {session_id}")

    def mark_flare_days(self, days: Sequence[date], note: str = "") -> None:
        """Mark several days as flare days at once (days already marked keep their note)."""
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO flare_day (day, note) VALUES (?, ?) ON CONFLICT (day) DO NOTHING",
                [(day_text(day), note) for day in days],
            )

    def update_pain(self, pain_id: int, score: int, note: str) -> None:
        """Correct a pain entry; its moment and context stay as recorded."""
        _check_score(score)
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE pain SET score = ?, note = ? WHERE id = ?", (score, note, pain_id)
            )
        if cursor.rowcount == 0:
            raise LookupError(f"no pain entry with id {pain_id}")

    def set_flare_day(self, day: date | str, on: bool, note: str = "") -> None:
        with self._write() as conn:
            if on:
                conn.execute(
                    "INSERT INTO flare_day (day, note) VALUES (?, ?)"
                    " ON CONFLICT (day) DO UPDATE SET note = excluded.note",
                    (day_text(day), note),
                )
            else:
                conn.execute("DELETE FROM flare_day WHERE day = ?", (day_text(day),))

    def flare_days(
        self, from_day: date | str | None = None, to_day: date | str | None = None
    ) -> list[FlareDay]:
        where, params = _day_range("day", from_day, to_day)
        rows = self._conn.execute(
            f"SELECT day, note FROM flare_day WHERE {_all(where)} ORDER BY day", params
        )
        return [FlareDay(date.fromisoformat(day), note) for day, note in rows]

    # --- reading back ---------------------------------------------------------------------

    def sessions(
        self,
        from_day: date | str | None = None,
        to_day: date | str | None = None,
        *,
        include_deleted: bool = False,
    ) -> list[SessionSummary]:
        """Sessions whose local start day is in [from_day, to_day], oldest first."""
        where, params = _day_range("s.day", from_day, to_day)
        if not include_deleted:
            where.append("s.deleted_utc IS NULL")
        return self._summaries(where, params)

    def session(self, session_id: int) -> SessionSummary:
        """One session, even if deleted (so an undo view can show it)."""
        found = self._summaries(["s.id = ?"], [session_id])
        if not found:
            raise SessionNotFoundError(f"no session with id {session_id}")
        return found[0]

    def session_steps(self, session_id: int) -> list[StepRow]:
        """The steps of a session in the order they ran, in the session's local offset."""
        rows = self._conn.execute(
            "SELECT st.id, st.session_id, st.step_index, st.kind, st.exercise_id,"
            " st.exercise_name, st.side, st.set_number, st.rep_number, st.planned_s,"
            " st.actual_s, st.started_utc, st.ended_utc, st.skipped, s.utc_offset_min"
            " FROM step st JOIN session s ON s.id = st.session_id"
            " WHERE st.session_id = ? ORDER BY st.started_utc, st.id",
            (session_id,),
        )
        return [
            StepRow(
                id=row[0],
                session_id=row[1],
                step_index=row[2],
                kind=row[3],
                exercise_id=row[4],
                exercise_name=row[5],
                side=row[6],
                set_number=row[7],
                rep_number=row[8],
                planned_s=row[9],
                actual_s=row[10],
                started=local_datetime(row[11], row[14]),
                ended=local_datetime(row[12], row[14]),
                skipped=bool(row[13]),
            )
            for row in rows
        ]

    def hurt_events(
        self,
        session_id: int | None = None,
        from_day: date | str | None = None,
        to_day: date | str | None = None,
    ) -> list[HurtEvent]:
        """ "This hurts" reports, of one session or a day range, oldest first (bin excluded)."""
        where, params = _day_range("h.day", from_day, to_day)
        if session_id is not None:
            where.append("h.session_id = ?")
            params.append(session_id)
        where.append("s.deleted_utc IS NULL")
        rows = self._conn.execute(
            "SELECT h.id, h.session_id, h.step_index, h.exercise_id, h.exercise_name,"
            " h.recorded_utc, h.utc_offset_min, h.day, h.score, h.action, h.leg_or_nerve"
            " FROM hurt_event h JOIN session s ON s.id = h.session_id"
            f" WHERE {_all(where)} ORDER BY h.recorded_utc, h.id",
            params,
        )
        return [
            HurtEvent(
                id=row[0],
                session_id=row[1],
                step_index=row[2],
                exercise_id=row[3],
                exercise_name=row[4],
                recorded=local_datetime(row[5], row[6]),
                day=date.fromisoformat(row[7]),
                score=row[8],
                action=HurtAction(row[9]),
                leg_or_nerve=bool(row[10]),
            )
            for row in rows
        ]

    def pain_entries(
        self,
        from_day: date | str | None = None,
        to_day: date | str | None = None,
        contexts: Collection[PainContext | str] | None = None,
    ) -> list[PainEntry]:
        """Pain scores in a day range, oldest first; those of deleted sessions are left out."""
        where, params = _day_range("p.day", from_day, to_day)
        if contexts is not None:
            values = [PainContext(context).value for context in contexts]
            where.append(f"p.context IN ({', '.join('?' * len(values))})")
            params.extend(values)
        where.append("s.deleted_utc IS NULL")
        rows = self._conn.execute(
            "SELECT p.id, p.recorded_utc, p.utc_offset_min, p.day, p.score, p.context,"
            " p.session_id, p.note, p.leg_pain, p.nerve_symptoms, p.urgent_symptoms"
            " FROM pain p LEFT JOIN session s ON s.id = p.session_id"
            f" WHERE {_all(where)} ORDER BY p.recorded_utc, p.id",
            params,
        )
        return [
            PainEntry(
                id=row[0],
                recorded=local_datetime(row[1], row[2]),
                day=date.fromisoformat(row[3]),
                score=row[4],
                context=PainContext(row[5]),
                session_id=row[6],
                note=row[7],
                leg_pain=bool(row[8]),
                nerve_symptoms=bool(row[9]),
                urgent_symptoms=bool(row[10]),
            )
            for row in rows
        ]

    def session_count(self, *, include_deleted: bool = False) -> int:
        where = "" if include_deleted else " WHERE deleted_utc IS NULL"
        return int(self._conn.execute(f"SELECT count(*) FROM session{where}").fetchone()[0])

    # --- delete with undo -----------------------------------------------------------------

    def delete_session(self, session_id: int, at: datetime) -> None:
        """Move a session (with its steps, pain and hurt reports) to the bin; undoable."""
        self._update_session(
            "UPDATE session SET deleted_utc = coalesce(deleted_utc, ?) WHERE id = ?",
            (utc_text(at), session_id),
        )

    def undelete_session(self, session_id: int) -> None:
        self._update_session("UPDATE session SET deleted_utc = NULL WHERE id = ?", (session_id,))

    def purge_deleted(self, older_than: datetime) -> int:
        """Erase for good the sessions binned before ``older_than``; returns how many."""
        with self._write() as conn:
            cursor = conn.execute(
                "DELETE FROM session WHERE deleted_utc IS NOT NULL AND deleted_utc < ?",
                (utc_text(older_than),),
            )
        return cursor.rowcount

    # --- internals ------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; SQLite failures become errors a user can act on."""
        try:
            with self._conn:
                yield self._conn
        except sqlite3.IntegrityError as error:
            if "FOREIGN KEY" in str(error):
                raise SessionNotFoundError(f"no such session: {error}") from error
            raise ValueError(f"rejected by the journal: {error}") from error
        except sqlite3.Error as error:
            raise db.classify_error(error, self._path) from error

    def _update_session(self, sql: str, params: tuple[object, ...]) -> None:
        with self._write() as conn:
            cursor = conn.execute(sql, params)
        if cursor.rowcount == 0:
            raise SessionNotFoundError(f"no session with id {params[-1]}")

    def _require_session(self, session_id: int) -> None:
        if not self._conn.execute("SELECT 1 FROM session WHERE id = ?", (session_id,)).fetchone():
            raise SessionNotFoundError(f"no session with id {session_id}")

    def _summaries(self, where: list[str], params: list[object]) -> list[SessionSummary]:
        rows = self._conn.execute(_SUMMARY_SQL.format(where=_all(where)), params)
        return [_summary(row) for row in rows]


def _summary(row: tuple[Any, ...]) -> SessionSummary:
    offset = row[3]
    return SessionSummary(
        id=row[0],
        day=date.fromisoformat(row[1]),
        started=local_datetime(row[2], offset),
        ended=local_datetime(row[4], offset) if row[4] else None,
        routine_id=row[5],
        routine_title=row[6],
        planned_s=row[7],
        done_s=row[8],
        steps_completed=row[9],
        steps_skipped=row[10],
        pain_before=row[11],
        pain_after=row[12],
        note=row[13],
        status=SessionStatus(row[14]),
        hurt_count=row[15],
        effort=row[16],
        deleted=local_datetime(row[17], offset) if row[17] else None,
        steps_planned=row[18],
    )


def _day_range(
    column: str, from_day: date | str | None, to_day: date | str | None
) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if from_day is not None:
        where.append(f"{column} >= ?")
        params.append(day_text(from_day))
    if to_day is not None:
        where.append(f"{column} <= ?")
        params.append(day_text(to_day))
    return where, params


def _all(conditions: list[str]) -> str:
    return " AND ".join(conditions) or "1"


def _check_score(score: int | None, *, optional: bool = False) -> None:
    if score is None and optional:
        return
    if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 10:
        raise ValueError(f"scores are whole numbers from 0 to 10, not {score!r}")


def _row_id(cursor: sqlite3.Cursor) -> int:
    assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
    return cursor.lastrowid

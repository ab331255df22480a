"""Import a CSV this app exported, so a journal can move to a new computer or be recovered.

A sessions export restores sessions (with their before/after pain and notes), spot pain readings
and flare days; a steps export then adds the steps and "this hurts" reports of sessions the
journal holds. Anything already in the journal is counted as a duplicate and left alone, so
importing the same file twice changes nothing. A file is imported whole or not at all.
"""

from __future__ import annotations

import csv
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from backtimer.errors import UserFacingError
from backtimer.journal.export import SESSION_COLUMNS, STEP_COLUMNS, ExportKind, restore_cell
from backtimer.journal.records import HurtAction, SessionStatus
from backtimer.journal.timestamps import local_datetime, parse_utc, utc_text

logger = logging.getLogger(__name__)

Row = Mapping[str, str]


class CsvImportError(UserFacingError):
    """The file is not a Backtimer export, or one of its rows is damaged (file and line named)."""


@dataclass
class ImportSummary:
    """What one file added, and what was already in the journal, by kind of record."""

    path: Path
    kind: ExportKind
    added: Counter[str] = field(default_factory=Counter)
    duplicates: Counter[str] = field(default_factory=Counter)

    def describe(self) -> str:
        added = ", ".join(f"{count} {name}" for name, count in self.added.items() if count)
        skipped = sum(self.duplicates.values())
        text = f"{self.path.name}: added {added or 'nothing new'}"
        return text + (f"; {skipped} already in the journal, skipped" if skipped else "")


class _BadValue(ValueError):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(f"{column}: {message}")


def detect_kind(header: list[str]) -> ExportKind | None:
    """Which export a header belongs to, by its exact columns."""
    for kind, columns in ((ExportKind.SESSIONS, SESSION_COLUMNS), (ExportKind.STEPS, STEP_COLUMNS)):
        if tuple(header) == columns:
            return kind
    return None


def peek_kind(path: Path) -> ExportKind | None:
    """The kind of export a file is, from its header alone (None if unreadable or foreign)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            return detect_kind(next(csv.reader(stream), []))
    except (OSError, UnicodeDecodeError, csv.Error):
        return None


def import_csv(conn: sqlite3.Connection, path: Path) -> ImportSummary:
    """Import one exported CSV in a single transaction; errors name the file and the line."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream, conn:
            rows = csv.DictReader(stream)
            kind = detect_kind(list(rows.fieldnames or []))
            if kind is None:
                raise CsvImportError(
                    f"{path} is not a CSV exported by Backtimer (its header row is different). "
                    "Import a file made with File → Export or `backtimer export`."
                )
            summary = ImportSummary(path, kind)
            importer = (
                _SessionsImporter(conn) if kind is ExportKind.SESSIONS else _StepsImporter(conn)
            )
            for row in rows:
                try:
                    _check_shape(row)
                    importer.add(row, summary)
                except _BadValue as error:
                    raise CsvImportError(
                        f"{path}:{rows.line_num}: {error}. Nothing from this file was imported."
                    ) from error
    except OSError as error:
        raise CsvImportError(f"Cannot read {path}: {error.strerror or error}.") from error
    except UnicodeDecodeError as error:
        raise CsvImportError(
            f"{path} is not UTF-8 text, so it is not a Backtimer export."
        ) from error
    except csv.Error as error:
        raise CsvImportError(f"{path} is not a readable CSV file: {error}.") from error
    logger.info("imported %s: %s", path, summary.describe())
    return summary


def _check_shape(row: Row) -> None:
    if None in row or any(value is None for value in row.values()):
        raise _BadValue("row", "it has a different number of cells than the header")


# --- sessions export --------------------------------------------------------------------------


class _SessionsImporter:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, row: Row, summary: ImportSummary) -> None:
        handler: Callable[[Row, ImportSummary], None] = {
            "session": self._session,
            "pain": self._spot_pain,
            "flare_day": self._flare_day,
        }.get(row["entry"], _unknown_entry)
        handler(row, summary)

    def _session(self, row: Row, summary: ImportSummary) -> None:
        started = _utc(row, "uid")
        offset = _offset(row, "local_time")
        routine_id = _text(row, "routine_id")
        if self._conn.execute(
            "SELECT 1 FROM session WHERE started_utc = ? AND routine_id = ?", (started, routine_id)
        ).fetchone():
            summary.duplicates["sessions"] += 1
            return
        ended = _local_as_utc(row, "end_local_time") if row["end_local_time"] else None
        cursor = self._conn.execute(
            "INSERT INTO session (routine_id, routine_title, planned_s, started_utc,"
            " utc_offset_min, day, ended_utc, status, note, effort)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                routine_id,
                _text(row, "routine_title"),
                _number(row, "planned_min") * 60,
                started,
                offset,
                _day(row),
                ended,
                _choice(row, "status", (status.value for status in SessionStatus)),
                _text(row, "note"),
                _optional_score(row, "effort"),
            ),
        )
        summary.added["sessions"] += 1
        for context, moment in (("before", started), ("after", ended or started)):
            score = _optional_score(row, f"pain_{context}")
            if score is not None:
                self._insert_pain(moment, offset, score, context, cursor.lastrowid, row, context)
                summary.added["pain scores"] += 1

    def _insert_pain(
        self,
        utc: str,
        offset: int,
        score: int,
        context: str,
        session_id: int | None,
        row: Row,
        note_of: str,
    ) -> None:
        note = _text(row, "note" if note_of == "spot" else f"pain_{note_of}_note")
        self._conn.execute(
            "INSERT INTO pain (recorded_utc, utc_offset_min, day, score, context, session_id,"
            " note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (utc, offset, _local_day(utc, offset), score, context, session_id, note),
        )

    def _spot_pain(self, row: Row, summary: ImportSummary) -> None:
        recorded = _utc(row, "uid")
        score = _score(row, "spot_pain")
        if self._conn.execute(
            "SELECT 1 FROM pain WHERE recorded_utc = ? AND context = 'spot' AND score = ?",
            (recorded, score),
        ).fetchone():
            summary.duplicates["pain scores"] += 1
            return
        self._insert_pain(recorded, _offset(row, "local_time"), score, "spot", None, row, "spot")
        summary.added["pain scores"] += 1

    def _flare_day(self, row: Row, summary: ImportSummary) -> None:
        cursor = self._conn.execute(
            "INSERT INTO flare_day (day, note) VALUES (?, ?) ON CONFLICT (day) DO NOTHING",
            (_day(row), _text(row, "note")),
        )
        counter = summary.added if cursor.rowcount else summary.duplicates
        counter["flare days"] += 1


# --- steps export -----------------------------------------------------------------------------


class _StepsImporter:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._sessions: dict[str, tuple[int, bool]] = {}
        """session uid → (id, had steps before this import): those keep their own steps."""

    def add(self, row: Row, summary: ImportSummary) -> None:
        session_id, had_steps = self._session(row)
        if row["entry"] == "step":
            self._step(row, session_id, had_steps, summary)
        elif row["entry"] == "this_hurts":
            self._hurt(row, session_id, summary)
        else:
            _unknown_entry(row, summary)

    def _session(self, row: Row) -> tuple[int, bool]:
        uid = _utc(row, "session_uid")
        if uid not in self._sessions:
            found = self._conn.execute(
                "SELECT id, EXISTS (SELECT 1 FROM step WHERE session_id = session.id)"
                " FROM session WHERE started_utc = ? ORDER BY id LIMIT 1",
                (uid,),
            ).fetchone()
            if found is None:
                raise _BadValue(
                    "session_uid",
                    f"the session {uid} is not in the journal; import the sessions export "
                    "of the same period first",
                )
            self._sessions[uid] = (found[0], bool(found[1]))
        return self._sessions[uid]

    def _step(self, row: Row, session_id: int, had_steps: bool, summary: ImportSummary) -> None:
        if had_steps:
            summary.duplicates["steps"] += 1
            return
        side = row["side"] or None
        if side not in (None, "left", "right"):
            raise _BadValue("side", f"must be left, right or empty, not {side!r}")
        self._conn.execute(
            "INSERT INTO step (session_id, step_index, kind, exercise_id, exercise_name, side,"
            " set_number, rep_number, planned_s, actual_s, started_utc, ended_utc, skipped)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id,
                _integer(row, "step_index"),
                _required(row, "kind"),
                _text(row, "exercise_id"),
                _text(row, "exercise_name"),
                side,
                _integer(row, "set_number"),
                _integer(row, "rep_number"),
                _number(row, "planned_s"),
                _number(row, "actual_s"),
                _local_as_utc(row, "local_time"),
                _local_as_utc(row, "end_local_time"),
                int(_choice(row, "skipped", ("0", "1"))),
            ),
        )
        summary.added["steps"] += 1

    def _hurt(self, row: Row, session_id: int, summary: ImportSummary) -> None:
        recorded = _local_as_utc(row, "local_time")
        step_index = _integer(row, "step_index")
        # Seconds only: an export rounds times to the second, the original kept milliseconds.
        if self._conn.execute(
            "SELECT 1 FROM hurt_event WHERE session_id = ? AND step_index = ?"
            " AND substr(recorded_utc, 1, 19) = substr(?, 1, 19)",
            (session_id, step_index, recorded),
        ).fetchone():
            summary.duplicates["'this hurts' reports"] += 1
            return
        offset = _offset(row, "local_time")
        self._conn.execute(
            "INSERT INTO hurt_event (session_id, step_index, exercise_id, exercise_name,"
            " recorded_utc, utc_offset_min, day, score, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id,
                step_index,
                _text(row, "exercise_id"),
                _text(row, "exercise_name"),
                recorded,
                offset,
                _local_day(recorded, offset),
                _optional_score(row, "hurt_score"),
                _choice(row, "hurt_action", (action.value for action in HurtAction)),
            ),
        )
        summary.added["'this hurts' reports"] += 1


# --- cells ------------------------------------------------------------------------------------


def _unknown_entry(row: Row, summary: ImportSummary) -> None:
    raise _BadValue("entry", f"unknown kind of row {row['entry']!r}")


def _required(row: Row, column: str) -> str:
    if not row[column]:
        raise _BadValue(column, "must not be empty")
    return row[column]


def _text(row: Row, column: str) -> str:
    return restore_cell(row[column])


def _integer(row: Row, column: str) -> int:
    try:
        return int(_required(row, column))
    except ValueError:
        raise _BadValue(column, f"must be a whole number, not {row[column]!r}") from None


def _number(row: Row, column: str) -> float:
    try:
        return float(_required(row, column))
    except ValueError:
        raise _BadValue(column, f"must be a number like 12.5, not {row[column]!r}") from None


def _optional_score(row: Row, column: str) -> int | None:
    return _score(row, column) if row[column] else None


def _score(row: Row, column: str) -> int:
    score = _integer(row, column)
    if not 0 <= score <= 10:
        raise _BadValue(column, f"must be from 0 to 10, not {score}")
    return score


def _choice(row: Row, column: str, allowed: Iterable[str]) -> str:
    options = list(allowed)
    if row[column] not in options:
        raise _BadValue(column, f"must be one of {', '.join(options)}, not {row[column]!r}")
    return row[column]


def _day(row: Row) -> str:
    try:
        return datetime.strptime(_required(row, "day"), "%Y-%m-%d").date().isoformat()
    except ValueError:
        raise _BadValue("day", f"must be a date like 2026-11-24, not {row['day']!r}") from None


def _utc(row: Row, column: str) -> str:
    try:
        return utc_text(parse_utc(_required(row, column)))
    except ValueError:
        raise _BadValue(
            column, f"must be a UTC time like 2026-11-24T07:57:10.123Z, not {row[column]!r}"
        ) from None


def _local(row: Row, column: str) -> datetime:
    try:
        moment = datetime.fromisoformat(_required(row, column))
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise _BadValue(
            column, f"must be a local time like 2026-11-24T08:57:10+01:00, not {row[column]!r}"
        )
    return moment


def _local_as_utc(row: Row, column: str) -> str:
    return utc_text(_local(row, column))


def _offset(row: Row, column: str) -> int:
    offset = _local(row, column).utcoffset()
    assert offset is not None  # _local refuses naive times
    return round(offset.total_seconds() / 60)


def _local_day(utc: str, offset_min: int) -> str:
    return local_datetime(utc, offset_min).date().isoformat()

"""Import a CSV this app exported, so a journal can move to a new computer or be recovered.

A sessions export restores sessions (with their before/after pain and notes), spot pain readings
and flare days; a steps export then adds the steps and "this hurts" reports of sessions the
journal holds. Anything already in the journal is counted as a duplicate and left alone, so
importing the same file twice changes nothing.

Every cell is checked before it reaches the journal (dates from 1900 to 2200, finite
non-negative durations, scores 0–10, an end never before its start, no NUL or control
characters in names). A row that fails is refused and counted with its line number; the sound
rows of the file are imported together in one transaction, or none of them if the journal
cannot be written (a full disk, say). What is already in the journal is read once into memory,
so the import stays linear: a million rows take seconds, not hours.
"""

from __future__ import annotations

import csv
import gc
import logging
import math
import os
import re
import sqlite3
import stat
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TextIO

from backtimer.control_chars import control_message
from backtimer.errors import UserFacingError
from backtimer.i18n import QT_TRANSLATE_NOOP, translate
from backtimer.journal import db
from backtimer.journal.export import (
    EARLIER_COLUMNS,
    SESSION_COLUMNS,
    STEP_COLUMNS,
    SYMPTOM_WORDS,
    ExportKind,
    restore_cell,
)
from backtimer.journal.records import HurtAction, SessionStatus

logger = logging.getLogger(__name__)

MAX_CELL_CHARS = 1 << 27
"""Longest cell read back: the export writes notes whole, and Python's CSV reader stops at
128 KiB by default, which refused a whole file for one long note (a process-wide setting,
raised here for every importer, the check-ins one included)."""
csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))

Row = Mapping[str, str]

FIRST_YEAR = 1900
LAST_YEAR = 2200
"""Dates outside these years are typing or tool errors, and would break date arithmetic."""
MAX_OFFSET = timedelta(hours=18)
MAX_PLANNED_MIN = 24 * 60.0
MAX_STEP_S = 24 * 60 * 60.0
MAX_COUNT = 1_000_000
"""Bound for step indexes, set and rep numbers."""
SHOWN_LINES = 5
"""Line numbers listed per reason for refused rows; the count covers them all."""
BATCH_ROWS = 2000

_ROUTINE_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
_STATUSES = tuple(status.value for status in SessionStatus)
_ACTIONS = tuple(action.value for action in HurtAction)
_SKIPPED = ("0", "1")


class CsvImportError(UserFacingError):
    """The file is not a Backtimer export, or cannot be read or written (file named)."""


@dataclass
class ImportSummary:
    """What one file added, what was already in the journal, and which rows were refused."""

    path: Path
    kind: ExportKind
    added: Counter[str] = field(default_factory=Counter)
    duplicates: Counter[str] = field(default_factory=Counter)
    refused: dict[str, list[int]] = field(default_factory=dict)
    """Reason → line numbers of the rows refused for it."""

    @property
    def refused_rows(self) -> int:
        return sum(len(lines) for lines in self.refused.values())

    def refuse(self, line: int, reason: str) -> None:
        self.refused.setdefault(reason, []).append(line)

    def describe(self) -> str:
        """One line for a person: what was added, skipped and refused (and on which lines)."""
        added = ", ".join(
            _counted(name, count) for name, count in self.added.items() if count
        ) or translate("CsvImport", "nothing new")
        text = translate("CsvImport", "{file}: added {added}").format(
            file=self.path.name, added=added
        )
        if skipped := sum(self.duplicates.values()):
            text += translate("CsvImport", "; {count} already in the journal, skipped").format(
                count=skipped
            )
        if not self.refused:
            return text
        rows = self.refused_rows
        reasons = "; ".join(
            f"{len(lines)} × {reason} ({_lines_text(lines)})"
            for reason, lines in sorted(self.refused.items(), key=lambda item: -len(item[1]))
        )
        if rows == 1:
            refused = translate("CsvImport", "; refused 1 row: {reasons}")
        else:
            refused = translate("CsvImport", "; refused {count} rows: {reasons}")
        return text + refused.format(count=rows, reasons=reasons)


_COUNTED = {
    "sessions": (
        QT_TRANSLATE_NOOP("CsvImport", "1 session"),
        QT_TRANSLATE_NOOP("CsvImport", "{count} sessions"),
    ),
    "pain scores": (
        QT_TRANSLATE_NOOP("CsvImport", "1 pain score"),
        QT_TRANSLATE_NOOP("CsvImport", "{count} pain scores"),
    ),
    "flare days": (
        QT_TRANSLATE_NOOP("CsvImport", "1 flare day"),
        QT_TRANSLATE_NOOP("CsvImport", "{count} flare days"),
    ),
    "steps": (
        QT_TRANSLATE_NOOP("CsvImport", "1 step"),
        QT_TRANSLATE_NOOP("CsvImport", "{count} steps"),
    ),
    "'this hurts' reports": (
        QT_TRANSLATE_NOOP("CsvImport", "1 'this hurts' report"),
        QT_TRANSLATE_NOOP("CsvImport", "{count} 'this hurts' reports"),
    ),
}
"""What an import counts (the summary's keys), as a person reads the count."""


def _counted(name: str, count: int) -> str:
    one, other = _COUNTED[name]
    return translate("CsvImport", one if count == 1 else other).format(count=count)


def _lines_text(lines: list[int]) -> str:
    shown = ", ".join(str(line) for line in lines[:SHOWN_LINES])
    if len(lines) > SHOWN_LINES:
        return translate("CsvImport", "lines {lines} and {more} more").format(
            lines=shown, more=len(lines) - SHOWN_LINES
        )
    if len(lines) > 1:
        return translate("CsvImport", "lines {lines}").format(lines=shown)
    return translate("CsvImport", "line {line}").format(line=shown)


class _BadValue(ValueError):
    """One cell is wrong; ``reason`` names the column and the rule, never the value itself,
    so the same mistake on many rows is reported once with its count."""

    def __init__(self, column: str, rule: str) -> None:
        super().__init__(f"{column}: {rule}")
        self.reason = f"{column}: {rule}"


def detect_kind(header: list[str]) -> ExportKind | None:
    """Which export a header belongs to, by its exact columns (today's, or those from before
    symptoms were exported)."""
    for kind, columns in ((ExportKind.SESSIONS, SESSION_COLUMNS), (ExportKind.STEPS, STEP_COLUMNS)):
        if tuple(header) in (columns, EARLIER_COLUMNS[kind.value]):
            return kind
    return None


def peek_kind(path: Path) -> ExportKind | None:
    """The kind of export a file is, from its header alone (None if unreadable or foreign)."""
    try:
        with open_csv_text(path) as stream:
            return detect_kind(next(csv.reader(stream), []))
    except (OSError, UnicodeDecodeError, csv.Error, CsvImportError):
        return None


def check_regular_file(path: Path) -> None:
    """Refuse a named pipe, device or folder before anything opens it (a pipe blocks forever)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # opening it says why, in the importer's words
    if not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            refusal = translate(
                "CsvImport", "{path} is a folder, so it was not read. Import a CSV file."
            )
        else:
            refusal = translate(
                "CsvImport",
                "{path} is not a regular file (a pipe or device), so it was not read. "
                "Import a CSV file.",
            )
        raise CsvImportError(refusal.format(path=path))


def open_csv_text(path: Path) -> TextIO:
    """``path`` opened as CSV text, only if it is a regular file (checked on the open file, so
    nothing can swap a pipe in between; opening does not block)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            check_regular_file(path)
            raise CsvImportError(
                translate("CsvImport", "{path} is not a regular file, so it was not read.").format(
                    path=path
                )
            )
        os.set_blocking(descriptor, True)
        return open(descriptor, encoding="utf-8-sig", newline="")  # owns the descriptor now
    except BaseException:
        os.close(descriptor)
        raise


def import_csv(conn: sqlite3.Connection, path: Path) -> ImportSummary:
    """Import one exported CSV in a single transaction; refused rows are counted by reason.

    Python's cycle collector is paused meanwhile: the import makes no cycles, but with the
    journal's keys in memory each full collection walks them all again, which made a million
    rows cost several times ten times a hundred thousand.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import(conn, path)
    finally:
        if collecting:
            gc.enable()


def check_export_file(path: Path) -> ExportKind:
    """The export's kind, or the importer's own error for a file it would refuse whole
    (unreadable, not UTF-8, another header), without a journal: the command line checks every
    file before it opens the journal, so a refused import leaves the journal file untouched."""
    with read_errors(path), open_csv_text(path) as stream:
        return _export_kind(path, next(csv.reader(stream), []))


def _export_kind(path: Path, header: list[str]) -> ExportKind:
    kind = detect_kind(header)
    if kind is None:
        raise CsvImportError(
            translate(
                "CsvImport",
                "{path} is not a CSV exported by Backtimer (its header row is "
                "different). Import a file made with File → Export or `backtimer export`.",
            ).format(path=path)
        )
    return kind


@contextmanager
def read_errors(path: Path, error_class: type[UserFacingError] = CsvImportError) -> Iterator[None]:
    """Reading problems of an exported CSV in words that name the file (every importer)."""
    try:
        yield
    except OSError as error:
        raise error_class(
            translate("CsvImport", "Cannot read {path}: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    except UnicodeDecodeError as error:
        raise error_class(
            translate(
                "CsvImport", "{path} is not UTF-8 text, so it is not a Backtimer export."
            ).format(path=path)
        ) from error
    except csv.Error as error:
        raise error_class(
            translate("CsvImport", "{path} is not a readable CSV file: {error}.").format(
                path=path, error=error
            )
        ) from error


def _import(conn: sqlite3.Connection, path: Path) -> ImportSummary:
    try:
        with read_errors(path), open_csv_text(path) as stream:
            reader = csv.reader(stream)
            header = next(reader, [])
            kind = _export_kind(path, header)
            summary = ImportSummary(path, kind)
            with conn:
                importer = (
                    _SessionsImporter(conn, summary)
                    if kind is ExportKind.SESSIONS
                    else _StepsImporter(conn, summary)
                )
                width = len(header)
                for cells in reader:
                    if len(cells) != width:
                        if cells:  # a blank line is no row at all
                            summary.refuse(reader.line_num, translate("CsvImport", _WRONG_WIDTH))
                        continue
                    try:
                        importer.add(dict(zip(header, cells, strict=True)))
                    except _BadValue as error:
                        summary.refuse(reader.line_num, error.reason)
                importer.flush()
    except sqlite3.Error as error:
        raise _journal_problem(conn, error, path) from error
    logger.info("imported %s: %s", path, summary.describe())
    return summary


_WRONG_WIDTH = QT_TRANSLATE_NOOP(
    "CsvImport", "row: has a different number of cells than the header"
)


def _journal_problem(conn: sqlite3.Connection, error: sqlite3.Error, path: Path) -> UserFacingError:
    """The journal could not take the rows (disk full, locked…): name the journal, not the CSV."""
    try:
        journal = Path(conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:")
    except sqlite3.Error:
        journal = Path("the journal")
    problem = db.classify_error(error, journal)
    return type(problem)(
        translate("CsvImport", "{problem} Nothing from {file} was imported.").format(
            problem=problem, file=path.name
        )
    )


# --- sessions export --------------------------------------------------------------------------


class _SessionsImporter:
    """Checks rows, skips what the journal holds, and inserts the rest in batches."""

    def __init__(self, conn: sqlite3.Connection, summary: ImportSummary) -> None:
        self._conn = conn
        self._summary = summary
        self._sessions = set(conn.execute("SELECT started_utc, routine_id FROM session"))
        self._spot_pains = set(
            conn.execute("SELECT recorded_utc, score FROM pain WHERE context = 'spot'")
        )
        self._flare_days = {row[0] for row in conn.execute("SELECT day FROM flare_day")}
        self._next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM session").fetchone()[0]
        self._session_rows: list[tuple[object, ...]] = []
        self._pain_rows: list[tuple[object, ...]] = []
        self._flare_rows: list[tuple[str, str]] = []
        self._handlers: dict[str, Callable[[Row], None]] = {
            "session": self._session,
            "pain": self._spot_pain,
            "flare_day": self._flare_day,
        }

    def add(self, row: Row) -> None:
        handler = self._handlers.get(row["entry"])
        if handler is None:
            raise _BadValue("entry", translate("CsvImport", "must be session, pain or flare_day"))
        handler(row)
        if len(self._session_rows) + len(self._pain_rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Sessions first: their pain scores point at them."""
        self._conn.executemany(
            "INSERT INTO session (id, routine_id, routine_title, planned_s, started_utc,"
            " utc_offset_min, day, ended_utc, status, note, effort)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self._session_rows,
        )
        self._conn.executemany(
            "INSERT INTO pain (recorded_utc, utc_offset_min, day, score, context, session_id,"
            " note, leg_pain, nerve_symptoms, urgent_symptoms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self._pain_rows,
        )
        self._conn.executemany(
            "INSERT INTO flare_day (day, note) VALUES (?, ?) ON CONFLICT (day) DO NOTHING",
            self._flare_rows,
        )
        self._session_rows.clear()
        self._pain_rows.clear()
        self._flare_rows.clear()

    def _session(self, row: Row) -> None:
        started = _utc(row, "uid")
        local = _local(row, "local_time")
        if _utc_of(local)[:19] != started[:19]:
            raise _BadValue("local_time", translate("CsvImport", "must be the same moment as uid"))
        offset = _offset_min(local)
        day = _day(row)
        if day != local.date().isoformat():
            raise _BadValue("day", translate("CsvImport", "must be the day of local_time"))
        routine_id = _identifier(row, "routine_id")
        ended = _local_as_utc(row, "end_local_time") if row["end_local_time"] else None
        if ended is not None and ended < started:
            raise _BadValue(
                "end_local_time", translate("CsvImport", "must not be before local_time")
            )
        values = (
            routine_id,
            _name(row, "routine_title"),
            _number(row, "planned_min", MAX_PLANNED_MIN) * 60,
            started,
            offset,
            day,
            ended,
            _choice(row, "status", _STATUSES),
            _note(row, "note"),
            _optional_score(row, "effort"),
        )
        scores = [
            (
                context,
                moment,
                _optional_score(row, f"pain_{context}"),
                _symptoms(row, f"pain_{context}_symptoms"),
            )
            for context, moment in (("before", started), ("after", ended or started))
        ]
        notes = {context: _note(row, f"pain_{context}_note") for context in ("before", "after")}
        if (started, routine_id) in self._sessions:
            self._summary.duplicates["sessions"] += 1
            return
        self._sessions.add((started, routine_id))
        session_id = self._next_id
        self._next_id += 1
        self._session_rows.append((session_id, *values))
        self._summary.added["sessions"] += 1
        for context, moment, score, symptoms in scores:
            if score is not None:
                pain_day = _local_day(moment, offset)
                pain_note = notes[context]
                self._pain_rows.append(
                    (moment, offset, pain_day, score, context, session_id, pain_note, *symptoms)
                )
                self._summary.added["pain scores"] += 1

    def _spot_pain(self, row: Row) -> None:
        recorded = _utc(row, "uid")
        local = _local(row, "local_time")
        if _utc_of(local)[:19] != recorded[:19]:
            raise _BadValue("local_time", translate("CsvImport", "must be the same moment as uid"))
        score = _score(row, "spot_pain")
        offset = _offset_min(local)
        note = _note(row, "note")
        symptoms = _symptoms(row, "spot_symptoms")
        if (recorded, score) in self._spot_pains:
            self._summary.duplicates["pain scores"] += 1
            return
        self._spot_pains.add((recorded, score))
        self._pain_rows.append(
            (recorded, offset, local.date().isoformat(), score, "spot", None, note, *symptoms)
        )
        self._summary.added["pain scores"] += 1

    def _flare_day(self, row: Row) -> None:
        day = _day(row)
        note = _note(row, "note")
        if day in self._flare_days:
            self._summary.duplicates["flare days"] += 1
            return
        self._flare_days.add(day)
        self._flare_rows.append((day, note))
        self._summary.added["flare days"] += 1


# --- steps export -----------------------------------------------------------------------------


class _StepsImporter:
    def __init__(self, conn: sqlite3.Connection, summary: ImportSummary) -> None:
        self._conn = conn
        self._summary = summary
        self._sessions: dict[str, tuple[int, bool]] = {}
        """session uid → (id, had steps before this import): those keep their own steps."""
        for started, session_id, has_steps in conn.execute(
            "SELECT first.started_utc, first.id,"
            " EXISTS (SELECT 1 FROM step WHERE step.session_id = first.id)"
            " FROM (SELECT started_utc, min(id) AS id FROM session GROUP BY started_utc) AS first"
        ):
            self._sessions[started] = (session_id, bool(has_steps))
        self._hurts = set(
            conn.execute(
                "SELECT session_id, step_index, substr(recorded_utc, 1, 19) FROM hurt_event"
            )
        )
        self._step_rows: list[tuple[object, ...]] = []
        self._hurt_rows: list[tuple[object, ...]] = []
        self._texts: dict[tuple[str, str], str] = {}
        """(column, cell) → checked text: kinds and exercise names repeat on most rows."""

    def _checked(self, row: Row, column: str, check: Callable[[Row, str], str]) -> str:
        key = (column, row[column])
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = check(row, column)
        return found

    def add(self, row: Row) -> None:
        session_id, had_steps = self._session(row)
        if row["entry"] == "step":
            self._step(row, session_id, had_steps)
        elif row["entry"] == "this_hurts":
            self._hurt(row, session_id)
        else:
            raise _BadValue("entry", translate("CsvImport", "must be step or this_hurts"))
        if len(self._step_rows) + len(self._hurt_rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        self._conn.executemany(
            "INSERT INTO step (session_id, step_index, kind, exercise_id, exercise_name, side,"
            " set_number, rep_number, planned_s, actual_s, started_utc, ended_utc, skipped)"
            f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {_SQL_UTC}, {_SQL_UTC}, ?)",
            self._step_rows,
        )
        self._conn.executemany(
            "INSERT INTO hurt_event (session_id, step_index, exercise_id, exercise_name,"
            " recorded_utc, utc_offset_min, day, score, action, leg_or_nerve)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self._hurt_rows,
        )
        self._step_rows.clear()
        self._hurt_rows.clear()

    def _session(self, row: Row) -> tuple[int, bool]:
        uid = row["session_uid"]
        found = self._sessions.get(uid)
        if found is None:
            found = self._sessions.get(_utc(row, "session_uid"))
        if found is None:
            raise _BadValue(
                "session_uid",
                translate(
                    "CsvImport",
                    "the session is not in the journal; import the sessions export of the "
                    "same period first",
                ),
            )
        return found

    def _step(self, row: Row, session_id: int, had_steps: bool) -> None:
        side = row["side"] or None
        if side not in (None, "left", "right"):
            raise _BadValue("side", translate("CsvImport", "must be left, right or empty"))
        # Checked here, turned into UTC text by SQLite in the INSERT (C, not datetime: the
        # conversion was a third of the cost of a step row).
        started, ended = _sql_local(row, "local_time"), _sql_local(row, "end_local_time")
        if ended < started:
            raise _BadValue(
                "end_local_time", translate("CsvImport", "must not be before local_time")
            )
        values = (
            session_id,
            _count(row, "step_index"),
            self._checked(row, "kind", _required_name),
            self._checked(row, "exercise_id", _optional_identifier),
            self._checked(row, "exercise_name", _name),
            side,
            _count(row, "set_number"),
            _count(row, "rep_number"),
            _number(row, "planned_s", MAX_STEP_S),
            _number(row, "actual_s", MAX_STEP_S),
            row["local_time"],
            row["end_local_time"],
            int(_choice(row, "skipped", _SKIPPED)),
        )
        if had_steps:
            self._summary.duplicates["steps"] += 1
            return
        self._step_rows.append(values)
        self._summary.added["steps"] += 1

    def _hurt(self, row: Row, session_id: int) -> None:
        local = _local(row, "local_time")
        recorded = _utc_of(local)
        step_index = _count(row, "step_index")
        offset = _offset_min(local)
        values = (
            session_id,
            step_index,
            _optional_identifier(row, "exercise_id"),
            _name(row, "exercise_name"),
            recorded,
            offset,
            local.date().isoformat(),
            _optional_score(row, "hurt_score"),
            _choice(row, "hurt_action", _ACTIONS),
            _flag(row, "hurt_leg_or_nerve"),
        )
        # Seconds only: an export rounds times to the second, the original kept milliseconds.
        key = (session_id, step_index, recorded[:19])
        if key in self._hurts:
            self._summary.duplicates["'this hurts' reports"] += 1
            return
        self._hurts.add(key)
        self._hurt_rows.append(values)
        self._summary.added["'this hurts' reports"] += 1


# --- cells ------------------------------------------------------------------------------------


def _symptoms(row: Row, column: str) -> tuple[int, int, int]:
    """A symptoms cell as the pain table's three flags; a file from before it had none."""
    words = [word for word in row.get(column, "").split(";") if word]
    if any(word not in SYMPTOM_WORDS for word in words) or len(set(words)) != len(words):
        raise _BadValue(
            column,
            translate(
                "CsvImport", "must be empty, or leg, nerve, urgent joined by ; (like leg;nerve)"
            ),
        )
    return tuple(int(word in words) for word in SYMPTOM_WORDS)  # type: ignore[return-value]


def _flag(row: Row, column: str) -> int:
    """A 0/1 cell; a file from before it had none, and empty means 0."""
    value = row.get(column, "")
    if value not in ("", "0", "1"):
        raise _BadValue(column, translate("CsvImport", "must be 0, 1 or empty"))
    return int(value or 0)


def _required(row: Row, column: str) -> str:
    if not row[column]:
        raise _BadValue(column, translate("CsvImport", "must not be empty"))
    return row[column]


def _note(row: Row, column: str) -> str:
    """Free text: anything but NUL, which SQLite and most tools would cut the text at."""
    text = restore_cell(row[column])
    if "\x00" in text:
        raise _BadValue(column, translate("CsvImport", "must not contain NUL characters"))
    return text


def _name(row: Row, column: str, *, required: bool = False) -> str:
    """A title or name shown on one line: no control characters at all."""
    text = restore_cell(_required(row, column) if required else row[column])
    if control_message(text) is not None or "\n" in text or "\t" in text:
        raise _BadValue(
            column, translate("CsvImport", "must not contain control characters or line breaks")
        )
    return text


def _required_name(row: Row, column: str) -> str:
    return _name(row, column, required=True)


def _identifier(row: Row, column: str) -> str:
    """A routine or exercise id as the library writes them (so ``=1+1`` is refused)."""
    value = row[column]
    if not _ROUTINE_ID.fullmatch(value):
        raise _BadValue(
            column,
            translate(
                "CsvImport",
                "must be an id of lowercase letters, digits and _ (starting with a letter)",
            ),
        )
    return value


def _optional_identifier(row: Row, column: str) -> str:
    return _identifier(row, column) if row[column] else ""


def _count(row: Row, column: str) -> int:
    text = _required(row, column)
    try:
        value = int(text)
    except ValueError:
        raise _BadValue(
            column,
            translate("CsvImport", "must be a whole number from 0 to {highest}").format(
                highest=MAX_COUNT
            ),
        ) from None
    if not 0 <= value <= MAX_COUNT:
        raise _BadValue(
            column,
            translate("CsvImport", "must be a whole number from 0 to {highest}").format(
                highest=MAX_COUNT
            ),
        )
    return value


def _number(row: Row, column: str, highest: float) -> float:
    """A finite, non-negative number up to ``highest`` (no nan, inf or -0.5)."""
    try:
        value = float(_required(row, column))
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 <= value <= highest):
        raise _BadValue(
            column,
            translate("CsvImport", "must be a number from 0 to {highest:g}, like 12.5").format(
                highest=highest
            ),
        )
    return value


def _optional_score(row: Row, column: str) -> int | None:
    return _score(row, column) if row[column] else None


def _score(row: Row, column: str) -> int:
    rule = translate("CsvImport", "must be a whole number from 0 to 10")
    try:
        score = int(_required(row, column))
    except ValueError:
        raise _BadValue(column, rule) from None
    if not 0 <= score <= 10:
        raise _BadValue(column, rule)
    return score


def _choice(row: Row, column: str, allowed: tuple[str, ...]) -> str:
    if row[column] not in allowed:
        raise _BadValue(
            column,
            translate("CsvImport", "must be one of {choices}").format(choices=", ".join(allowed)),
        )
    return row[column]


def _in_years(moment: date) -> bool:
    return FIRST_YEAR <= moment.year <= LAST_YEAR


def _day(row: Row) -> str:
    rule = translate("CsvImport", "must be a date like 2026-11-24, from {first} to {last}").format(
        first=FIRST_YEAR, last=LAST_YEAR
    )
    try:
        day = date.fromisoformat(_required(row, "day"))
    except ValueError:
        raise _BadValue("day", rule) from None
    if not _in_years(day) or len(row["day"]) != 10:
        raise _BadValue("day", rule)
    return day.isoformat()


def _utc(row: Row, column: str) -> str:
    """Stored UTC text, normalised (``2026-11-24T07:57:10.123Z``)."""
    rule = translate(
        "CsvImport", "must be a UTC time like 2026-11-24T07:57:10.123Z, from {first} to {last}"
    ).format(first=FIRST_YEAR, last=LAST_YEAR)
    text = _required(row, column)
    try:
        moment = datetime.fromisoformat(text) if text.endswith("Z") else None
    except ValueError:
        moment = None
    if moment is None or not _in_years(moment):
        raise _BadValue(column, rule)
    return _utc_of(moment)


def _local(row: Row, column: str) -> datetime:
    """A local time with its offset, within the years allowed once converted to UTC too."""
    rule = translate(
        "CsvImport",
        "must be a local time with its offset like 2026-11-24T08:57:10+01:00, "
        "from {first} to {last}",
    ).format(first=FIRST_YEAR, last=LAST_YEAR)
    try:
        moment = datetime.fromisoformat(_required(row, column))
    except ValueError:
        moment = None
    offset = moment.utcoffset() if moment is not None else None
    # Checking the local year first keeps 9999-12-31T23:00-05:00 from overflowing in UTC.
    if moment is None or offset is None or not _in_years(moment) or abs(offset) > MAX_OFFSET:
        raise _BadValue(column, rule)
    return moment


_SQL_UTC = "strftime('%Y-%m-%dT%H:%M:%fZ', ?)"
"""SQLite turns a local time with its offset into the journal's UTC text, like ``_utc_of``."""
_SQLITE_LOCAL_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?[+-]\d\d:\d\d")
"""The local times SQLite's date functions read (Python's fromisoformat takes more forms)."""


def _sql_local(row: Row, column: str) -> datetime:
    """A local time that ``_SQL_UTC`` converts exactly as ``_utc_of`` would."""
    moment = _local(row, column)
    if not _SQLITE_LOCAL_TIME.fullmatch(row[column]):
        raise _BadValue(
            column, translate("CsvImport", "must be a local time like 2026-11-24T08:57:10+01:00")
        )
    return moment


def _utc_of(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _local_as_utc(row: Row, column: str) -> str:
    return _utc_of(_local(row, column))


def _offset_min(moment: datetime) -> int:
    offset = moment.utcoffset()
    assert offset is not None  # _local refuses naive times
    return round(offset.total_seconds() / 60)


def _local_day(utc: str, offset_min: int) -> str:
    moment = datetime.fromisoformat(utc) + timedelta(minutes=offset_min)
    return moment.date().isoformat()

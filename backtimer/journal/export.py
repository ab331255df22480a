"""CSV export of the journal: streamed from a cursor, safe to open in a spreadsheet, atomic.

Rows go from SQLite to the file in chunks (memory stays flat for any journal size) and every
formatting step that can run inside SQLite does (local times, rounding, formula neutralising), so
the export costs little more than a bare ``csv.writer(...).writerows(cursor)``. The file is
written beside the destination under a temporary name and moved into place only when complete, so
a failed or cancelled export never leaves a partial file or clobbers an older one.
"""

from __future__ import annotations

import csv
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol, TextIO

from backtimer.errors import UserFacingError
from backtimer.i18n import translate
from backtimer.paths import not_replaceable
from backtimer.workout.progress import STEP_SECONDS_SQL


class TextSink(Protocol):
    """Where CSV text goes: an open file, or a filter in front of the terminal."""

    def write(self, text: str, /) -> int: ...


logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
"""Called as ``progress(rows_written, rows_total)`` after each chunk."""
CancelCheck = Callable[[], bool]
"""Polled between chunks; returning True stops the export and removes the temporary file."""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet treat a text cell as a formula (OWASP CSV injection)."""
ESCAPE = "'"
"""Prefix that turns a would-be formula into text. Text already starting with it gets a second
one, so ``restore_cell`` can undo the escaping exactly."""

FILE_ENCODING = "utf-8-sig"
"""Files start with a UTF-8 BOM: Excel needs it to read UTF-8, LibreOffice and pandas accept it."""
CHUNK_ROWS = 4096


class ExportError(UserFacingError):
    """The export file cannot be written where the user asked; the message says where and why."""


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


class ExportKind(StrEnum):
    SESSIONS = "sessions"
    STEPS = "steps"


@dataclass(frozen=True)
class DateRange:
    """Inclusive range of local calendar days; None leaves that end open."""

    first: date | None = None
    last: date | None = None

    def sql_bounds(self) -> tuple[str, str]:
        return (
            self.first.isoformat() if self.first else "0000-01-01",
            self.last.isoformat() if self.last else "9999-12-31",
        )


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    destination: Path | None


def neutralise_cell(text: str) -> str:
    """Make a text cell inert in spreadsheets; the SQL twin is ``neutralise_sql``."""
    if text.startswith(FORMULA_TRIGGERS) or text.startswith(ESCAPE):
        return ESCAPE + text
    return text


def restore_cell(cell: str) -> str:
    """Undo ``neutralise_cell`` (used by the importer)."""
    return cell[1:] if cell.startswith(ESCAPE) else cell


def neutralise_sql(expression: str) -> str:
    """SQL that neutralises a text expression exactly like ``neutralise_cell`` (NULL stays NULL)."""
    triggers = ", ".join(["'='", "'+'", "'-'", "'@'", "char(9)", "char(13)", "''''"])
    return (
        f"CASE WHEN substr({expression}, 1, 1) IN ({triggers}) "
        f"THEN '''' || {expression} ELSE {expression} END"
    )


def local_time_sql(utc_column: str, offset_column: str) -> str:
    """SQL for ``2026-11-24T08:57:10+01:00`` from a UTC timestamp and its offset in minutes."""
    return shifted_time_sql(
        utc_column, f"{offset_column} || ' minutes'", offset_suffix_sql(offset_column)
    )


def offset_suffix_sql(offset_column: str) -> str:
    """SQL for the ``+01:00`` / ``-03:30`` suffix of an offset in minutes."""
    return (
        f"CASE WHEN {offset_column} < 0 THEN '-' ELSE '+' END "
        f"|| printf('%02d:%02d', abs({offset_column}) / 60, abs({offset_column}) % 60)"
    )


def shifted_time_sql(utc_column: str, shift: str, suffix: str) -> str:
    """Local time from precomputed shift (``'60 minutes'``) and suffix: NULL stays NULL.

    ``datetime()`` is the cheapest SQLite date function; steps reuse their session's shift and
    suffix so 200k rows pay for neither ``printf`` nor ``strftime``.
    """
    return f"replace(datetime({utc_column}, {shift}), ' ', 'T') || {suffix}"


@contextmanager
def atomic_output(destination: Path, *, encoding: str = FILE_ENCODING) -> Iterator[TextIO]:
    """Yield a text stream that becomes ``destination`` only if the block finishes.

    The temporary file lives in the destination folder so the final ``os.replace`` is atomic; on
    any error or cancellation it is removed, and OS errors become an ``ExportError``.
    """
    with _atomic_file(destination, "w", encoding) as stream:
        yield stream


def write_file_atomically(destination: Path, data: bytes) -> None:
    """Write ``data`` to ``destination`` whole or not at all (a full disk leaves no stub)."""
    with _atomic_file(destination, "wb", None) as stream:
        stream.write(data)


@contextmanager
def _atomic_file(destination: Path, mode: str, encoding: str | None) -> Iterator[Any]:
    refusal = not_replaceable(destination)
    if refusal is not None:
        raise ExportError(f"{refusal}.")
    folder = destination.parent
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=folder, prefix=f".{destination.name}.", suffix=".part"
        )
    except OSError as error:  # named: the fault may be the name itself (too long, say)
        raise ExportError(
            translate(
                "Export",
                "Cannot write {path} in the folder {folder}: {reason}. Choose a folder "
                "you can write to (for example your Documents folder).",
            ).format(path=destination, folder=folder, reason=error.strerror or error)
        ) from error
    temp_path = Path(temp_name)
    try:
        newline = None if "b" in mode else ""
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_path, _mode_for(destination))
        os.replace(temp_path, destination)
    except OSError as error:
        temp_path.unlink(missing_ok=True)
        raise ExportError(
            translate(
                "Export",
                "Could not write {path}: {reason}. Nothing was written; check the disk "
                "space and the name, or choose another folder.",
            ).format(path=destination, reason=error.strerror or error)
        ) from error
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise


def _mode_for(destination: Path) -> int:
    """Keep an overwritten file's permissions; new files get the usual rw-r--r--."""
    try:
        return destination.stat().st_mode & 0o777
    except OSError:
        return 0o644


def stream_rows(
    stream: TextSink,
    header: list[str],
    cursor: sqlite3.Cursor,
    total: int,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> int:
    """Write a header and the cursor's rows in chunks, reporting progress between chunks."""
    writer = csv.writer(stream)
    writer.writerow(header)
    written = 0
    while rows := cursor.fetchmany(CHUNK_ROWS):
        if should_cancel is not None and should_cancel():
            raise ExportCancelled
        writer.writerows(rows)
        written += len(rows)
        if progress is not None:
            progress(written, total)
    return written


# --- what is exported -------------------------------------------------------------------------

SESSION_COLUMNS = (
    "uid",
    "entry",
    "local_time",
    "end_local_time",
    "day",
    "routine_id",
    "routine_title",
    "status",
    "planned_min",
    "done_min",
    "steps_completed",
    "steps_skipped",
    "pain_before",
    "pain_after",
    "pain_change",
    "spot_pain",
    "effort",
    "hurt_events",
    "flare_day",
    "note",
    "pain_before_note",
    "pain_after_note",
    "pain_before_symptoms",
    "pain_after_symptoms",
    "spot_symptoms",
)
"""Sessions export: one row per session, spot pain reading and flare day (``entry`` says which)."""
SYMPTOM_COLUMNS = 3
"""The symptom columns last in the sessions export; files from before them still import."""
SYMPTOM_WORDS = ("leg", "nerve", "urgent")
"""A symptoms cell: these words for ``pain.leg_pain``, ``nerve_symptoms`` and
``urgent_symptoms``, separated by ";" (empty for none)."""

STEP_COLUMNS = (
    "session_uid",
    "session_day",
    "entry",
    "step_index",
    "kind",
    "exercise_id",
    "exercise_name",
    "side",
    "set_number",
    "rep_number",
    "planned_s",
    "actual_s",
    "local_time",
    "end_local_time",
    "skipped",
    "hurt_score",
    "hurt_action",
    "hurt_leg_or_nerve",
)
"""Steps export: one row per step, plus one per "this hurts" report (``entry`` says which)."""
EARLIER_COLUMNS = {
    "sessions": SESSION_COLUMNS[:-SYMPTOM_COLUMNS],
    "steps": STEP_COLUMNS[:-1],
}
"""The headers before symptoms were exported (importing such a file restores no symptoms)."""

_N = neutralise_sql
_USED_S = STEP_SECONDS_SQL.format(s="s")  # the app's one rule for a session's minutes
_SESSION_LOCAL = local_time_sql("s.started_utc", "s.utc_offset_min")
_RANGE = "BETWEEN :first AND :last"
_LIVE_SESSION = "s.deleted_utc IS NULL"


def _symptoms_sql(pain: str) -> str:
    """The symptoms cell of a pain row (``SYMPTOM_WORDS`` joined by ";"), NULL for none."""
    words = " || ".join(
        f"(CASE WHEN {pain}.{column} THEN '{word};' ELSE '' END)"
        for word, column in zip(
            SYMPTOM_WORDS, ("leg_pain", "nerve_symptoms", "urgent_symptoms"), strict=True
        )
    )
    return f"nullif(rtrim({words}, ';'), '')"


def _latest_pain(context: str, value: str) -> str:
    """``value`` (an expression over ``p``) of the session's latest score of a context, the rule
    the history view uses too."""
    return (
        f"(SELECT {value} FROM pain p WHERE p.session_id = s.id AND p.context = '{context}'"
        " ORDER BY p.recorded_utc DESC, p.id DESC LIMIT 1)"
    )


_SESSIONS_SQL = f"""
SELECT s.started_utc, 'session', {_SESSION_LOCAL},
       {local_time_sql("s.ended_utc", "s.utc_offset_min")}, s.day,
       {_N("s.routine_id")}, {_N("s.routine_title")}, s.status,
       round(s.planned_s / 60.0, 2),
       round({_USED_S} / 60.0, 2),
       (SELECT count(*) FROM step st WHERE st.session_id = s.id AND st.skipped = 0),
       (SELECT count(*) FROM step st WHERE st.session_id = s.id AND st.skipped = 1),
       pain_before, pain_after, pain_after - pain_before, NULL, s.effort,
       (SELECT count(*) FROM hurt_event h WHERE h.session_id = s.id),
       EXISTS (SELECT 1 FROM flare_day f WHERE f.day = s.day),
       {_N("s.note")}, {_N("pain_before_note")}, {_N("pain_after_note")},
       pain_before_symptoms, pain_after_symptoms, NULL
FROM (SELECT s.*, {_latest_pain("before", "p.score")} AS pain_before,
             {_latest_pain("after", "p.score")} AS pain_after,
             {_latest_pain("before", "p.note")} AS pain_before_note,
             {_latest_pain("after", "p.note")} AS pain_after_note,
             {_latest_pain("before", _symptoms_sql("p"))} AS pain_before_symptoms,
             {_latest_pain("after", _symptoms_sql("p"))} AS pain_after_symptoms
      FROM session s WHERE {_LIVE_SESSION} AND s.day {_RANGE}) AS s
UNION ALL
SELECT p.recorded_utc, 'pain', {local_time_sql("p.recorded_utc", "p.utc_offset_min")}, NULL,
       p.day, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, p.score, NULL, NULL,
       EXISTS (SELECT 1 FROM flare_day f WHERE f.day = p.day), {_N("p.note")}, NULL, NULL,
       NULL, NULL, {_symptoms_sql("p")}
FROM pain p LEFT JOIN session s ON s.id = p.session_id
WHERE p.context = 'spot' AND p.day {_RANGE} AND (p.session_id IS NULL OR {_LIVE_SESSION})
UNION ALL
SELECT f.day, 'flare_day', NULL, NULL, f.day, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, 1, {_N("f.note")}, NULL, NULL, NULL, NULL, NULL
FROM flare_day f WHERE f.day {_RANGE}
ORDER BY 5, 3, 1, 2
"""

_SESSIONS_COUNT_SQL = f"""
SELECT (SELECT count(*) FROM session s WHERE {_LIVE_SESSION} AND s.day {_RANGE})
     + (SELECT count(*) FROM pain p LEFT JOIN session s ON s.id = p.session_id
        WHERE p.context = 'spot' AND p.day {_RANGE} AND (p.session_id IS NULL OR {_LIVE_SESSION}))
     + (SELECT count(*) FROM flare_day f WHERE f.day {_RANGE})
"""

_SESSION_SHIFT = (
    f"(SELECT s.*, s.utc_offset_min || ' minutes' AS shift,"
    f" {offset_suffix_sql('s.utc_offset_min')} AS suffix"
    f" FROM session s WHERE {_LIVE_SESSION} AND s.day {_RANGE}) AS s"
)

_STEPS_SQL = f"""
SELECT s.started_utc, s.day, 'step', st.step_index, st.kind, {_N("st.exercise_id")},
       {_N("st.exercise_name")}, st.side, st.set_number, st.rep_number,
       round(st.planned_s, 3), round(st.actual_s, 3),
       {shifted_time_sql("st.started_utc", "s.shift", "s.suffix")},
       {shifted_time_sql("st.ended_utc", "s.shift", "s.suffix")}, st.skipped, NULL, NULL, NULL
FROM {_SESSION_SHIFT} JOIN step st ON st.session_id = s.id
UNION ALL
SELECT s.started_utc, s.day, 'this_hurts', h.step_index, NULL, {_N("h.exercise_id")},
       {_N("h.exercise_name")}, NULL, NULL, NULL, NULL, NULL,
       {local_time_sql("h.recorded_utc", "h.utc_offset_min")}, NULL, NULL, h.score, h.action,
       h.leg_or_nerve
FROM session s JOIN hurt_event h ON h.session_id = s.id
WHERE {_LIVE_SESSION} AND s.day {_RANGE}
ORDER BY 1, 4, 3, 13, 14
"""

_STEPS_COUNT_SQL = f"""
SELECT (SELECT count(*) FROM session s JOIN step st ON st.session_id = s.id
        WHERE {_LIVE_SESSION} AND s.day {_RANGE})
     + (SELECT count(*) FROM session s JOIN hurt_event h ON h.session_id = s.id
        WHERE {_LIVE_SESSION} AND s.day {_RANGE})
"""

_QUERIES = {
    ExportKind.SESSIONS: (SESSION_COLUMNS, _SESSIONS_SQL, _SESSIONS_COUNT_SQL),
    ExportKind.STEPS: (STEP_COLUMNS, _STEPS_SQL, _STEPS_COUNT_SQL),
}


def export_query(kind: ExportKind) -> str:
    """The SQL an export streams (the benchmark times a bare writer over the same query)."""
    return _QUERIES[kind][1]


def write_export(
    conn: sqlite3.Connection,
    stream: TextSink,
    kind: ExportKind,
    days: DateRange = DateRange(),
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> int:
    """Stream one export into an open text stream (opened with ``newline=""``); returns rows."""
    header, sql, count_sql = _QUERIES[kind]
    first, last = days.sql_bounds()
    bounds = {"first": first, "last": last}
    total = int(conn.execute(count_sql, bounds).fetchone()[0])
    cursor = conn.execute(sql, bounds)
    try:
        return stream_rows(stream, list(header), cursor, total, progress, should_cancel)
    finally:
        cursor.close()


def export_csv(
    conn: sqlite3.Connection,
    destination: Path,
    kind: ExportKind,
    days: DateRange = DateRange(),
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> ExportSummary:
    """Export to a file atomically: it appears complete, or not at all (old file kept)."""
    with atomic_output(destination) as stream:
        rows = write_export(conn, stream, kind, days, progress, should_cancel)
    logger.info("exported %d %s rows to %s", rows, kind.value, destination)
    return ExportSummary(rows=rows, destination=destination)

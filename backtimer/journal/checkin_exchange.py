"""The weekly activity check-ins as CSV: ``backtimer export --checkins`` and its import.

One row per rating: day, activity, score, note. The file follows the other exports' rules (UTF-8
with BOM, formula-safe text cells via ``export.neutralise_cell``, written atomically) and the
import is their mirror: a rating the journal already holds for that activity and day is a
duplicate and left alone, so importing a file twice changes nothing; a file goes in whole or not
at all, and a bad row names its line.
"""

from __future__ import annotations

import csv
import logging
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from backtimer.errors import UserFacingError
from backtimer.i18n import translate
from backtimer.journal.activities import ActivityError, ActivityJournal, clean_name
from backtimer.journal.csv_import import read_errors
from backtimer.journal.export import (
    DateRange,
    ExportSummary,
    TextSink,
    atomic_output,
    neutralise_cell,
    restore_cell,
)

logger = logging.getLogger(__name__)

CHECKIN_COLUMNS = ("day", "activity", "score", "note")
IMPORTED_AT = "12:00:00.000Z"
"""An imported rating has a day but no time: it is stored at noon UTC of that day."""


class CheckinImportError(UserFacingError):
    """The check-ins file cannot be imported; the message names the file and line."""


@dataclass
class CheckinImportSummary:
    path: Path
    added: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0

    def describe(self) -> str:
        ratings, activities = self.added["ratings"], self.added["activities"]
        if ratings == 1:
            added = translate("CheckinImport", "1 check-in rating")
        else:
            added = translate("CheckinImport", "{count} check-in ratings").format(count=ratings)
        if activities == 1:
            added = translate("CheckinImport", "{ratings} and 1 activity").format(ratings=added)
        elif activities:
            added = translate("CheckinImport", "{ratings} and {count} activities").format(
                ratings=added, count=activities
            )
        text = translate("CsvImport", "{file}: added {added}").format(
            file=self.path.name, added=added
        )
        if self.duplicates:
            text += translate("CsvImport", "; {count} already in the journal, skipped").format(
                count=self.duplicates
            )
        return text


def is_checkins_file(path: Path) -> bool:
    """True if the file's header is exactly the check-ins export's."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            return tuple(next(csv.reader(stream), [])) == CHECKIN_COLUMNS
    except (OSError, UnicodeDecodeError, csv.Error):
        return False


def write_checkins(
    conn: sqlite3.Connection, stream: TextSink, days: DateRange | None = None
) -> int:
    """Write the header and one row per rating, oldest first; returns the number of rows."""
    days = days or DateRange()
    ratings = ActivityJournal(conn).ratings(days.first, days.last)
    writer = csv.writer(stream)
    writer.writerow(CHECKIN_COLUMNS)
    writer.writerows(
        (r.day.isoformat(), neutralise_cell(r.activity), r.score, neutralise_cell(r.note))
        for r in ratings
    )
    return len(ratings)


def export_checkins(
    conn: sqlite3.Connection, destination: Path, days: DateRange | None = None
) -> ExportSummary:
    """Export to a file atomically (complete, or not at all)."""
    with atomic_output(destination) as stream:
        rows = write_checkins(conn, stream, days)
    logger.info("exported %d check-in ratings to %s", rows, destination)
    return ExportSummary(rows=rows, destination=destination)


def import_checkins(conn: sqlite3.Connection, path: Path) -> CheckinImportSummary:
    """Import a check-ins export in one transaction; activities are matched by name."""
    summary = CheckinImportSummary(path)
    activities = ActivityJournal(conn)
    with (
        read_errors(path, CheckinImportError),
        path.open(encoding="utf-8-sig", newline="") as stream,
        conn,
    ):
        rows = csv.reader(stream)
        if tuple(next(rows, [])) != CHECKIN_COLUMNS:
            raise CheckinImportError(
                translate(
                    "CheckinImport",
                    "{path} is not a check-ins file exported by Backtimer (its header row "
                    "should be {header}).",
                ).format(path=path, header=",".join(CHECKIN_COLUMNS))
            )
        for row in rows:
            try:
                _import_row(conn, activities, row, summary)
            except (ValueError, ActivityError) as error:
                raise CheckinImportError(
                    translate(
                        "CheckinImport",
                        "{path}:{line}: {error}. Nothing from this file was imported.",
                    ).format(path=path, line=rows.line_num, error=error)
                ) from error
    logger.info("imported %s", summary.describe())
    return summary


def _import_row(
    conn: sqlite3.Connection,
    activities: ActivityJournal,
    row: list[str],
    summary: CheckinImportSummary,
) -> None:
    if len(row) != len(CHECKIN_COLUMNS):
        raise ValueError(
            translate("CheckinImport", "it has a different number of cells than the header")
        )
    day_cell, name_cell, score_cell, note_cell = row
    try:
        day = date.fromisoformat(day_cell)
    except ValueError:
        raise ValueError(
            translate(
                "CheckinImport", "day: expected a date like 2026-11-24, got {day_cell!r}"
            ).format(day_cell=day_cell)
        ) from None
    try:
        score = int(score_cell)
    except ValueError:
        raise ValueError(
            translate(
                "CheckinImport", "score: expected a whole number 0–10, got {score_cell!r}"
            ).format(score_cell=score_cell)
        ) from None
    if not 0 <= score <= 10:
        raise ValueError(
            translate("CheckinImport", "score: expected a whole number 0–10, got {score}").format(
                score=score
            )
        )
    name = clean_name(restore_cell(name_cell))
    recorded = f"{day.isoformat()}T{IMPORTED_AT}"
    activity_id, added = activities.find_or_add(name, recorded)
    summary.added["activities"] += added
    cursor = conn.execute(
        "INSERT INTO activity_rating (activity_id, recorded_utc, utc_offset_min, day, score, note)"
        " VALUES (?, ?, 0, ?, ?, ?) ON CONFLICT (activity_id, day) DO NOTHING",
        (activity_id, recorded, day.isoformat(), score, restore_cell(note_cell)),
    )
    if cursor.rowcount:
        summary.added["ratings"] += 1
    else:
        summary.duplicates += 1

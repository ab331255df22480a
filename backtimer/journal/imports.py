"""Import a set of exported CSV files in the right order, for the command line and the app alike.

Sessions files go before steps files (steps need their sessions), check-ins files are recognised
by their own header; each file is imported whole or not at all. One function so ``backtimer
import`` and File → Import CSV… accept the same files and say the same things.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from backtimer.journal.checkin_exchange import (
    CheckinImportSummary,
    import_checkins,
    is_checkins_file,
)
from backtimer.journal.csv_import import ImportSummary, import_csv, peek_kind
from backtimer.journal.export import ExportKind

FileProgress = Callable[[int, int, Path], None]
"""Called as ``progress(files_done, files_total, next_file)`` before each file."""


def import_order(files: Sequence[Path]) -> list[Path]:
    """Sessions exports, then steps exports, then check-ins (stable within each group)."""

    def rank(path: Path) -> int:
        if is_checkins_file(path):
            return 2
        return 1 if peek_kind(path) is ExportKind.STEPS else 0

    return sorted(files, key=rank)


def import_files(
    conn: sqlite3.Connection, files: Sequence[Path], progress: FileProgress | None = None
) -> list[str]:
    """Import every file; returns one line per file saying what it added and skipped."""
    return [summary.describe() for summary in import_summaries(conn, files, progress)]


def import_summaries(
    conn: sqlite3.Connection, files: Sequence[Path], progress: FileProgress | None = None
) -> list[ImportSummary | CheckinImportSummary]:
    """Import every file; one summary per file, in the order imported."""
    ordered = import_order(files)
    summaries: list[ImportSummary | CheckinImportSummary] = []
    for done, path in enumerate(ordered):
        if progress is not None:
            progress(done, len(ordered), path)
        if is_checkins_file(path):
            summaries.append(import_checkins(conn, path))
        else:
            summaries.append(import_csv(conn, path))
    return summaries

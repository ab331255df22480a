"""Look at a journal file without changing it: schema version, full integrity check, row counts.

Used by ``backtimer journal check`` and to vet a backup before it may replace the journal; it
opens the file read-only and never migrates, so it works on any version and on damaged files.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from backtimer.i18n import translate
from backtimer.journal import db


@dataclass(frozen=True)
class JournalHealth:
    path: Path
    size_bytes: int
    schema_version: int
    problems: tuple[str, ...]
    """What ``PRAGMA integrity_check`` found (at most 20 lines); empty when the file is sound."""
    row_counts: dict[str, int]
    """Rows per journal table that exists in the file."""
    sessions_in_bin: int

    @property
    def is_backtimer_journal(self) -> bool:
        return self.schema_version >= 1 and set(db.V1_TABLES) <= set(self.row_counts)

    @property
    def is_empty(self) -> bool:
        """A new journal nothing was written to (zero bytes: SQLite reads it as no tables)."""
        return self.size_bytes == 0 and self.schema_version == 0 and not self.row_counts

    @property
    def is_sound(self) -> bool:
        return not self.problems


def inspect_journal(path: str | os.PathLike[str]) -> JournalHealth:
    """Read-only health report; a file that is not an SQLite database raises JournalCorruptError."""
    path = Path(path)
    db.require_regular_file(path)
    if not path.is_file():
        raise db.JournalError(
            translate(
                "Journal", "There is no journal at {path}. Check the path or --data-dir."
            ).format(path=path)
        )
    try:
        conn = db.connect_read_only(path, db.DEFAULT_BUSY_TIMEOUT_S)
    except sqlite3.Error as error:
        raise db.classify_error(error, path) from error
    try:
        version = db.schema_version(conn)
        problems = tuple(row[0] for row in conn.execute("PRAGMA integrity_check(20)"))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema")}
        counts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in db.TABLES
            if table in tables
        }
        in_bin = (
            conn.execute("SELECT count(*) FROM session WHERE deleted_utc IS NOT NULL").fetchone()[0]
            if "session" in tables
            else 0
        )
    except sqlite3.Error as error:
        raise db.classify_error(error, path) from error
    finally:
        conn.close()
    return JournalHealth(
        path=path,
        size_bytes=path.stat().st_size,
        schema_version=version,
        problems=() if problems == ("ok",) else problems,
        row_counts=counts,
        sessions_in_bin=in_bin,
    )

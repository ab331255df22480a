"""Backups of the journal, and restoring one, without ever leaving a half-written journal.

Copies go through SQLite's backup API, so content still in the WAL is included and a copy can be
taken while the app is recording. Every file is written to a temporary name in its final folder
and moved into place with ``os.replace``: a crash leaves the old file or the new one, never half.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from backtimer.i18n import translate
from backtimer.journal import db
from backtimer.journal.health import inspect_journal

logger = logging.getLogger(__name__)

KEEP_DAILY_BACKUPS = 7
_DAILY_NAME = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.sqlite3$")


class BackupError(db.JournalError):
    """A backup cannot be written, or a file offered for restore is not a usable journal."""


class NothingToBackUpError(BackupError):
    """There is no journal yet, or it is empty: not a failure, there is just nothing to copy."""


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    size_bytes: int


@dataclass(frozen=True)
class RestoreResult:
    schema_version: int
    """The restored file's schema; an older one is migrated the next time the journal opens."""
    kept_aside: Path | None
    """Where the journal that was replaced now lives (None if there was none)."""


def backup_to(
    journal_path: str | os.PathLike[str],
    destination: str | os.PathLike[str],
    *,
    busy_timeout_s: float | None = None,
) -> Path:
    """Copy the journal into ``destination`` (replaced atomically if it exists).

    Waits at most ``busy_timeout_s`` (default ``db.DEFAULT_BUSY_TIMEOUT_S``) for a program that
    holds the journal locked, then says so: SQLite's backup loop alone would wait forever.
    """
    journal_path, destination = Path(journal_path), Path(destination)
    wait_s = db.DEFAULT_BUSY_TIMEOUT_S if busy_timeout_s is None else busy_timeout_s
    db.require_regular_file(journal_path)
    if not journal_path.is_file() or db.is_empty_file(journal_path):
        raise NothingToBackUpError(
            translate(
                "Backup", "There is nothing to back up yet: no journal at {path} (or it is empty)."
            ).format(path=journal_path)
        )
    try:
        # Reads once: a lock held by another program shows up here, within the wait.
        source = db.connect_read_only(journal_path, wait_s)
    except sqlite3.Error as error:
        raise db.classify_error(error, journal_path) from error
    try:
        _write_atomically(source, destination, journal_path, wait_s)
    finally:
        source.close()
    logger.info("journal backed up to %s", destination)
    return destination


def backup_now(
    journal_path: str | os.PathLike[str],
    backups_dir: str | os.PathLike[str],
    at: datetime,
    keep: int = KEEP_DAILY_BACKUPS,
) -> Path:
    """Write today's backup ``journal-YYYY-MM-DD.sqlite3`` (local day of ``at``), keep ``keep``."""
    backups_dir = Path(backups_dir)
    destination = backups_dir / f"journal-{at.date().isoformat()}.sqlite3"
    backup_to(journal_path, destination)
    _prune(backups_dir, keep)
    return destination


def backup_if_due(
    journal_path: str | os.PathLike[str],
    backups_dir: str | os.PathLike[str],
    at: datetime,
    keep: int = KEEP_DAILY_BACKUPS,
) -> Path | None:
    """The automatic backup: at most one per day, so call it at every start or session end."""
    if not Path(journal_path).is_file() or db.is_empty_file(Path(journal_path)):
        return None
    if any(backup.day == at.date() for backup in list_backups(backups_dir)):
        return None
    return backup_now(journal_path, backups_dir, at, keep)


def list_backups(backups_dir: str | os.PathLike[str]) -> list[Backup]:
    """The automatic daily backups, newest first (other files in the folder are ignored)."""
    backups_dir = Path(backups_dir)
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.iterdir():
        match = _DAILY_NAME.match(path.name)
        if match and path.is_file():
            found.append(Backup(path, date.fromisoformat(match[1]), path.stat().st_size))
    return sorted(found, key=lambda backup: backup.day, reverse=True)


def validate_backup(backup_file: str | os.PathLike[str]) -> int:
    """Check a file is a complete journal this version understands; return its schema version."""
    backup_file = Path(backup_file)
    if backup_file.exists() and not backup_file.is_file():
        raise _not_a_backup(backup_file, "it is a folder, a named pipe or a device, not a file")
    if not backup_file.is_file():
        raise BackupError(
            translate("Backup", "There is no file {path}. Check the name and try again.").format(
                path=backup_file
            )
        )
    if db.is_empty_file(backup_file):  # SQLite reads it as a database with no tables
        raise _not_a_backup(backup_file, "it is empty")
    try:
        health = inspect_journal(backup_file)
    except db.JournalError as error:
        raise _not_a_backup(backup_file, "it is not an SQLite database") from error
    if health.problems:
        raise _not_a_backup(backup_file, "; ".join(health.problems[:3]))
    if health.schema_version > db.SCHEMA_VERSION:
        raise BackupError(
            translate(
                "Backup",
                "The backup {path} was written by a newer Backtimer (schema v{version}); "
                "this version understands up to v{supported}. Update Backtimer first. "
                "Nothing was changed.",
            ).format(path=backup_file, version=health.schema_version, supported=db.SCHEMA_VERSION)
        )
    if not health.is_backtimer_journal:
        raise _not_a_backup(backup_file, "it is an SQLite file but not a Backtimer journal")
    return health.schema_version


def restore(
    backup_file: str | os.PathLike[str],
    journal_path: str | os.PathLike[str],
    at: datetime,
    *,
    busy_timeout_s: float = db.DEFAULT_BUSY_TIMEOUT_S,
) -> RestoreResult:
    """Replace the journal with a validated backup, keeping the current journal aside first.

    Refused while another program has the journal open. A damaged current journal is kept
    aside byte for byte (with its -wal), since restoring is exactly what fixes it.
    """
    backup_file, journal_path = Path(backup_file), Path(journal_path)
    version = validate_backup(backup_file)
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    staged = _stage_copy(backup_file, journal_path)
    try:
        kept_aside = _keep_current_aside(journal_path, at, busy_timeout_s)
        os.replace(staged, journal_path)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    _fsync_folder(journal_path.parent)
    logger.info("journal restored from %s (previous kept as %s)", backup_file, kept_aside)
    return RestoreResult(version, kept_aside)


# --- internals ----------------------------------------------------------------------------------


def _stage_copy(backup_file: Path, journal_path: Path) -> Path:
    """The backup, copied under a temporary name beside the journal, ready for os.replace."""
    source = sqlite3.connect(f"{backup_file.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return _write_to_temp(source, journal_path, backup_file, db.DEFAULT_BUSY_TIMEOUT_S)
    finally:
        source.close()


def _write_atomically(
    source: sqlite3.Connection, destination: Path, subject: Path, wait_s: float
) -> None:
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _cannot_write(destination, error) from error
    temp = _write_to_temp(source, destination, subject, wait_s)
    try:
        os.replace(temp, destination)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _cannot_write(destination, error) from error
    _fsync_folder(destination.parent)


class _LockWaitOver(Exception):
    """The source stayed locked past the wait; raised inside the backup's progress callback."""


_WRITE_SIDE_CODES = (
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_PERM,
)
"""Errors of a backup that concern the copy being written, not the journal read from."""


def _write_to_temp(
    source: sqlite3.Connection, destination: Path, subject: Path, wait_s: float
) -> Path:
    """Backup-API copy into a temp file in ``destination``'s folder, self-contained and synced.

    ``subject`` is the file read from, named when *it* is the problem (locked, damaged); a full
    or unwritable destination is blamed on the destination.
    """
    try:
        handle, name = tempfile.mkstemp(
            dir=destination.parent, prefix=f".{destination.stem}-", suffix=".tmp"
        )
        os.close(handle)
    except OSError as error:
        raise _cannot_write(destination, error) from error
    temp = Path(name)
    deadline = time.monotonic() + wait_s

    def give_up_when_locked_too_long(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _LockWaitOver

    try:
        target = sqlite3.connect(temp)
        try:
            source.backup(target, progress=give_up_when_locked_too_long)
            # A backup must be one file: no -wal beside it that could get separated from it.
            target.execute("PRAGMA journal_mode = DELETE")
            # A damaged journal's copy must not push a sound daily backup out of the seven kept.
            damage = [row[0] for row in target.execute("PRAGMA quick_check(3)")]
        finally:
            target.close()
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
    except _LockWaitOver as error:
        temp.unlink(missing_ok=True)
        raise db.JournalLockedError(_locked_message(subject)) from error
    except sqlite3.Error as error:
        temp.unlink(missing_ok=True)
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in _WRITE_SIDE_CODES:
            raise _cannot_write(destination, error) from error
        raise db.classify_error(error, subject) from error
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _cannot_write(destination, error) from error
    if damage != ["ok"]:
        temp.unlink(missing_ok=True)
        raise db.JournalCorruptError(
            translate(
                "Backup",
                "The journal {subject} is damaged ({damage}), so no backup was made and "
                "the backups you have are kept. Restore one with: backtimer restore FILE",
            ).format(subject=subject, damage="; ".join(damage))
        )
    return temp


def _locked_message(path: Path) -> str:
    return translate(
        "Backup",
        "The journal {path} is locked by another program, so it could not be "
        "copied. Close the program that has it open (often another Backtimer "
        "window), then try again.",
    ).format(path=path)


def _keep_current_aside(journal_path: Path, at: datetime, busy_timeout_s: float) -> Path | None:
    if not journal_path.exists():
        return None
    _fold_wal_into_main_file(journal_path, busy_timeout_s)
    aside = db.free_name(
        journal_path.with_name(f"{journal_path.stem}.before-restore-{db.file_stamp(at)}.sqlite3")
    )
    try:
        shutil.copyfile(journal_path, aside)
        for suffix in ("-wal", "-shm"):
            sidecar = Path(f"{journal_path}{suffix}")
            if sidecar.exists():  # only left beside a damaged journal; keep it with the copy
                shutil.copyfile(sidecar, Path(f"{aside}{suffix}"))
                sidecar.unlink()
    except OSError as error:
        raise _cannot_write(aside, error) from error
    return aside


def _fold_wal_into_main_file(journal_path: Path, busy_timeout_s: float) -> None:
    """Checkpoint and leave WAL mode, so the main file alone is the whole journal.

    Leaving WAL needs exclusive access, which doubles as the check that no other Backtimer
    has the journal open. A damaged journal is left as it is, to be copied aside whole.
    """
    try:
        conn = sqlite3.connect(journal_path, timeout=busy_timeout_s)
    except sqlite3.Error as error:
        raise db.classify_error(error, journal_path) from error
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.Error as error:
        problem = db.classify_error(error, journal_path)
        if not isinstance(problem, db.JournalCorruptError):
            raise problem from error
    finally:
        conn.close()


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _prune(backups_dir: Path, keep: int) -> None:
    for old in list_backups(backups_dir)[keep:]:
        try:
            old.path.unlink()
        except OSError as error:
            logger.warning("could not remove old backup %s: %s", old.path, error)


def _not_a_backup(path: Path, detail: str) -> BackupError:
    return BackupError(
        translate(
            "Backup",
            "The file {path} cannot be restored: it is damaged or not a Backtimer "
            "journal ({detail}). Choose another backup; your journal was not changed.",
        ).format(path=path, detail=detail)
    )


def _cannot_write(path: Path, error: OSError | sqlite3.Error) -> BackupError:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL or getattr(error, "errno", None) == errno.ENOSPC:
        reason = translate("Backup", "the disk it is on is full")
    else:
        reason = getattr(error, "strerror", None) or str(error)
    return BackupError(
        translate(
            "Backup",
            "Could not write {path}: {reason}. Nothing was written there; check that "
            "the folder exists, is writable and has free space.",
        ).format(path=path, reason=reason)
    )

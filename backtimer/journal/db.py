"""Open the journal database safely: pragmas, schema migrations and plain-words errors.

The journal is the user's record of months of exercise and pain; nothing here may lose it. So a
file we do not understand (corrupt, foreign, written by a newer Backtimer) is refused without a
single byte changed, and an existing journal is copied aside before any migration touches it.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from backtimer.errors import UserFacingError
from backtimer.i18n import translate

logger = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT_S = 3.0


class JournalError(UserFacingError):
    """The journal file cannot be used as it is; the message says why and what to do."""


class JournalCorruptError(JournalError):
    """The file is not a database, is damaged, or is not a Backtimer journal (left untouched)."""


class JournalLockedError(JournalError):
    """Another program (often a second Backtimer) holds the journal's write lock."""


class JournalReadOnlyError(JournalError):
    """The journal file or its folder cannot be written; it can still be opened read-only."""


class JournalTooNewError(JournalError):
    """The journal was written by a newer Backtimer whose schema this version does not know."""


class JournalDiskFullError(JournalError):
    """The disk holding the journal is full, so nothing more can be recorded."""


class JournalEmptyError(JournalError):
    """The journal file exists but holds nothing yet (zero bytes, or no tables): a new journal."""


def utc_now() -> datetime:
    return datetime.now(UTC)


# --- schema ---------------------------------------------------------------------------------
# Each migration is a list of statements run in ONE transaction together with the version bump.
# Never edit a migration once released: add a new one. docs/data-format.md documents the result.

_V1_CREATE_SCHEMA = (
    """
    CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_title TEXT NOT NULL,
        planned_s REAL NOT NULL,
        started_utc TEXT NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        day TEXT NOT NULL,
        ended_utc TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('in_progress', 'completed', 'stopped', 'interrupted')),
        note TEXT NOT NULL DEFAULT '',
        deleted_utc TEXT
    )""",
    """
    CREATE TABLE step (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        step_index INTEGER NOT NULL,
        kind TEXT NOT NULL,
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        side TEXT CHECK (side IN ('left', 'right')),
        set_number INTEGER NOT NULL,
        rep_number INTEGER NOT NULL,
        planned_s REAL NOT NULL,
        actual_s REAL NOT NULL,
        started_utc TEXT NOT NULL,
        ended_utc TEXT NOT NULL,
        skipped INTEGER NOT NULL CHECK (skipped IN (0, 1))
    )""",
    """
    CREATE TABLE pain (
        id INTEGER PRIMARY KEY,
        recorded_utc TEXT NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        day TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        context TEXT NOT NULL CHECK (context IN ('before', 'after', 'spot')),
        session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT ''
    )""",
    """
    CREATE TABLE hurt_event (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        step_index INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        recorded_utc TEXT NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        day TEXT NOT NULL,
        score INTEGER CHECK (score BETWEEN 0 AND 10),
        action TEXT NOT NULL CHECK (action IN ('easier', 'skipped', 'stopped', 'continued'))
    )""",
    """
    CREATE TABLE flare_day (
        day TEXT PRIMARY KEY,
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX session_by_day ON session(day)",
    "CREATE INDEX step_by_session ON step(session_id)",
    "CREATE INDEX pain_by_day ON pain(day, context)",
    "CREATE INDEX pain_by_session ON pain(session_id)",
    "CREATE INDEX hurt_event_by_session ON hurt_event(session_id)",
    "CREATE INDEX hurt_event_by_day ON hurt_event(day)",
)

# v2: perceived effort of a whole session (0 = none, 10 = maximal), asked with the "after" pain
# score; NULL when the user skipped the question or for sessions recorded before v2.
_V2_SESSION_EFFORT = (
    "ALTER TABLE session ADD COLUMN effort INTEGER CHECK (effort BETWEEN 0 AND 10)",
)

# v3: what a session was planned to hold (so every view counts "n of m" from the journal alone);
# symptoms that come with a pain score or a "this hurts" (they change the safety advice and the
# progression rule); the weekly activity check-in; and the person's course (12-week plan start,
# flare mode, check-in state), which belongs with the journal so backups and moves keep it.
_V3_COURSE_AND_SYMPTOMS = (
    "ALTER TABLE session ADD COLUMN steps_planned INTEGER CHECK (steps_planned >= 0)",
    "ALTER TABLE pain ADD COLUMN leg_pain INTEGER NOT NULL DEFAULT 0 CHECK (leg_pain IN (0, 1))",
    "ALTER TABLE pain ADD COLUMN nerve_symptoms INTEGER NOT NULL DEFAULT 0"
    " CHECK (nerve_symptoms IN (0, 1))",
    "ALTER TABLE pain ADD COLUMN urgent_symptoms INTEGER NOT NULL DEFAULT 0"
    " CHECK (urgent_symptoms IN (0, 1))",
    "ALTER TABLE hurt_event ADD COLUMN leg_or_nerve INTEGER NOT NULL DEFAULT 0"
    " CHECK (leg_or_nerve IN (0, 1))",
    """
    CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_utc TEXT NOT NULL,
        retired_utc TEXT
    )""",
    """
    CREATE TABLE activity_rating (
        id INTEGER PRIMARY KEY,
        activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        recorded_utc TEXT NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        day TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (activity_id, day)
    )""",
    "CREATE INDEX activity_rating_by_day ON activity_rating(day)",
    """
    CREATE TABLE course_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
)

MIGRATIONS: tuple[Sequence[str], ...] = (
    _V1_CREATE_SCHEMA,
    _V2_SESSION_EFFORT,
    _V3_COURSE_AND_SYMPTOMS,
)
"""MIGRATIONS[n] takes a journal from schema version n to n + 1."""

SCHEMA_VERSION = len(MIGRATIONS)
V1_TABLES = ("session", "step", "pain", "hurt_event", "flare_day")
"""Every journal since v1 has these: a file without them is not ours."""
TABLES = (
    "session",
    "step",
    "pain",
    "hurt_event",
    "flare_day",
    "activity",
    "activity_rating",
    "course_state",
)


# --- opening ------------------------------------------------------------------------------------


def open_database(
    path: str | os.PathLike[str],
    *,
    busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
    now: Callable[[], datetime] = utc_now,
) -> sqlite3.Connection:
    """Open (creating if needed) the journal at ``path``, migrated to ``SCHEMA_VERSION``.

    Checks run read-only first, so a corrupt, foreign or too-new file is refused unchanged. The
    connection uses WAL + synchronous=FULL: every committed step survives a crash or power cut.
    ``now`` only names the aside copy made before a migration.
    """
    path = Path(path)
    require_regular_file(path)
    _check_writable(path)
    if (refusal := _unusable_sidecar(path)) is not None:  # before SQLite rewrites the header
        raise refusal
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level="IMMEDIATE")
    except sqlite3.Error as error:
        raise classify_error(error, path) from error
    try:
        _prepare(conn, path, busy_timeout_s, now)
    except BaseException as error:
        conn.close()
        if isinstance(error, sqlite3.Error):
            raise classify_error(error, path) from error
        raise
    return conn


def _unusable_sidecar(path: Path) -> JournalReadOnlyError | None:
    """SQLite's -wal or -shm beside the journal that this user cannot read and write: SQLite
    only says "unable to open database file", which points at the wrong file."""
    for sidecar in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if sidecar.exists() and not os.access(sidecar, os.R_OK | os.W_OK):
            return JournalReadOnlyError(
                translate(
                    "Journal",
                    "Cannot open the journal {path}: SQLite's file beside it, {sidecar}, "
                    "cannot be read or written. Give it the journal's owner and permissions "
                    "(or remove it if no Backtimer is running), then try again.",
                ).format(path=path, sidecar=sidecar.name)
            )
    return None


def connect_read_only(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    """A read-only connection to any SQLite file, whatever its version (health checks, backups).

    As in ``open_read_only``: where SQLite cannot create its shared-memory file (a read-only
    folder) or would have to roll back a stale journal it cannot write, the file is read as
    immutable instead of being refused as "not writable". A lock still answers as a lock.
    """
    for query in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?{query}", uri=True, timeout=busy_timeout_s
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            return conn
        except sqlite3.Error as error:
            conn.close()
            code = getattr(error, "sqlite_errorcode", 0) & 0xFF
            if "immutable" in query or code not in (
                sqlite3.SQLITE_READONLY,
                sqlite3.SQLITE_CANTOPEN,
            ):
                raise
    raise AssertionError("unreachable")  # the immutable attempt returns or raises


def open_read_only(
    path: str | os.PathLike[str], *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S
) -> sqlite3.Connection:
    """Open the journal for reading only, e.g. to view or export it from a read-only folder.

    No migration happens, so a journal older than ``SCHEMA_VERSION`` is refused here: open it
    once with write access (or restore it into a writable folder) to upgrade it. In a folder
    where SQLite cannot create its shared-memory file, the file is read as immutable (a -wal
    left there by a crash is then not seen: its last steps show once the folder is writable).
    """
    path = Path(path)
    require_regular_file(path)
    if not path.is_file():
        raise JournalError(
            translate(
                "Journal", "There is no journal at {path}. Check the path or --data-dir."
            ).format(path=path)
        )
    if is_empty_file(path):
        raise _empty_error(path)
    try:
        return _open_read_only(path, busy_timeout_s, "mode=ro")
    except sqlite3.Error as error:
        if error.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            raise classify_error(error, path) from error
    try:
        return _open_read_only(path, busy_timeout_s, "mode=ro&immutable=1")
    except sqlite3.Error as error:
        raise classify_error(error, path) from error


def open_for_reading(
    path: str | os.PathLike[str], *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S
) -> sqlite3.Connection:
    """Like ``open_read_only``, but a journal not written yet reads as an empty journal.

    On a brand-new data folder there is no journal file, or an empty one; exporting or reporting
    it should say "nothing yet" (a CSV with its header, a report with no sessions), not fail.
    """
    path = Path(path)
    if not path.exists():
        return empty_journal()
    try:
        return open_read_only(path, busy_timeout_s=busy_timeout_s)
    except JournalEmptyError:
        return empty_journal()


def empty_journal() -> sqlite3.Connection:
    """An in-memory journal at the current schema, holding nothing."""
    conn = sqlite3.connect(":memory:", isolation_level="IMMEDIATE")
    apply_migrations(conn)
    return conn


def require_regular_file(path: Path) -> None:
    """Refuse a journal path that is a named pipe, device or socket: SQLite would open it and then
    wait for ever for the header it reads (a missing file is fine: it is created)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISDIR(mode):
        raise JournalCorruptError(
            translate(
                "Journal",
                "{path} is a folder, not a journal. Move it aside or choose another --data-dir.",
            ).format(path=path)
        )
    if not stat.S_ISREG(mode):
        raise JournalCorruptError(
            translate(
                "Journal",
                "{path} is not a regular file (a named pipe or device), so it was not "
                "opened as the journal. Move it aside or choose another --data-dir.",
            ).format(path=path)
        )


def is_empty_file(path: Path) -> bool:
    """Zero bytes and no write-ahead log beside it: SQLite's idea of a brand-new database."""
    try:
        if path.stat().st_size:
            return False
        wal = Path(f"{path}-wal")
        return not wal.exists() or wal.stat().st_size == 0
    except OSError:
        return False


def keep_aside(path: str | os.PathLike[str], at: datetime | None = None) -> Path:
    """Rename an unusable journal to ``journal.corrupt-<timestamp>.sqlite3`` and return it.

    The bytes stay exactly as they were (with any -wal/-shm beside them, renamed to match), so
    they can still be rescued; the original name is then free for a fresh journal.
    """
    path = Path(path)
    aside = free_name(path.with_name(f"{path.stem}.corrupt-{file_stamp(at or utc_now())}.sqlite3"))
    try:
        os.rename(path, aside)
        for suffix in ("-wal", "-shm"):
            sidecar = Path(f"{path}{suffix}")
            if sidecar.exists():
                os.rename(sidecar, Path(f"{aside}{suffix}"))
    except OSError as error:
        raise JournalReadOnlyError(
            translate(
                "Journal",
                "Could not move the damaged journal {path} aside: {reason}. Move or "
                "rename it yourself, then start Backtimer again.",
            ).format(path=path, reason=error.strerror or error)
        ) from error
    logger.warning("kept unusable journal aside as %s", aside)
    return aside


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply_migrations(conn: sqlite3.Connection, up_to: int = SCHEMA_VERSION) -> None:
    """Run the pending migrations, each in its own transaction that also bumps user_version.

    Public (with ``up_to``) so the test-fixture script can build journals of older versions.
    """
    for version in range(schema_version(conn), up_to):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
        logger.info("journal schema migrated to v%d", version + 1)


def classify_error(error: sqlite3.Error, path: Path) -> JournalError:
    """Turn an SQLite error met while using the journal into the error a user can act on."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    detail = str(error)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return JournalLockedError(
            translate(
                "Journal",
                "The journal {path} is locked: it is in use by another program, probably "
                "another Backtimer window. Close it and try again.",
            ).format(path=path)
        )
    if code == sqlite3.SQLITE_READONLY:
        return _read_only_error(path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return _corrupt_error(path, detail)
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _disk_nearly_full(path)):
        return JournalDiskFullError(
            translate(
                "Journal",
                "The disk holding the journal {path} is full. Free some space, then try "
                "again; what was recorded so far is safe.",
            ).format(path=path)
        )
    if code == sqlite3.SQLITE_CANTOPEN and (refusal := _unusable_sidecar(path)) is not None:
        return refusal
    if code == sqlite3.SQLITE_CANTOPEN:
        return JournalReadOnlyError(
            translate(
                "Journal",
                "Cannot open the journal {path} ({detail}). Check that the folder exists "
                "and is writable, or choose another one with --data-dir.",
            ).format(path=path, detail=detail)
        )
    return JournalError(
        translate("Journal", "The journal {path} could not be used: {detail}.").format(
            path=path, detail=detail
        )
    )


# --- internals ----------------------------------------------------------------------------------

_NEARLY_FULL_BYTES = 1 << 20


def _disk_nearly_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has under 1 MiB free: then an I/O error (SQLite fails
    to grow its -shm or -wal as "disk I/O error") is really a full disk."""
    try:
        stats = os.statvfs(path.parent)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False
    return stats.f_bavail * stats.f_frsize < _NEARLY_FULL_BYTES


def _open_read_only(path: Path, busy_timeout_s: float, query: str) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?{query}", uri=True, timeout=busy_timeout_s)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        version = _read_checks(conn, path)
    except BaseException:
        conn.close()
        raise
    if version == 0 and not _has_tables(conn):
        conn.close()
        raise _empty_error(path)
    if version != SCHEMA_VERSION:
        conn.close()
        raise JournalReadOnlyError(
            translate(
                "Journal",
                "The journal {path} uses schema v{version} and must be upgraded to "
                "v{supported}, which needs write access. Open it once from a writable "
                "folder, then try again.",
            ).format(path=path, version=version, supported=SCHEMA_VERSION)
        )
    return conn


def _prepare(
    conn: sqlite3.Connection, path: Path, busy_timeout_s: float, now: Callable[[], datetime]
) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
    version = _read_checks(conn, path)
    if version < SCHEMA_VERSION and _has_tables(conn):
        _copy_aside_before_migration(conn, path, version + 1, now())
    if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
        raise JournalError(
            translate("Journal", "The journal {path} could not be switched to WAL mode.").format(
                path=path
            )
        )
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Take and release the write lock now, so "locked" and "read-only" show up at open time
    # rather than when the first step of a session is recorded.
    conn.execute("BEGIN IMMEDIATE")
    conn.rollback()
    apply_migrations(conn)


def _read_checks(conn: sqlite3.Connection, path: Path) -> int:
    """Checks that only read: a file we refuse here is left exactly as it was."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise JournalTooNewError(
            translate(
                "Journal",
                "This journal was written by a newer Backtimer (schema v{version}); this "
                "version understands up to v{supported}. Update Backtimer; your journal "
                "was not changed. ({path})",
            ).format(version=version, supported=SCHEMA_VERSION, path=path)
        )
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise _corrupt_error(path, "; ".join(problems))
    if _missing_tables(conn, version):
        raise JournalCorruptError(
            translate(
                "Journal",
                "The file {path} is an SQLite database but not a Backtimer journal, so "
                "it was left untouched. Move it elsewhere or choose another folder with "
                "--data-dir.",
            ).format(path=path)
        )
    return version


def _missing_tables(conn: sqlite3.Connection, version: int) -> bool:
    """A foreign SQLite file: tables but no version, or a version without our tables."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    return bool(names) if version == 0 else not set(V1_TABLES) <= names


def _has_tables(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0)


def _copy_aside_before_migration(
    conn: sqlite3.Connection, path: Path, target: int, at: datetime
) -> Path:
    """Copy the journal to ``<name>.before-v<target>-<stamp>.sqlite3`` before upgrading it.

    With no pending WAL the main file IS the journal, so it is copied byte for byte; otherwise
    the backup API is used so the committed content still in the WAL is included.
    """
    aside = free_name(path.with_name(f"{path.stem}.before-v{target}-{file_stamp(at)}.sqlite3"))
    wal = Path(f"{path}-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            with sqlite3.connect(aside) as target_conn:
                conn.backup(target_conn)
            target_conn.close()
        else:
            shutil.copyfile(path, aside)
    except OSError as error:
        raise JournalReadOnlyError(
            translate(
                "Journal",
                "Could not save a copy of the journal before upgrading it ({aside}): "
                "{reason}. Free some space or fix the folder's permissions; the journal "
                "was not changed.",
            ).format(aside=aside, reason=error.strerror or error)
        ) from error
    logger.info("copied journal aside to %s before migrating to v%d", aside, target)
    return aside


def _check_writable(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise JournalReadOnlyError(
            translate(
                "Journal",
                "Cannot create the folder {folder} for the journal: {reason}. Choose "
                "another folder with --data-dir.",
            ).format(folder=folder, reason=error.strerror or error)
        ) from error
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise _read_only_error(path)


def _empty_error(path: Path) -> JournalEmptyError:
    return JournalEmptyError(
        translate(
            "Journal",
            "The journal {path} is empty: it is new and nothing has been recorded in it yet.",
        ).format(path=path)
    )


def _read_only_error(path: Path) -> JournalReadOnlyError:
    return JournalReadOnlyError(
        translate(
            "Journal",
            "The journal {path} or its folder is not writable, so nothing could be "
            "recorded. Fix the permissions, or choose another folder with "
            "--data-dir; the journal can still be viewed read-only.",
        ).format(path=path)
    )


def _corrupt_error(path: Path, detail: str) -> JournalCorruptError:
    return JournalCorruptError(
        translate(
            "Journal",
            "The journal {path} is damaged or is not a database ({detail}). It was "
            "left exactly as it is. Restore a backup (backtimer restore FILE), or "
            "move it aside and start a fresh journal.",
        ).format(path=path, detail=detail)
    )


def file_stamp(at: datetime) -> str:
    """A moment as it appears in file names: UTC, sortable, no characters Windows refuses."""
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def free_name(candidate: Path) -> Path:
    """Never overwrite an earlier copy made in the same second: add -2, -3, ..."""
    stem, counter = candidate.name.removesuffix(".sqlite3"), 2
    while candidate.exists():
        candidate = candidate.with_name(f"{stem}-{counter}.sqlite3")
        counter += 1
    return candidate

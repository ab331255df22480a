"""Opening the journal: pragmas, migrations with aside copies, and refusing files without harm."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from backtimer.journal import db
from backtimer.journal.db import (
    SCHEMA_VERSION,
    JournalCorruptError,
    JournalLockedError,
    JournalReadOnlyError,
    JournalTooNewError,
    keep_aside,
    open_database,
    open_read_only,
)
from backtimer.journal.journal import Journal
from tests.core.journal.testkit import FAST_TIMEOUT_S, T0, make_step

PAGE = 4096


def _open(path: Path) -> sqlite3.Connection:
    return open_database(path, busy_timeout_s=FAST_TIMEOUT_S, now=lambda: T0)


def _asides(folder: Path, kind: str) -> list[Path]:
    return sorted(folder.glob(f"journal.{kind}-*.sqlite3"))


def test_new_journal_gets_current_schema_and_durable_pragmas(journal_path: Path) -> None:
    """A fresh journal is created at the current version with WAL, FULL sync and foreign keys."""
    conn = _open(journal_path)
    try:
        assert db.schema_version(conn) == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 50
    finally:
        conn.close()
    assert list(journal_path.parent.glob("*.before-*")) == []  # nothing to copy aside


def test_every_fixture_version_has_a_fixture_file() -> None:
    """Each schema version before the current one has a committed fixture to migrate from."""
    from tests.core.journal.testkit import FIXTURES

    assert sorted(p.name for p in FIXTURES.glob("journal-v*.sqlite3")) == [
        f"journal-v{version}.sqlite3" for version in range(SCHEMA_VERSION)
    ]


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_each_old_version_to_current(
    version: int, fixture_copy: Callable[[int], Path]
) -> None:
    """A fixture of every older version opens at the current schema with its rows intact."""
    path = fixture_copy(version)
    before = path.read_bytes()
    with Journal(_open(path), path) as journal:
        assert db.schema_version(journal.connection) == SCHEMA_VERSION
        sessions = journal.sessions(include_deleted=True)
    asides = _asides(path.parent, f"before-v{version + 1}")
    if version == 0:
        assert sessions == []
        assert asides == []  # an empty file holds nothing worth copying
    else:
        assert [s.id for s in sessions] == [1, 2, 3]
        effort = 6 if version >= 2 else None  # asked from v2 on
        assert (sessions[0].pain_before, sessions[0].pain_after, sessions[0].effort) == (
            6,
            4,
            effort,
        )
        assert (sessions[0].steps_completed, sessions[0].steps_skipped) == (2, 1)
        assert sessions[0].done_s == pytest.approx(47.2)
        assert [a.name for a in asides] == [
            f"journal.before-v{version + 1}-20261124T075710Z.sqlite3"
        ]
        assert asides[0].read_bytes() == before


def test_v1_to_v2_adds_effort_column(fixture_copy: Callable[[int], Path]) -> None:
    """The v2 migration adds session.effort, NULL for old sessions and limited to 0-10."""
    conn = _open(fixture_copy(1))
    try:
        assert conn.execute("SELECT count(*) FROM session WHERE effort IS NULL").fetchone()[0] == 3
        with pytest.raises(sqlite3.IntegrityError), conn:
            conn.execute("UPDATE session SET effort = 11 WHERE id = 1")
    finally:
        conn.close()


def test_failed_migration_leaves_version_and_schema_unchanged(
    fixture_copy: Callable[[int], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A migration that fails half-way is rolled back whole, version bump included."""
    broken = (
        *db.MIGRATIONS[:-1],
        ("ALTER TABLE session ADD COLUMN steps_planned INTEGER", "NOT SQL"),
    )
    monkeypatch.setattr(db, "MIGRATIONS", broken)
    path = fixture_copy(SCHEMA_VERSION - 1)
    with pytest.raises(db.JournalError):
        _open(path)
    conn = sqlite3.connect(path)
    try:
        assert db.schema_version(conn) == SCHEMA_VERSION - 1
        columns = {row[1] for row in conn.execute("PRAGMA table_info(session)")}
        assert "steps_planned" not in columns
    finally:
        conn.close()


def test_aside_copy_includes_content_still_in_the_wal(journal_path: Path) -> None:
    """Before migrating a journal with un-checkpointed WAL, the aside copy holds those rows too."""
    holder = sqlite3.connect(journal_path)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    db.apply_migrations(holder, up_to=1)
    with holder:
        holder.execute("INSERT INTO flare_day VALUES ('2026-11-01', 'only in the WAL')")
    # The holder stays open so the WAL is not checkpointed into the main file on close.
    try:
        _open(journal_path).close()
        (aside,) = _asides(journal_path.parent, "before-v2")
        copy = sqlite3.connect(aside)
        assert copy.execute("SELECT note FROM flare_day").fetchall() == [("only in the WAL",)]
        copy.close()
    finally:
        holder.close()


def test_too_new_journal_is_refused_unchanged(journal_path: Path) -> None:
    """A journal from a newer Backtimer is refused with the versions named, and not modified."""
    _open(journal_path).close()
    conn = sqlite3.connect(journal_path)
    conn.execute("PRAGMA user_version = 5")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = journal_path.read_bytes()
    with pytest.raises(JournalTooNewError) as caught:
        _open(journal_path)
    assert "newer Backtimer (schema v5)" in str(caught.value)
    assert f"understands up to v{SCHEMA_VERSION}" in str(caught.value)
    assert "your journal was not changed" in str(caught.value)
    assert journal_path.read_bytes() == before


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(8 * PAGE))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _page_zeroed(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[PAGE : 2 * PAGE] = bytes(PAGE)  # page 2: the first table's b-tree root
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_random_bytes, _truncated, _page_zeroed])
def test_corrupt_file_is_refused_and_left_byte_identical(
    damage: Callable[[Path], None], fixture_copy: Callable[[int], Path]
) -> None:
    """Random bytes, a truncated file or a zeroed page raise JournalCorruptError, file untouched."""
    path = fixture_copy(1)
    damage(path)
    before = path.read_bytes()
    with pytest.raises(JournalCorruptError) as caught:
        _open(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert _asides(path.parent, "before-v2") == []


def test_foreign_sqlite_file_is_refused_unchanged(journal_path: Path) -> None:
    """An SQLite file from another program is not mistaken for an empty journal and migrated."""
    conn = sqlite3.connect(journal_path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    before = journal_path.read_bytes()
    with pytest.raises(JournalCorruptError, match="not a Backtimer journal"):
        _open(journal_path)
    assert journal_path.read_bytes() == before


def test_keep_aside_frees_the_name_for_a_fresh_journal(journal_path: Path) -> None:
    """keep_aside renames the damaged file with its bytes intact, and a fresh journal opens."""
    _random_bytes(journal_path)
    before = journal_path.read_bytes()
    aside = keep_aside(journal_path, T0)
    assert aside.name == "journal.corrupt-20261124T075710Z.sqlite3"
    assert aside.read_bytes() == before
    _open(journal_path).close()
    assert keep_aside(journal_path, T0).name == "journal.corrupt-20261124T075710Z-2.sqlite3"


def test_locked_journal_raises_within_the_busy_timeout(journal_path: Path) -> None:
    """While another connection holds the write lock, opening gives JournalLockedError."""
    _open(journal_path).close()
    other = sqlite3.connect(journal_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(JournalLockedError, match="another Backtimer"):
            _open(journal_path)
    finally:
        other.close()


def test_write_while_locked_raises_locked_error(journal: Journal) -> None:
    """A write blocked beyond the busy timeout becomes JournalLockedError, not a crash."""
    session_id = journal.start_session("r", "R", 60.0, T0)
    other = sqlite3.connect(journal.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(JournalLockedError):
            journal.record_step(session_id, make_step(0))
    finally:
        other.close()
    journal.record_step(session_id, make_step(0))  # and it works again once released


AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NEEDS_PERMISSIONS = pytest.mark.skipif(
    AS_ROOT, reason="root ignores file permissions; see the simulated read-only tests below"
)


@NEEDS_PERMISSIONS
@pytest.mark.parametrize("lock_down", ["file", "folder"])
def test_unwritable_file_or_folder_raises_read_only(journal_path: Path, lock_down: str) -> None:
    """A read-only journal file or folder gives JournalReadOnlyError; read-only opening works."""
    _open(journal_path).close()
    target = journal_path if lock_down == "file" else journal_path.parent
    mode = target.stat().st_mode
    target.chmod(0o444 if lock_down == "file" else 0o555)
    try:
        with pytest.raises(JournalReadOnlyError):
            _open(journal_path)
        conn = open_read_only(journal_path)
        assert conn.execute("SELECT count(*) FROM session").fetchone()[0] == 0
        conn.close()
    finally:
        target.chmod(mode)


def test_access_check_reports_read_only_before_sqlite_tries(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the OS says the file is not writable, opening fails with JournalReadOnlyError."""
    _open(journal_path).close()
    monkeypatch.setattr(db.os, "access", lambda path, mode: Path(path) != journal_path)
    with pytest.raises(JournalReadOnlyError, match="not writable"):
        _open(journal_path)


def test_write_on_read_only_connection_raises_read_only(journal_path: Path) -> None:
    """A write refused by SQLite as read-only (simulated with mode=ro) is JournalReadOnlyError."""
    _open(journal_path).close()
    journal = Journal(open_read_only(journal_path), journal_path)
    try:
        assert journal.session_count() == 0
        with pytest.raises(JournalReadOnlyError):
            journal.start_session("r", "R", 60.0, T0)
    finally:
        journal.close()


def test_read_only_open_refuses_a_journal_that_needs_migrating(
    fixture_copy: Callable[[int], Path],
) -> None:
    """open_read_only cannot migrate, so an old journal is refused (and left unchanged)."""
    path = fixture_copy(1)
    before = path.read_bytes()
    with pytest.raises(JournalReadOnlyError, match="must be upgraded"):
        open_read_only(path)
    assert path.read_bytes() == before

"""Daily backups rotate, and restore swaps a validated backup in without losing the old journal."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from backtimer.journal import Journal, JournalLockedError, db
from backtimer.journal import backup as backups
from backtimer.journal.backup import BackupError
from tests.core.journal.testkit import FAST_TIMEOUT_S, T0, make_step


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _sessions_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM session").fetchone()[0]
    finally:
        conn.close()


def test_backup_includes_rows_still_in_the_wal(journal: Journal, tmp_path: Path) -> None:
    """A backup taken while the journal is open holds every committed row, in one file."""
    session_id = journal.start_session("r", "R", 60.0, T0)
    journal.record_step(session_id, make_step(0))
    written = backups.backup_now(journal.path, tmp_path / "backups", T0)
    assert written.name == "journal-2026-11-24.sqlite3"
    assert _sessions_in(written) == 1
    assert not Path(f"{written}-wal").exists()
    assert backups.validate_backup(written) == db.SCHEMA_VERSION


def test_daily_backups_keep_one_per_day_and_the_last_seven(
    journal: Journal, tmp_path: Path
) -> None:
    """backup_if_due writes at most one backup per local day and prunes to the newest seven."""
    folder = tmp_path / "backups"
    (folder / "notes.txt").parent.mkdir()
    (folder / "notes.txt").write_text("not a backup; must survive pruning")
    for day in range(10):
        assert backups.backup_if_due(journal.path, folder, T0 + timedelta(days=day)) is not None
        assert (
            backups.backup_if_due(journal.path, folder, T0 + timedelta(days=day, hours=1)) is None
        )
    days = [b.day.day for b in backups.list_backups(folder)]
    assert days == [3, 2, 1, 30, 29, 28, 27]  # 24 Nov + 9 days = 3 Dec, newest first
    assert (folder / "notes.txt").exists()


def test_backup_of_missing_journal_says_so(tmp_path: Path) -> None:
    """Backing up before any journal exists is a plain error, not a crash or an empty file."""
    with pytest.raises(BackupError, match="nothing to back up"):
        backups.backup_to(tmp_path / "journal.sqlite3", tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()


def test_restore_replaces_journal_and_keeps_the_old_one_aside(
    journal_path: Path, tmp_path: Path
) -> None:
    """Restore puts the backup in place and keeps the replaced journal under a dated name."""
    with Journal.open(journal_path) as journal:
        journal.start_session("r", "R", 60.0, T0)
        saved = backups.backup_to(journal_path, tmp_path / "saved.sqlite3")
        journal.start_session("r", "R", 60.0, T0 + timedelta(days=1))
    before_restore = _dump(journal_path)

    result = backups.restore(saved, journal_path, T0 + timedelta(days=2))
    assert result.schema_version == db.SCHEMA_VERSION
    assert result.kept_aside == journal_path.with_name(
        "journal.before-restore-20261126T075710Z.sqlite3"
    )
    assert _dump(result.kept_aside) == before_restore
    assert _sessions_in(result.kept_aside) == 2
    with Journal.open(journal_path) as restored:
        assert restored.session_count() == 1
    assert list(journal_path.parent.glob(".*.tmp")) == []


def test_restore_folds_the_wal_of_the_replaced_journal_into_its_copy(
    journal_path: Path, tmp_path: Path
) -> None:
    """A journal last closed by a crash (WAL beside it) is kept aside with all its rows."""
    with Journal.open(journal_path):
        saved = backups.backup_to(journal_path, tmp_path / "saved.sqlite3")
    crashed = sqlite3.connect(journal_path)
    crashed.execute("PRAGMA wal_autocheckpoint = 0")
    with crashed:
        crashed.execute("INSERT INTO flare_day VALUES ('2026-11-20', 'only in the WAL')")
    wal = Path(f"{journal_path}-wal")
    assert wal.stat().st_size > 0
    # Simulate the crash: copy the files as a dead process would leave them.
    leftovers = {p: p.read_bytes() for p in (journal_path, wal)}
    crashed.close()
    for path, data in leftovers.items():
        path.write_bytes(data)

    result = backups.restore(saved, journal_path, T0)
    assert result.kept_aside is not None
    kept = sqlite3.connect(result.kept_aside)
    assert kept.execute("SELECT note FROM flare_day").fetchall() == [("only in the WAL",)]
    kept.close()
    with Journal.open(journal_path) as restored:
        assert restored.flare_days() == []  # the stale WAL was not replayed onto the backup


def test_restore_keeps_a_damaged_journal_aside_byte_for_byte(
    journal_path: Path, tmp_path: Path
) -> None:
    """Restoring over a corrupt journal works and keeps the damaged bytes for rescue."""
    with Journal.open(journal_path):
        saved = backups.backup_to(journal_path, tmp_path / "saved.sqlite3")
    journal_path.write_bytes(b"this is not a database" * 500)
    result = backups.restore(saved, journal_path, T0)
    assert result.kept_aside is not None
    assert result.kept_aside.read_bytes() == b"this is not a database" * 500
    with Journal.open(journal_path) as restored:
        assert restored.session_count() == 0


def test_restore_into_empty_folder_keeps_nothing_aside(
    journal_path: Path, tmp_path: Path, fixture_copy: Callable[[int], Path]
) -> None:
    """Restoring where no journal exists yet just puts the backup in place (old versions too)."""
    result = backups.restore(fixture_copy(1), journal_path, T0)
    assert (result.schema_version, result.kept_aside) == (1, None)
    with Journal.open(journal_path) as restored:  # migrated on open
        assert restored.session_count(include_deleted=True) == 3


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"\x00" * 10_000)


def _too_new(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 9")
    conn.close()


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def _page_zeroed(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 4] = bytes(4096)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_not_sqlite, "not an SQLite database"),
        (_too_new, "newer Backtimer"),
        (_foreign, "not a Backtimer journal"),
        (_page_zeroed, "cannot be restored"),
    ],
)
def test_unusable_backup_is_refused_and_journal_untouched(
    journal: Journal,
    fixture_copy: Callable[[int], Path],
    spoil: Callable[[Path], None],
    message: str,
) -> None:
    """Restore validates first: a bad backup raises BackupError and changes nothing."""
    journal.start_session("r", "R", 60.0, T0)
    candidate = fixture_copy(1)
    spoil(candidate)
    before = {p.name for p in journal.path.parent.iterdir()}
    with pytest.raises(BackupError, match=message):
        backups.restore(candidate, journal.path, T0)
    assert {p.name for p in journal.path.parent.iterdir()} == before
    assert journal.session_count() == 1


def test_restore_refused_while_journal_is_open_elsewhere(journal: Journal, tmp_path: Path) -> None:
    """While another Backtimer has the journal open, restore raises and leaves it in place."""
    saved = backups.backup_to(journal.path, tmp_path / "saved.sqlite3")
    journal.start_session("r", "R", 60.0, T0)
    with pytest.raises(JournalLockedError):
        backups.restore(saved, journal.path, T0, busy_timeout_s=FAST_TIMEOUT_S)
    assert journal.session_count() == 1
    assert list(journal.path.parent.glob(".*.tmp")) == []

"""Start-up with a damaged or read-only journal: a clear choice, and the user's file kept."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backtimer.journal.backup import backup_now
from backtimer.journal.journal import Journal
from backtimer.paths import DataPaths
from backtimer.ui.desktop.journal_opening import (
    QUIT,
    READ_ONLY,
    RESTORE,
    START_FRESH,
    open_journal,
)

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class Answer:
    """Answers the start-up question with a fixed choice and remembers what was offered."""

    def __init__(self, choice: str | None) -> None:
        self.choice = choice
        self.offered: Sequence[str] = ()
        self.message = ""

    def __call__(self, _title: str, message: str, options: Sequence[str]) -> str | None:
        self.offered, self.message = options, message
        return self.choice


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _journal_with_a_session(paths: DataPaths) -> None:
    with Journal.open(paths.journal_file) as journal:
        journal.start_session("rt_back_basics", "Back Basics", 600, NOW)


def _corrupt(path: Path) -> str:
    path.write_bytes(b"this is not a database" * 200)
    return _digest(path)


def test_a_healthy_journal_opens_without_a_question(data_paths: DataPaths) -> None:
    """No question is asked when the journal opens."""
    answer = Answer(QUIT)
    opened = open_journal(data_paths, answer, lambda: NOW)
    assert opened is not None
    assert not opened.read_only
    assert answer.offered == ()
    opened.journal.close()


def test_quit_on_a_corrupt_journal_leaves_it_byte_identical(data_paths: DataPaths) -> None:
    """Choosing Quit changes nothing at all."""
    digest = _corrupt(data_paths.journal_file)
    assert open_journal(data_paths, Answer(QUIT), lambda: NOW) is None
    assert _digest(data_paths.journal_file) == digest


def test_start_fresh_keeps_the_damaged_file_aside_untouched(data_paths: DataPaths) -> None:
    """Start fresh renames the damaged file aside (same bytes) and opens an empty journal."""
    digest = _corrupt(data_paths.journal_file)
    answer = Answer(START_FRESH)
    opened = open_journal(data_paths, answer, lambda: NOW)
    assert opened is not None
    assert RESTORE not in answer.offered  # no backups yet
    kept = [p for p in data_paths.root.iterdir() if "corrupt" in p.name]
    assert len(kept) == 1
    assert _digest(kept[0]) == digest
    assert kept[0].name in opened.notice
    assert opened.journal.session_count() == 0
    opened.journal.close()


def test_restore_brings_back_the_latest_backup(data_paths: DataPaths) -> None:
    """With a backup available, Restore puts its sessions back and keeps the damaged file."""
    _journal_with_a_session(data_paths)
    backup_now(data_paths.journal_file, data_paths.backups_dir, NOW)
    _corrupt(data_paths.journal_file)
    answer = Answer(RESTORE)
    opened = open_journal(data_paths, answer, lambda: NOW)
    assert opened is not None
    assert answer.offered[0] == RESTORE
    assert opened.journal.session_count() == 1
    assert "Restored the backup" in opened.notice
    opened.journal.close()


def test_read_only_journal_can_be_opened_for_history(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal that cannot be written opens read-only when the user agrees."""
    _journal_with_a_session(data_paths)
    from backtimer.journal import db

    def refuse(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise db.JournalReadOnlyError("The journal file is read-only.")

    monkeypatch.setattr(db, "open_database", refuse)
    answer = Answer(READ_ONLY)
    opened = open_journal(data_paths, answer, lambda: NOW)
    assert opened is not None
    assert opened.read_only
    assert opened.journal.session_count() == 1
    opened.journal.close()

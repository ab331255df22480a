"""Fixtures for the journal tests: a fresh journal file and copies of the old-version fixtures."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backtimer.journal import Journal
from tests.core.journal.testkit import FAST_TIMEOUT_S, FIXTURES, T0


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where a journal would go; the folder exists, the file does not yet."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder / "journal.sqlite3"


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    opened = Journal.open(journal_path, busy_timeout_s=FAST_TIMEOUT_S, now=lambda: T0)
    yield opened
    opened.close()


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Callable[[int], Path]:
    """Copy the committed fixture of a schema version into tmp_path (never touch the original)."""

    def copy(version: int) -> Path:
        target = tmp_path / "old" / "journal.sqlite3"
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(FIXTURES / f"journal-v{version}.sqlite3", target)
        return target

    return copy

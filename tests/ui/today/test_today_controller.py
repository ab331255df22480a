"""TodayController: its snapshot only reads; flare days are marked by an explicit write."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from backtimer.journal.journal import Journal
from backtimer.journal.worker import JournalWorker
from backtimer.library.model import Library
from backtimer.paths import DataPaths
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.today.today_controller import TodayController

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 4, 15, 17, 30, tzinfo=ZONE)
TODAY = NOW.date()


@pytest.fixture
def parts(
    data_paths: DataPaths, library: Library, tmp_path: Path
) -> Iterator[tuple[TodayController, JournalWrites, Journal]]:
    reader = Journal.open(data_paths.journal_file)
    worker = JournalWorker(data_paths.journal_file)
    writes = JournalWrites(worker)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield TodayController(reader, writes, lambda: library, settings, lambda: NOW), writes, reader
    worker.close()
    reader.close()


def test_the_snapshot_never_writes_and_mark_flare_days_marks_each_missing_day(
    qtbot: QtBot, parts: tuple[TodayController, JournalWrites, Journal]
) -> None:
    """A flare started two days ago: reading the page writes nothing; the explicit write marks
    the three days once (a second call has nothing left to mark)."""
    controller, writes, reader = parts
    controller.state.flare_started = TODAY - timedelta(days=2)
    writes.flush().result(timeout=5)
    qtbot.wait(50)  # deliver the reports of writes already done (the course state's, if any)
    with qtbot.assertNotEmitted(writes.written, wait=100):
        snapshot = controller.snapshot()
        writes.flush().result(timeout=5)
    assert snapshot.flare is not None
    assert reader.flare_days() == []

    with qtbot.waitSignal(writes.written):
        future = controller.mark_flare_days()
        assert future is not None
    assert [flare.day for flare in reader.flare_days()] == [
        TODAY - timedelta(days=2),
        TODAY - timedelta(days=1),
        TODAY,
    ]
    assert controller.mark_flare_days() is None

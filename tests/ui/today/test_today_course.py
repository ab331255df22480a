"""Plan start and flare mode live in the journal's course, moved out of QSettings once."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from backtimer.journal.course import Course
from backtimer.journal.journal import Journal
from backtimer.journal.worker import JournalWorker
from backtimer.library.loader import load_library
from backtimer.paths import DataPaths
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.today.today_controller import TodayController, move_course_into_journal

NOW = datetime(2026, 5, 6, 9, 0, tzinfo=timezone(timedelta(hours=2)))


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_old_settings_move_into_the_journal_once(data_paths: DataPaths, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    settings.setValue("plan/started", "2026-04-01")
    settings.setValue("flare/started", "2026-05-05")
    settings.setValue("prefs/volume", 0.5)  # a preference: stays
    worker = JournalWorker(data_paths.journal_file)
    writes = JournalWrites(worker)
    assert move_course_into_journal(settings, writes)
    assert not move_course_into_journal(settings, writes)  # nothing left to move
    worker.close()
    assert settings.value("plan/started") is None
    assert settings.value("flare/started") is None
    assert settings.value("prefs/volume") is not None
    with Journal.open(data_paths.journal_file) as journal:
        course = Course(journal.connection)
        assert (course.plan_start, course.flare_started) == (date(2026, 4, 1), date(2026, 5, 5))


def test_starting_the_plan_writes_the_journal_not_the_settings(
    qtbot: QtBot, data_paths: DataPaths, tmp_path: Path
) -> None:
    settings = _settings(tmp_path)
    reader = Journal.open(data_paths.journal_file)
    worker = JournalWorker(data_paths.journal_file)
    writes = JournalWrites(worker)
    library = load_library(data_paths.routines_dir)
    controller = TodayController(reader, writes, lambda: library, settings, lambda: NOW)
    controller.start_plan()
    assert controller.state.plan_started == NOW.date()  # at once, before the write ran
    writes.flush().result(timeout=5)
    qtbot.wait(5 * JournalWrites.REPORT_INTERVAL_MS)
    assert Course(reader.connection).plan_start == NOW.date()
    assert settings.value("plan/started") is None
    controller.stop_plan()
    writes.flush().result(timeout=5)
    assert Course(reader.connection).plan_start is None
    worker.close()
    qtbot.wait(5 * JournalWrites.REPORT_INTERVAL_MS)
    reader.close()

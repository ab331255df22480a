"""File → Import CSV / Back up now / Restore a backup, and outside changes reaching the app."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from backtimer.journal.checkin_exchange import export_checkins
from backtimer.journal.demo import make_demo_folder, remove_demo_folder
from backtimer.journal.export import ExportKind, export_csv
from backtimer.journal.journal import Journal
from backtimer.journal.worker import JournalWorker
from backtimer.paths import DataPaths
from backtimer.ui.desktop.journal_tools import JournalTools, JournalWatcher
from backtimer.ui.journal_writes import JournalWrites

NOW = datetime(2026, 6, 30, 12, 0, tzinfo=timezone(timedelta(hours=2)))


@pytest.fixture
def demo_exports(tmp_path: Path) -> list[Path]:
    """Sessions, steps and check-ins exports of the demo journal."""
    demo = make_demo_folder(NOW.date())
    conn = sqlite3.connect(demo.journal_file)
    files = [tmp_path / "sessions.csv", tmp_path / "steps.csv", tmp_path / "checkins.csv"]
    export_csv(conn, files[0], ExportKind.SESSIONS)
    export_csv(conn, files[1], ExportKind.STEPS)
    export_checkins(conn, files[2])
    conn.close()
    remove_demo_folder(demo)
    return files


@pytest.fixture
def tools(qtbot: QtBot, data_paths: DataPaths) -> Iterator[tuple[JournalTools, Journal]]:
    reader = Journal.open(data_paths.journal_file)
    worker = JournalWorker(data_paths.journal_file)
    window = QWidget()
    qtbot.addWidget(window)
    closed: list[bool] = []

    def close_journal() -> None:
        worker.close()
        reader.close()
        closed.append(True)

    made = JournalTools(
        paths=data_paths,
        writes=JournalWrites(worker),
        window=window,
        now=lambda: NOW,
        close_journal=close_journal,
    )
    yield made, reader
    if not closed:
        worker.close()
    reader.close()


def test_outside_commits_are_noticed_and_our_own_are_not(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    reader = Journal.open(data_paths.journal_file)
    paused = [False]
    watcher = JournalWatcher(reader.connection, lambda: paused[0])
    assert not watcher.poll()
    with Journal.open(data_paths.journal_file) as outside:
        outside.record_pain(4, "spot", NOW)
    paused[0] = True
    assert not watcher.poll()  # never during a workout
    paused[0] = False
    with qtbot.waitSignal(watcher.changed_outside):
        assert watcher.poll()
    assert not watcher.poll()
    with Journal.open(data_paths.journal_file) as ours:
        ours.record_pain(5, "spot", NOW)
    watcher.sync()  # JournalWrites.written arrived: already refreshed
    assert not watcher.poll()
    reader.close()


def test_import_runs_off_the_gui_thread_with_progress_and_no_duplicates(
    qtbot: QtBot, tools, demo_exports: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    made, reader = tools
    reversed_order = list(reversed(demo_exports))  # steps before sessions: still imported
    made.import_csv(reversed_order).result(timeout=30)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert made.progress is None
    assert len(reader.sessions()) > 100
    assert "check-in rating" in shown[0]
    made.import_csv(demo_exports).result(timeout=30)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "added nothing new" in shown[1]
    assert "added 0 check-in ratings" in shown[1]


def test_back_up_now_refuses_an_existing_file(
    qtbot: QtBot, tools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    made, _reader = tools
    target = tmp_path / "copy.sqlite3"
    with qtbot.waitSignal(made.status_changed) as status:
        made.back_up_now(target)
    assert target.is_file()
    assert status.args == [f"Backed up the journal to {target}"]
    assert made.back_up_now(target) is None
    assert "already exists" in warned[0]


def test_restore_checks_the_file_like_the_cli(
    qtbot: QtBot, tools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    made, _reader = tools
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a journal")
    assert not made.restore_backup(bogus, confirm=False)
    assert "not a Backtimer journal" in warned[0] or "not an SQLite" in warned[0]

    demo = make_demo_folder(NOW.date())
    try:
        with qtbot.waitSignal(made.restore_finished):
            assert made.restore_backup(demo.journal_file, confirm=False)
    finally:
        remove_demo_folder(demo)
    with Journal.open(made._paths.journal_file) as restored:
        assert len(restored.sessions()) > 100

"""Bugs reach the log and a kind dialog: GUI thread, slots, worker threads and Qt warnings."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl, qWarning
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from backtimer.paths import DataPaths
from backtimer.ui.desktop import first_paint
from backtimer.ui.desktop.crash import CrashReporter, crash_dialog, install_excepthook, log_file_for


class Boom(RuntimeError):
    """A bug on purpose."""


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Dialogs the reporter tried to show (exec is replaced, so nothing waits for a click)."""
    dialogs: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        dialogs.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return dialogs


@pytest.fixture
def reporter(data_paths: DataPaths) -> Iterator[CrashReporter]:
    installed = install_excepthook(data_paths)
    yield installed
    installed.uninstall()


def log_text(reporter: CrashReporter) -> str:
    assert reporter.handler is not None
    reporter.handler.flush()
    return reporter.log_file.read_text(encoding="utf-8")


def raise_boom() -> None:
    raise Boom("the gremlin")


@pytest.mark.usefixtures("qapp")
def test_an_uncaught_error_is_logged_and_explained_kindly(
    reporter: CrashReporter, shown: list[QMessageBox], data_paths: DataPaths
) -> None:
    """The traceback lands in the log; the dialog reassures and names the log file."""
    try:
        raise_boom()
    except Boom as error:
        reporter.excepthook(Boom, error, error.__traceback__)
    assert "Boom: the gremlin" in log_text(reporter)
    assert "raise_boom" in log_text(reporter)
    (box,) = shown
    assert "not caused by anything you did" in box.text()
    assert "Your journal is safe" in box.informativeText()
    assert str(log_file_for(data_paths)) in box.informativeText()
    assert "Boom: the gremlin" in box.detailedText()
    assert {"Open log folder", "Close"} <= {button.text() for button in box.buttons()}


def test_an_error_in_a_slot_reaches_the_dialog(
    qtbot: QtBot, reporter: CrashReporter, shown: list[QMessageBox]
) -> None:
    """An exception raised inside a Qt callback is not lost: it is logged and shown."""
    QTimer.singleShot(0, raise_boom)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "Boom: the gremlin" in log_text(reporter)


def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, reporter: CrashReporter, shown: list[QMessageBox]
) -> None:
    """threading.excepthook logs it with the thread's name; the dialog opens on the GUI thread."""
    worker = threading.Thread(target=raise_boom, name="exporter")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "unexpected error in thread exporter" in log_text(reporter)
    assert threading.current_thread() is threading.main_thread()


def test_qt_warnings_reach_the_log(reporter: CrashReporter) -> None:
    """Qt's own warnings are written to the same file, marked as from Qt."""
    qWarning("a warning from Qt itself")
    assert "WARNING backtimer.qt: a warning from Qt itself" in log_text(reporter)


@pytest.mark.usefixtures("qapp")
def test_only_one_dialog_at_a_time(
    reporter: CrashReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error while the dialog is open is logged but does not stack a second dialog."""
    opened: list[QMessageBox] = []

    def exec_and_fail_again(box: QMessageBox) -> int:
        opened.append(box)
        try:
            raise_boom()
        except Boom as error:
            reporter.excepthook(Boom, error, error.__traceback__)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_and_fail_again)
    try:
        raise_boom()
    except Boom as error:
        reporter.excepthook(Boom, error, error.__traceback__)
    assert len(opened) == 1
    assert log_text(reporter).count("ERROR backtimer: unexpected error") == 2


def test_open_log_folder_opens_it_and_keeps_the_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The button opens the folder in the file manager and leaves the message on screen."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    log_file = tmp_path / "logs" / "backtimer.log"
    box = crash_dialog(log_file, Boom("x"))
    qtbot.addWidget(box)
    box.show()
    button = next(b for b in box.findChildren(QPushButton) if b.text() == "Open log folder")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(log_file.parent))]
    assert box.isVisible()


def test_an_unwritable_log_folder_does_not_stop_the_app(data_paths: DataPaths) -> None:
    """If the log cannot be created the hooks still install; errors then only reach stderr."""
    data_paths.logs_dir.write_text("a file where the folder should be", encoding="utf-8")
    reporter = install_excepthook(data_paths)
    try:
        assert reporter.handler is None
    finally:
        reporter.uninstall()


@pytest.fixture
def fresh_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a new process: no window of this test session has painted yet."""
    monkeypatch.setattr(first_paint, "_watch", None)


@pytest.mark.usefixtures("fresh_start")
def test_a_log_opened_after_the_first_paint_keeps_what_came_before(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    """Start-up opens the file late; warnings from before the first frame still reach it."""
    reporter = install_excepthook(data_paths, open_log_after_first_paint=True)
    try:
        qWarning("before the first frame")
        assert reporter.handler is None
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: reporter.handler is not None)
        qWarning("after the first frame")
        text = log_text(reporter)
    finally:
        reporter.uninstall()
    assert text.index("before the first frame") < text.index("after the first frame")


@pytest.mark.usefixtures("fresh_start", "qapp")
def test_an_error_before_the_first_paint_opens_the_log_at_once(
    data_paths: DataPaths, shown: list[QMessageBox]
) -> None:
    reporter = install_excepthook(data_paths, open_log_after_first_paint=True)
    try:
        qWarning("starting")
        try:
            raise_boom()
        except Boom as error:
            reporter.excepthook(Boom, error, error.__traceback__)
        text = log_text(reporter)
    finally:
        reporter.uninstall()
    assert "starting" in text
    assert "Boom: the gremlin" in text
    assert len(shown) == 1


def test_a_named_pipe_where_the_log_goes_is_skipped_not_waited_on(tmp_path: Path) -> None:
    """Opening a pipe for writing blocks until a reader comes: the app would hang after its
    first paint. It logs to stderr only instead."""
    import os

    from backtimer.ui.desktop.crash import _file_handler

    pipe = tmp_path / "backtimer.log"
    os.mkfifo(pipe)
    handlers: list[object] = []
    opener = threading.Thread(target=lambda: handlers.append(_file_handler(pipe)), daemon=True)
    opener.start()
    opener.join(timeout=20)
    assert not opener.is_alive(), "opening the log blocked on the pipe"
    assert handlers == [None]

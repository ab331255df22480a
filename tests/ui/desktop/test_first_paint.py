"""Start-up work that waits for the first frame: after the paint, not before, and never lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from backtimer.paths import DataPaths
from backtimer.ui.desktop import first_paint
from backtimer.ui.desktop.first_paint import call_after_first_paint
from backtimer.ui.desktop.single_instance import LaunchRequest, claim


@pytest.fixture
def fresh_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a new process: no window of this test session has painted yet."""
    monkeypatch.setattr(first_paint, "_watch", None)


class PaintLog(QObject):
    """Notes paints in the same list as the callbacks, to see their order."""

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self._log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self._log.append("paint")
        return False


@pytest.mark.usefixtures("fresh_start")
def test_work_runs_after_the_first_paint_not_before(qtbot: QtBot) -> None:
    """A zero timer queued before show() runs before the paint; this does not."""
    log: list[str] = []
    app = QApplication.instance()
    assert app is not None
    spy = PaintLog(log)
    app.installEventFilter(spy)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        QTimer.singleShot(0, lambda: log.append("zero timer"))
        call_after_first_paint(lambda: log.append("first"))
        call_after_first_paint(lambda: log.append("second"))
        window.show()
        qtbot.waitUntil(lambda: "second" in log)
    finally:
        app.removeEventFilter(spy)
    assert log.index("paint") < log.index("first") < log.index("second")


def test_work_added_after_the_paint_still_runs(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ran: list[str] = []
    call_after_first_paint(lambda: ran.append("late"))
    qtbot.waitUntil(lambda: ran == ["late"])


@pytest.mark.usefixtures("fresh_start")
def test_the_instance_socket_opens_after_the_first_paint(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    """The lock is taken at once (no second writer), the socket once a window has painted."""
    instance = claim(data_paths, LaunchRequest(), wait_s=0, listen_after_first_paint=True)
    try:
        assert instance.lock is not None
        assert instance.lock.held
        assert instance.server is not None
        assert not instance.server.is_listening()
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(instance.server.is_listening)
    finally:
        if instance.server is not None:
            instance.server.close()
        if instance.lock is not None:
            instance.lock.release()

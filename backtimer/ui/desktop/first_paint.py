"""Run start-up work once the first window has been painted, not before.

``QTimer.singleShot(0, …)`` queued before ``app.exec()`` runs *before* the first frame: Qt
handles posted timers ahead of the window's first expose and paint. Work that the first frame
does not need (a socket server, background checks, preloads) waits for a real paint instead, so
the user sees the window as early as it can be drawn.

The watch is an application-wide event filter, a Python call for every event; it is installed
only when the event loop starts (a zero timer), so the thousands of events of building the
widgets never pass through it, only the few between the loop's start and the first paint.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication

FALLBACK_MS = 2000
"""Run anyway after this long: a window that is never painted (minimised, hidden) must not
keep start-up work waiting for ever."""


class _FirstPaintWatch(QObject):
    """Waits for the first paint of a window, then runs the callbacks once, in order."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._callbacks: list[Callable[[], None]] = []
        self._done = False
        self._filtering = False
        QTimer.singleShot(0, self._watch)
        QTimer.singleShot(FALLBACK_MS, self._run)

    def add(self, callback: Callable[[], None]) -> None:
        if self._done and not self._callbacks:  # painted already: soon, in order of adding
            QTimer.singleShot(0, self._run)
        self._callbacks.append(callback)

    def _watch(self) -> None:
        if self._done:
            return
        if _a_window_is_exposed():  # painted before the loop started (processEvents)
            self._painted()
            return
        self._app.installEventFilter(self)
        self._filtering = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._painted()
        return False

    def _painted(self) -> None:
        self._done = True
        self._stop_filtering()
        QTimer.singleShot(0, self._run)  # after this paint has reached the screen

    def _run(self) -> None:
        self._done = True
        self._stop_filtering()
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def _stop_filtering(self) -> None:
        if self._filtering:
            self._app.removeEventFilter(self)
            self._filtering = False


def _a_window_is_exposed() -> bool:
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        return False
    return any(window.isExposed() for window in QGuiApplication.topLevelWindows())


_watch: _FirstPaintWatch | None = None


def call_after_first_paint(callback: Callable[[], None]) -> None:
    """Call ``callback`` on the GUI thread just after the first paint (or soon, if the app
    has painted already). Callbacks run in the order they were added."""
    global _watch
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("call_after_first_paint needs a running QApplication")
    if _watch is None or not shiboken6.isValid(_watch) or _watch.parent() is not app:
        _watch = _FirstPaintWatch(app)
    _watch.add(callback)

"""Run start-up work once the first window has been painted, not before.

``QTimer.singleShot(0, …)`` queued before ``app.exec()`` runs *before* the first frame: Qt
handles posted timers ahead of the window's first expose and paint. Work that the first frame
does not need (a socket server, background checks, preloads) waits for a real paint instead, so
the user sees the window as early as it can be drawn.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

FALLBACK_MS = 2000
"""Run anyway after this long: a window that is never painted (minimised, hidden) must not
keep start-up work waiting for ever."""


class _FirstPaintWatch(QObject):
    """Watches every event until the first paint of a window, then runs the callbacks once."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._callbacks: list[Callable[[], None]] = []
        self._done = False
        app.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._run)

    def add(self, callback: Callable[[], None]) -> None:
        if self._done and not self._callbacks:  # painted already: soon, in order of adding
            QTimer.singleShot(0, self._run)
        self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        self._done = True
        self._app.removeEventFilter(self)
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()


_watch: _FirstPaintWatch | None = None


def call_after_first_paint(callback: Callable[[], None]) -> None:
    """Call ``callback`` on the GUI thread just after the first paint (or at once if the app
    has painted already). Callbacks run in the order they were added."""
    global _watch
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("call_after_first_paint needs a running QApplication")
    if _watch is None or not shiboken6.isValid(_watch) or _watch.parent() is not app:
        _watch = _FirstPaintWatch(app)
    _watch.add(callback)

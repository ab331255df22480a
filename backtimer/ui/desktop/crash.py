"""Bugs end in a log file and a kind dialog, never in a silent exit.

Three doors lead to the log (``<data>/logs/backtimer.log``, rotated at 512 kB, three old files
kept): uncaught exceptions on the GUI thread (``sys.excepthook``, which PySide6 also calls for
exceptions in slots and overridden Qt methods), uncaught exceptions on worker threads
(``threading.excepthook``), and Qt's own warnings (a message handler). Exceptions also get a
dialog that says the journal is safe, where the log is, and opens its folder; a worker thread's
exception is carried to the GUI thread first, because widgets may only be made there.

At start-up the log file can open after the first paint (``logging.handlers`` is slow to
import): records logged before then are held and written first, and an exception opens the file
at once, so nothing is lost either way.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)

from backtimer.ui.desktop.first_paint import call_after_first_paint

if TYPE_CHECKING:  # the dialog's modules load with the first error, not at every start
    from PySide6.QtWidgets import QMessageBox, QWidget

    from backtimer.paths import DataPaths

logger = logging.getLogger("backtimer")
qt_logger = logging.getLogger("backtimer.qt")

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_LOG_BYTES = 512_000
KEPT_LOGS = 3

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_file_for(paths: DataPaths) -> Path:
    return paths.logs_dir / "backtimer.log"


def crash_dialog(
    log_file: Path, error: BaseException, parent: QWidget | None = None
) -> QMessageBox:
    """The dialog for a bug: reassurance first, then where the details are, then the details."""
    from PySide6.QtCore import Qt, QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Sorry, something went wrong"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "CrashDialog",
            "Backtimer ran into a problem it did not expect. "
            "It was not caused by anything you did.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashDialog",
            "Your journal is safe: every completed step is saved as it happens. You can carry on; "
            "if something looks wrong, restart Backtimer.\n\n"
            "The details are in {log_file}. If this happens again, please send that file to the "
            "Backtimer developers.",
        ).format(log_file=log_file)
    )
    box.setDetailedText("".join(traceback.format_exception(error)))
    open_folder = box.addButton(
        QCoreApplication.translate("CrashDialog", "Open log folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    open_folder.clicked.disconnect()  # keep the dialog open: the folder is opened beside it
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    return box


class CrashReporter(QObject):
    """Installs the hooks and the log handler; ``uninstall`` puts the previous ones back.

    Signals:
        thread_failed: an exception escaped a worker thread (carried to the GUI thread).
    """

    thread_failed = Signal(object)

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self.handler: logging.Handler | None = None
        self._early: _EarlyRecords | None = None
        self._log_lock = threading.Lock()
        self._log_wanted = False
        self._showing = False
        self._previous_excepthook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._previous_qt_handler: Callable[..., Any] | None = None
        # Emitted on the failing thread; Qt's automatic connection queues it to this (the GUI)
        # thread, so the dialog is shown where widgets may be touched.
        self.thread_failed.connect(self._on_thread_failed)

    def install(self, *, open_log_after_first_paint: bool = False) -> None:
        self._log_wanted = True
        if open_log_after_first_paint:
            self._early = _EarlyRecords()
            logging.getLogger().addHandler(self._early)
            call_after_first_paint(self.open_log)
        else:
            self.open_log()
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self._previous_qt_handler = qInstallMessageHandler(qt_message_handler)

    def open_log(self) -> None:
        """Open the log file (once, from any thread) and write what was held until now."""
        with self._log_lock:
            if not self._log_wanted or self.handler is not None:
                return
            self._log_wanted = False  # one try: if it fails, errors go to stderr only
            early, self._early = self._early, None
            handler = _file_handler(self.log_file)
            root = logging.getLogger()
            if handler is not None:
                root.addHandler(handler)
            if early is not None:
                root.removeHandler(early)
                for record in early.records if handler is not None else ():
                    handler.handle(record)  # type: ignore[union-attr]
            self.handler = handler

    def uninstall(self) -> None:
        sys.excepthook = self._previous_excepthook
        threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt_handler)
        with self._log_lock:
            self._log_wanted = False
            root = logging.getLogger()
            if self._early is not None:
                root.removeHandler(self._early)
                self._early = None
            if self.handler is not None:
                root.removeHandler(self.handler)
                self.handler.close()
                self.handler = None

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.open_log()
        logger.error("unexpected error", exc_info=(kind, error, tb))
        self._show(error)

    def thread_excepthook(self, hook_args: threading.ExceptHookArgs) -> None:
        if hook_args.exc_value is None or issubclass(hook_args.exc_type, SystemExit):
            return
        name = hook_args.thread.name if hook_args.thread is not None else "?"
        logger.error(
            "unexpected error in thread %s",
            name,
            exc_info=(hook_args.exc_type, hook_args.exc_value, hook_args.exc_traceback),
        )
        self.thread_failed.emit(hook_args.exc_value)

    @Slot(object)
    def _on_thread_failed(self, error: BaseException) -> None:
        self.open_log()  # here, on the GUI thread: nothing is imported on a worker thread
        self._show(error)

    def _show(self, error: BaseException) -> None:
        """One dialog at a time: an error raised while it is open is logged, not stacked."""
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            traceback.print_exception(error)
            return
        if self._showing:
            return
        self._showing = True
        try:
            crash_dialog(self.log_file, error, QApplication.activeWindow()).exec()
        finally:
            self._showing = False


def qt_message_handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's warnings go where ours go: the log file (and the console), with their level."""
    qt_logger.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


class _EarlyRecords(logging.Handler):
    """Holds the records logged before the log file is open (a bounded number)."""

    def __init__(self, limit: int = 2000) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self._limit = limit

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self._limit:
            self.records.append(record)


def _file_handler(log_file: Path) -> logging.Handler | None:
    import logging.handlers  # pickle, socket, queue…: only the rotating file handler needs them

    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        if log_file.exists() and not log_file.is_file():  # a pipe would block the open for ever
            raise OSError(f"{log_file} is not a regular file")
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_LOG_BYTES, backupCount=KEPT_LOGS, encoding="utf-8"
        )
    except OSError as error:
        logger.warning("cannot write the log file %s: %s", log_file, error)
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    return handler


def install_excepthook(
    paths: DataPaths, *, open_log_after_first_paint: bool = False
) -> CrashReporter:
    """Log to a rotating file in the data folder and show unexpected errors in a dialog.

    With ``open_log_after_first_paint`` the file opens once the first window is drawn (records
    from before are written then, and an exception opens it at once).
    """
    reporter = CrashReporter(log_file_for(paths))
    reporter.install(open_log_after_first_paint=open_log_after_first_paint)
    return reporter

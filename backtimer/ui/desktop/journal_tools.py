"""File → Import CSV…, Back up now…, Restore a backup…, and noticing outside journal changes.

The actions run the command line's own functions (``journal.imports``, ``journal.backup``) with
its checks and messages, off the GUI thread through ``JournalWrites``. ``JournalWatcher`` polls
SQLite's ``PRAGMA data_version`` on the GUI reader connection: it changes when any *other*
connection commits, so an ``backtimer import`` run in a terminal shows up in the open app within
a poll; our own writes resynchronise it, so they refresh the pages once, not twice.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from backtimer.errors import UserFacingError
from backtimer.paths import DataPaths
from backtimer.ui.journal_writes import JournalWrites

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

logger = logging.getLogger(__name__)

POLL_MS = 2000
WATCH_MS = 100
"""How often a running import or backup is looked at (progress bar, result)."""
"""A cheap query (no disk read): every two seconds is quick enough to feel live."""


class JournalWatcher(QObject):
    """Notices commits made by other programs to the journal the app has open.

    Signals:
        changed_outside(): another connection committed; refresh what is shown.
    """

    changed_outside = Signal()

    def __init__(
        self,
        connection: sqlite3.Connection,
        paused: Callable[[], bool],
        parent: QObject | None = None,
        *,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._connection = connection
        self._paused = paused
        self._version = self._read()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _read(self) -> int | None:
        try:
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as error:  # closed at shutdown, or the file went away
            logger.debug("data_version unreadable: %s", error)
            return None

    @Slot()
    def sync(self) -> None:
        """Take the current version as seen (after a write of our own was reported)."""
        self._version = self._read()

    @Slot()
    def poll(self) -> bool:
        """Emit ``changed_outside`` if someone else committed; paused during a workout."""
        if self._paused():
            return False
        version = self._read()
        if version is None or version == self._version:
            return False
        self._version = version
        self.changed_outside.emit()
        return True


class JournalTools(QObject):
    """The File menu's journal actions.

    Signals:
        status_changed(str): what happened, for the status bar.
        restore_finished(): a backup replaced the journal; the app must reopen it.

    Jobs run on the journal thread, which never touches Qt: a GUI-thread timer watches their
    futures (and the import's progress, a plain tuple the job overwrites) until they are done.
    """

    status_changed = Signal(str)
    restore_finished = Signal()

    def __init__(
        self,
        *,
        paths: DataPaths,
        writes: JournalWrites,
        window: QWidget,
        now: Callable[[], datetime],
        close_journal: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._writes = writes
        self._window = window
        self._now = now
        self._close_journal = close_journal
        self.progress: QProgressDialog | None = None  # while an import runs
        self._progress_seen: tuple[int, int, str] | None = None
        self._watched: list[tuple[Future[Any], Callable[[Future[Any]], None]]] = []
        self._watcher = QTimer(self)
        self._watcher.setInterval(WATCH_MS)
        self._watcher.timeout.connect(self._on_watch_tick)

    # --- import -------------------------------------------------------------------------------

    @Slot()
    def import_csv(self, files: list[Path] | None = None) -> Future[list[str]] | None:
        """Ask for exported CSV files and import them (sessions, steps, check-ins)."""
        from PySide6.QtWidgets import QFileDialog, QProgressDialog  # named when first used

        if files is None:
            names, _ = QFileDialog.getOpenFileNames(
                self._window,
                self.tr("Import CSV files exported by Backtimer"),
                str(Path.home()),
                self.tr("CSV files (*.csv);;All files (*)"),
            )
            files = [Path(name) for name in names]
        if not files:
            return None
        progress = QProgressDialog(
            self.tr("Importing…"), "", 0, len(files) if len(files) > 1 else 0, self._window
        )  # no cancel: a file goes in whole or not at all, and stopping halfway helps no one
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Import CSV"))
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setValue(0)
        self.progress = progress
        self._progress_seen = None
        future = self._writes.import_files(files, self._note_progress)
        self._watch(future, self._on_imported)
        return future

    def _note_progress(self, done: int, total: int, path: Path) -> None:
        """Runs on the journal thread: only a plain assignment, read by the GUI-thread timer."""
        self._progress_seen = (done, total, path.name)

    def _watch(self, future: Future[Any], on_done: Callable[[Future[Any]], None]) -> None:
        self._watched.append((future, on_done))
        self._watcher.start()

    @Slot()
    def _on_watch_tick(self) -> None:
        seen = self._progress_seen
        if seen is not None and self.progress is not None:
            done, total, name = seen
            self.progress.setMaximum(total if total > 1 else 0)  # one file: a busy bar
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("Importing {name}…").format(name=name))
        finished = [(future, on_done) for future, on_done in self._watched if future.done()]
        self._watched = [item for item in self._watched if not item[0].done()]
        if not self._watched:
            self._watcher.stop()
        for future, on_done in finished:
            on_done(future)

    # --- backup and restore -------------------------------------------------------------------

    @Slot()
    def back_up_now(self, destination: Path | None = None) -> Future[Path] | None:
        """Copy the journal to a file the user names (never over an existing one)."""
        from PySide6.QtWidgets import QFileDialog

        if destination is None:
            suggested = self._paths.root / f"journal-{self._now():%Y-%m-%d}.sqlite3"
            name, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Back up the journal"),
                str(Path.home() / suggested.name),
                self.tr("Backtimer journal (*.sqlite3)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not name:
                return None
            destination = Path(name)
        if destination.exists():
            self._warn(
                self.tr("Back up the journal"),
                self.tr(
                    "{file} already exists; choose a new file name so nothing is overwritten."
                ).format(file=destination),
            )
            return None
        future = self._writes.back_up_to(self._paths.journal_file, destination)
        self._watch(future, self._on_backed_up)
        return future

    @Slot()
    def restore_backup(self, backup_file: Path | None = None, *, confirm: bool = True) -> bool:
        """Check a backup like ``backtimer restore`` does, then put it in the journal's place."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from backtimer.journal.backup import restore, validate_backup

        if backup_file is None:
            name, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Restore a backup"),
                str(self._paths.backups_dir),
                self.tr("Backtimer journal (*.sqlite3);;All files (*)"),
            )
            if not name:
                return False
            backup_file = Path(name)
        try:
            version = validate_backup(backup_file)
        except UserFacingError as error:
            self._warn(self.tr("Restore a backup"), str(error))
            return False
        if confirm:
            answer = QMessageBox.question(
                self._window,
                self.tr("Restore a backup"),
                self.tr(
                    "Replace the journal with {file}? The current journal is kept aside "
                    "under a dated name, so nothing is lost."
                ).format(file=backup_file.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._close_journal()
        try:
            result = restore(backup_file, self._paths.journal_file, self._now())
        except UserFacingError as error:
            self._warn(self.tr("Restore a backup"), str(error))
            self.restore_finished.emit()  # reopen the journal as it was
            return False
        text = self.tr("Restored the journal from {file} (schema v{version}).").format(
            file=backup_file, version=version
        )
        if result.kept_aside is not None:
            text += " " + self.tr("The previous journal was kept as {file}").format(
                file=result.kept_aside
            )
        self.status_changed.emit(text)
        self.restore_finished.emit()
        return True

    # --- results --------------------------------------------------------------------------

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # the journal watcher loads this module

        QMessageBox.warning(self._window, title, text)

    def _on_imported(self, future: Future[list[str]]) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        if future.exception() is not None:
            return  # JournalWrites.failed already carried the message to the user
        lines = future.result()
        self.status_changed.emit("; ".join(lines))
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self._window, self.tr("Import CSV"), "\n".join(lines))

    def _on_backed_up(self, future: Future[Path]) -> None:
        if future.exception() is not None:
            return  # shown through JournalWrites.failed
        self.status_changed.emit(
            self.tr("Backed up the journal to {file}").format(file=future.result())
        )

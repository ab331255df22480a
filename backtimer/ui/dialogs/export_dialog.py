"""File → Export…: the journal as CSV (sessions or steps) or as a PDF report for the physio.

The export runs on a worker thread with its own read-only connection (SQLite connections stay on
the thread that made them), reports progress through signals, and can be cancelled: the export
writes to a temporary file, so a cancelled or failed run leaves nothing behind.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, timedelta
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.errors import UserFacingError
from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.journal import db
from backtimer.journal.export import DateRange, ExportCancelled, ExportKind, export_csv
from backtimer.ui.wording import field_pattern

logger = logging.getLogger(__name__)

REPORT_DEFAULT_DAYS = 8 * 7


class Output(Enum):
    SESSIONS = (QT_TRANSLATE_NOOP("ExportDialog", "Sessions, one row each (CSV)"), ".csv")
    STEPS = (QT_TRANSLATE_NOOP("ExportDialog", "Steps, one row each (CSV)"), ".csv")
    REPORT = (QT_TRANSLATE_NOOP("ExportDialog", "Report for your physiotherapist (PDF)"), ".pdf")

    @property
    def label(self) -> str:
        """In the user's language."""
        return QCoreApplication.translate("ExportDialog", self.value[0])

    @property
    def suffix(self) -> str:
        return self.value[1]


def run_export_job(
    journal_file: Path,
    output: Output,
    days: DateRange,
    destination: Path,
    progress: Callable[[int, int], None],
    should_cancel: Callable[[], bool],
    today: date,
) -> str:
    """The real work, on the worker thread: a fresh read-only connection, then CSV or PDF.

    ``today`` (the dialog's injected day) ends a report over the whole journal.
    """
    conn = db.open_read_only(journal_file)
    try:
        if output is Output.REPORT:
            from backtimer.report.content import build_report
            from backtimer.report.pdf import write_pdf

            last = days.last or today
            first = days.first or last - timedelta(days=REPORT_DEFAULT_DAYS - 1)
            content = build_report(conn, first, last)
            progress(1, 2)
            pages = write_pdf(content, destination)
            progress(2, 2)
            return QCoreApplication.translate(
                "ExportDialog", "Saved a {pages}-page report to {destination}."
            ).format(pages=pages, destination=destination)
        kind = ExportKind.SESSIONS if output is Output.SESSIONS else ExportKind.STEPS
        summary = export_csv(conn, destination, kind, days, progress, should_cancel)
        if summary.rows == 1:
            saved = QCoreApplication.translate("ExportDialog", "Saved 1 row to {destination}.")
        else:
            saved = QCoreApplication.translate(
                "ExportDialog", "Saved {rows} rows to {destination}."
            )
        return saved.format(rows=summary.rows, destination=destination)
    finally:
        conn.close()


class _WorkerSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()


class _ExportWorker(QRunnable):
    """Runs one export off the GUI thread; all results go back through queued signals."""

    def __init__(self, job: Callable[[Callable[[int, int], None], Callable[[], bool]], str]):
        super().__init__()
        self.signals = _WorkerSignals()
        self.cancel_requested = threading.Event()
        self._job = job

    def run(self) -> None:
        try:
            message = self._job(self.signals.progressed.emit, self.cancel_requested.is_set)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except UserFacingError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a bug: log it, but never leave the dialog hanging
            logger.exception("export failed")
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "ExportDialog", "The export failed unexpectedly: {error}"
                ).format(error=error)
            )
        else:
            self.signals.finished.emit(message)


class ExportDialog(QDialog):
    """Choose what, which days and where; then export with a progress bar and a cancel button.

    Signals:
        export_finished(str): the destination path, once a file was written completely.
    """

    export_finished = Signal(str)

    def __init__(
        self,
        journal_file: Path,
        parent: QWidget | None = None,
        *,
        today: date,
        output: Output = Output.SESSIONS,
        folder: Path | None = None,
        run_job: Callable[..., str] = run_export_job,
        thread_pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export journal"))
        self._journal_file = journal_file
        self._today = today
        self._folder = folder or Path.home()
        self._run_job = run_job
        self._pool = thread_pool or QThreadPool.globalInstance()
        self._worker: _ExportWorker | None = None
        self._build(output)

    # --- layout -----------------------------------------------------------------------------

    def _build(self, output: Output) -> None:
        self.output_box = QComboBox()
        self.output_box.setAccessibleName(self.tr("What to export"))
        for choice in Output:
            self.output_box.addItem(choice.label, choice)
        self.whole_journal = QCheckBox(self.tr("Whole journal"))
        self.from_edit = self._date_edit(self._today - timedelta(days=REPORT_DEFAULT_DAYS - 1))
        self.to_edit = self._date_edit(self._today)
        self.destination_edit = QLineEdit()
        self.destination_edit.setAccessibleName(self.tr("Save as"))
        self.destination_edit.setAccessibleDescription(self.tr("The file to write"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the file to save as"))
        choose.clicked.connect(self._on_choose_clicked)
        destination_row = QHBoxLayout()
        destination_row.addWidget(self.destination_edit, 1)
        destination_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("E&xport"), self.output_box)
        form.addRow("", self.whole_journal)
        form.addRow(self.tr("&From"), self.from_edit)
        form.addRow(self.tr("&To"), self.to_edit)
        save_as = QLabel(self.tr("&Save as"))
        save_as.setBuddy(self.destination_edit)
        form.addRow(save_as, destination_row)
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.output_box.currentIndexChanged.connect(self._on_output_changed)
        self.whole_journal.toggled.connect(self._on_whole_journal_toggled)
        self.output_box.setCurrentIndex(list(Output).index(output))
        self._on_output_changed()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(field_pattern())
        return edit

    # --- state ------------------------------------------------------------------------------

    @property
    def output(self) -> Output:
        return self.output_box.currentData()

    def date_range(self) -> DateRange:
        if self.whole_journal.isChecked() and self.output is not Output.REPORT:
            return DateRange()
        return DateRange(self.from_edit.date().toPython(), self.to_edit.date().toPython())

    @Slot()
    def _on_output_changed(self) -> None:
        output = self.output
        self.whole_journal.setEnabled(output is not Output.REPORT)
        self._on_whole_journal_toggled()
        name = {
            Output.SESSIONS: "backtimer-sessions",
            Output.STEPS: "backtimer-steps",
            Output.REPORT: "backtimer-report",
        }[output]
        self.destination_edit.setText(str(self._folder / f"{name}-{self._today}{output.suffix}"))

    @Slot()
    def _on_whole_journal_toggled(self) -> None:
        limited = not (self.whole_journal.isChecked() and self.whole_journal.isEnabled())
        self.from_edit.setEnabled(limited)
        self.to_edit.setEnabled(limited)

    @Slot()
    def _on_choose_clicked(self) -> None:
        suffix = self.output.suffix
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save export as"), self.destination_edit.text(), f"*{suffix}"
        )
        if path:
            self.destination_edit.setText(path if path.endswith(suffix) else path + suffix)

    # --- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._worker is not None

    @Slot()
    def start_export(self) -> None:
        days = self.date_range()
        if days.first and days.last and days.first > days.last:
            self._show_message(self.tr("The 'From' day is after the 'To' day."))
            return
        destination = Path(self.destination_edit.text()).expanduser()
        output = self.output
        worker = _ExportWorker(
            lambda progress, should_cancel: self._run_job(
                self._journal_file, output, days, destination, progress, should_cancel, self._today
            )
        )
        worker.signals.progressed.connect(self._on_progressed)
        worker.signals.finished.connect(lambda message: self._on_finished(message, destination))
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        self._set_running(True)
        self._show_message(self.tr("Exporting…"))
        self._pool.start(worker)

    def _set_running(self, running: bool) -> None:
        for widget in (self.output_box, self.whole_journal, self.destination_edit):
            widget.setEnabled(not running)
        self.from_edit.setEnabled(not running)
        self.to_edit.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)
        if not running:
            self._worker = None
            self._on_output_changed_enabled_only()

    def _on_output_changed_enabled_only(self) -> None:
        self.whole_journal.setEnabled(self.output is not Output.REPORT)
        self._on_whole_journal_toggled()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_finished(self, message: str, destination: Path) -> None:
        self._set_running(False)
        self._show_message(message)
        self.cancel_button.setText(self.tr("Close"))
        self.export_finished.emit(str(destination))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        self._show_message(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._set_running(False)
        self._show_message(self.tr("Export cancelled; no file was written."))

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._worker is not None:
            self._worker.cancel_requested.set()
            self._show_message(self.tr("Cancelling…"))
            return
        self.reject()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def reject(self) -> None:
        """Closing while exporting cancels first; the dialog closes once the worker stops."""
        if self._worker is not None:
            self._worker.cancel_requested.set()
            self._worker.signals.cancelled.connect(super().reject)
            self._worker.signals.finished.connect(super().reject)
            self._worker.signals.failed.connect(super().reject)
            return
        super().reject()

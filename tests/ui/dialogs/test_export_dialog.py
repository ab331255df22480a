"""The export dialog: runs off the GUI thread, shows progress, cancels cleanly, explains errors."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from backtimer.journal.export import DateRange, ExportCancelled
from backtimer.journal.journal import Journal
from backtimer.ui.dialogs.export_dialog import ExportDialog, Output
from tests.journal_samples import fill_sample_journal

TODAY = date(2026, 11, 2)


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        fill_sample_journal(journal)
    return path


@pytest.fixture
def pool():
    pool = QThreadPool()
    yield pool
    pool.waitForDone(5000)


def _dialog(
    qtbot, journal_file: Path, tmp_path: Path, pool: QThreadPool, **options
) -> ExportDialog:
    dialog = ExportDialog(journal_file, today=TODAY, folder=tmp_path, thread_pool=pool, **options)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    ("output", "first_cell"), [(Output.SESSIONS, "uid"), (Output.STEPS, "session_uid")]
)
def test_csv_export_writes_the_chosen_kind(
    qtbot, journal_file: Path, tmp_path: Path, pool: QThreadPool, output: Output, first_cell: str
) -> None:
    """Export writes the chosen CSV to the suggested destination and says how many rows."""
    dialog = _dialog(qtbot, journal_file, tmp_path, pool, output=output)
    dialog.whole_journal.setChecked(True)
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000) as blocker:
        dialog.export_button.click()
    written = Path(blocker.args[0])
    with written.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][0] == first_cell
    assert f"Saved {len(rows) - 1} rows" in dialog.message_label.text()
    assert dialog.progress_bar.isHidden()
    assert dialog.cancel_button.text() == "Close"


def test_date_range_reaches_the_export(qtbot, journal_file, tmp_path, pool) -> None:
    """The From/To days chosen are the range passed to the export job."""
    seen: list[DateRange] = []

    def job(journal: Path, output: Output, days: DateRange, destination: Path, *_: object) -> str:
        seen.append(days)
        return "done"

    dialog = _dialog(qtbot, journal_file, tmp_path, pool, run_job=job)
    dialog.from_edit.setDate(date(2026, 10, 22))
    with qtbot.waitSignal(dialog.export_finished):
        dialog.export_button.click()
    assert seen == [DateRange(date(2026, 10, 22), TODAY)]


def test_cancel_stops_the_worker_and_says_so(qtbot, journal_file, tmp_path, pool) -> None:
    """Cancel during an export sets the worker's flag; the dialog reports nothing was written."""
    started = threading.Event()

    def slow_job(
        journal: Path,
        output: Output,
        days: DateRange,
        destination: Path,
        progress: Callable[[int, int], None],
        should_cancel: Callable[[], bool],
        _today: date,
    ) -> str:
        progress(1, 100)
        started.set()
        for _ in range(500):  # bounded: 500 × 10 ms at most
            if should_cancel():
                raise ExportCancelled
            threading.Event().wait(0.01)
        return "finished anyway"

    dialog = _dialog(qtbot, journal_file, tmp_path, pool, run_job=slow_job)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: started.is_set() and dialog.progress_bar.maximum() == 100)
    assert not dialog.progress_bar.isHidden()
    assert not dialog.export_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.message_label.text() == "Export cancelled; no file was written."
    assert dialog.export_button.isEnabled()


def test_unwritable_destination_shows_the_folder(qtbot, journal_file, tmp_path, pool) -> None:
    """A folder that does not exist is named in the dialog, and no file appears."""
    dialog = _dialog(qtbot, journal_file, tmp_path, pool)
    dialog.destination_edit.setText(str(tmp_path / "nowhere" / "x.csv"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.running)
    assert "nowhere" in dialog.message_label.text()
    assert not (tmp_path / "nowhere").exists()


def test_report_is_written_as_pdf(qtbot, journal_file, tmp_path, pool) -> None:
    """The report choice writes a PDF for the chosen range; 'whole journal' does not apply."""
    dialog = _dialog(qtbot, journal_file, tmp_path, pool, output=Output.REPORT)
    assert not dialog.whole_journal.isEnabled()
    assert dialog.destination_edit.text().endswith(".pdf")
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000) as blocker:
        dialog.export_button.click()
    assert Path(blocker.args[0]).read_bytes().startswith(b"%PDF")
    assert "page report" in dialog.message_label.text()


def test_from_after_to_is_refused(qtbot, journal_file, tmp_path, pool) -> None:
    """An inverted range is explained instead of exporting nothing."""
    dialog = _dialog(qtbot, journal_file, tmp_path, pool)
    dialog.from_edit.setDate(date(2026, 11, 30))
    dialog.export_button.click()
    assert not dialog.running
    assert "after" in dialog.message_label.text()

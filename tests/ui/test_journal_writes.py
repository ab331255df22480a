"""JournalWrites: named writes run in order on the journal thread, reported on the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from backtimer.journal.journal import Journal
from backtimer.journal.records import PainContext, SessionStatus, StepRecord
from backtimer.journal.worker import JournalWorker
from backtimer.ui.journal_writes import JournalReadOnly, JournalWrites

T0 = datetime(2026, 5, 6, 9, 0, tzinfo=UTC)


class Heard:
    """What the signals said, and on which thread."""

    def __init__(self, writes: JournalWrites) -> None:
        self.written: list[str] = []
        self.failed: list[tuple[str, str]] = []
        self.off_gui_thread = 0
        writes.written.connect(self._on_written)
        writes.failed.connect(self._on_failed)

    def _check_thread(self) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        if QThread.currentThread() is not app.thread():
            self.off_gui_thread += 1

    def _on_written(self, what: str) -> None:
        self._check_thread()
        self.written.append(what)

    def _on_failed(self, what: str, error: str) -> None:
        self._check_thread()
        self.failed.append((what, error))


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    return path


@pytest.fixture
def writes(qapp: QCoreApplication, journal_file: Path) -> Iterator[JournalWrites]:
    worker = JournalWorker(journal_file)
    yield JournalWrites(worker)
    worker.close()


def _step(index: int) -> StepRecord:
    began = T0 + timedelta(seconds=30 * index)
    return StepRecord(
        index, "work", "cat_cow", "Cat-cow", None, 1, index + 1, 30.0, 30.0, began,
        began + timedelta(seconds=30),
    )  # fmt: skip


def _settle(qtbot: QtBot, writes: JournalWrites, heard: Heard, count: int) -> None:
    writes.flush().result(timeout=5)
    qtbot.waitUntil(lambda: len(heard.written) + len(heard.failed) >= count, timeout=2000)


def test_a_session_written_by_name_lands_in_order_with_its_future_id(
    qtbot: QtBot, writes: JournalWrites, journal_file: Path
) -> None:
    """Steps and pain queued before the start's id is known attach to that session, in order."""
    heard = Heard(writes)
    session_id = writes.start_session("rt", "Routine", 60.0, T0, steps_planned=2)
    assert isinstance(session_id, Future)
    writes.record_pain(4, PainContext.BEFORE, T0, session_id=session_id, leg_pain=True)
    writes.record_step(session_id, _step(0))
    writes.record_step(session_id, _step(1))
    writes.finish_session(session_id, SessionStatus.COMPLETED, T0 + timedelta(minutes=1), 3)
    _settle(qtbot, writes, heard, 5)
    assert heard.written == [
        "start the session",
        "save the pain score",
        "save the step",
        "save the step",
        "finish the session",
    ]
    assert (heard.failed, heard.off_gui_thread) == ([], 0)
    with Journal.open(journal_file) as journal:
        (summary,) = journal.sessions()
        (pain,) = journal.pain_entries()
        steps = journal.session_steps(summary.id)
    assert summary.id == session_id.result()
    assert (summary.status, summary.effort, summary.steps_planned) == ("completed", 3, 2)
    assert [step.step_index for step in steps] == [0, 1]
    assert (pain.session_id, pain.score, pain.leg_pain) == (summary.id, 4, True)


def test_a_failed_write_is_reported_once_and_later_writes_still_run(
    qtbot: QtBot, writes: JournalWrites, journal_file: Path
) -> None:
    heard = Heard(writes)
    failed = writes.update_pain(999, 3, "")
    writes.record_pain(2, PainContext.SPOT, T0)
    _settle(qtbot, writes, heard, 2)
    assert heard.failed == [("save the pain score", "no pain entry with id 999")]
    assert heard.written == ["save the pain score"]
    assert heard.off_gui_thread == 0
    assert isinstance(failed.exception(), LookupError)
    with Journal.open(journal_file) as journal:
        assert [entry.score for entry in journal.pain_entries()] == [2]


def test_housekeeping_jobs_do_not_say_the_journal_changed(
    qtbot: QtBot, writes: JournalWrites, journal_file: Path, tmp_path: Path
) -> None:
    """A backup and a flush change nothing the pages show: no refresh for them."""
    heard = Heard(writes)
    writes.back_up_if_due(journal_file, tmp_path / "backups", T0).result(timeout=5)
    writes.flush().result(timeout=5)
    qtbot.wait(50)
    assert heard.written == heard.failed == []  # type: ignore[comparison-overlap]


def test_read_only_refuses_every_write_with_one_failure_each(qapp: QCoreApplication) -> None:
    """No worker: nothing is queued, each write fails at once and says why, nothing 'written'."""
    writes = JournalWrites(None)
    heard = Heard(writes)
    assert not writes.can_write
    future = writes.record_pain(5, PainContext.SPOT, T0)
    assert isinstance(future.exception(), JournalReadOnly)
    assert heard.failed == [
        ("save the pain score", "The journal is open read-only, so nothing can be saved.")
    ]
    assert heard.written == []

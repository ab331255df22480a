"""Reads the history through the GUI thread's journal and sends edits to the journal worker.

Reads are quick indexed queries on the GUI thread's own connection; writes go to the one
writer thread so they stay ordered with the workout's writes and never block a repaint.
Worker futures finish on that thread, so completion crosses back as a queued Qt signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, Signal, Slot

from backtimer.journal.journal import Journal
from backtimer.journal.records import (
    HurtEvent,
    PainContext,
    PainEdit,
    PainEntry,
    SessionSummary,
    StepRow,
)
from backtimer.journal.worker import JournalWorker

logger = logging.getLogger(__name__)

READ_ONLY_REASON = (
    "The journal is open read-only (another Backtimer may be running, or the file is"
    " protected), so changes cannot be saved."
)


@dataclass(frozen=True)
class SessionDetail:
    """Everything the session dialog shows, read in one go."""

    summary: SessionSummary
    steps: list[StepRow]
    pain: list[PainEntry]
    """This session's before/after scores, oldest first."""
    hurts: list[HurtEvent]


class HistoryController(QObject):
    """The history page's only path to the journal.

    Signals:
        changed(): a write finished (or failed); re-read to show what the journal holds.
        write_failed(str): a write did not happen, in plain words.
    """

    changed = Signal()
    write_failed = Signal(str)
    _write_finished = Signal(str, str)  # what was attempted, error text ("" when it worked)

    def __init__(
        self,
        reader: Journal,
        worker: JournalWorker | None,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._worker = worker
        self._now = now
        self._write_finished.connect(self._on_write_finished)

    @property
    def read_only(self) -> bool:
        return self._worker is None

    @property
    def read_only_reason(self) -> str:
        return READ_ONLY_REASON if self.read_only else ""

    def today(self) -> date:
        return self._now().date()

    # --- reading ------------------------------------------------------------------------------

    def sessions(
        self, from_day: date | None = None, to_day: date | None = None
    ) -> list[SessionSummary]:
        return self._reader.sessions(from_day, to_day)

    def has_sessions(self) -> bool:
        """Tells "nothing yet" apart from "nothing in this date range"."""
        return self._reader.session_count() > 0

    def session(self, session_id: int) -> SessionSummary:
        return self._reader.session(session_id)

    def session_detail(self, session_id: int) -> SessionDetail:
        summary = self._reader.session(session_id)
        last_day = (summary.ended or summary.started).date()
        # Pain days are local days; a day either side covers a session that crosses midnight.
        pain = [
            entry
            for entry in self._reader.pain_entries(
                summary.day - timedelta(days=1),
                last_day + timedelta(days=1),
                contexts=(PainContext.BEFORE, PainContext.AFTER),
            )
            if entry.session_id == session_id
        ]
        return SessionDetail(
            summary=summary,
            steps=self._reader.session_steps(session_id),
            pain=pain,
            hurts=self._reader.hurt_events(session_id=session_id),
        )

    def pain_checks(
        self, from_day: date | None = None, to_day: date | None = None
    ) -> list[PainEntry]:
        """Scores logged outside sessions ("Log pain now")."""
        return self._reader.pain_entries(from_day, to_day, contexts=(PainContext.SPOT,))

    # --- writing ------------------------------------------------------------------------------

    def set_note(self, session_id: int, note: str) -> Future[None] | None:
        return self._submit("save the note", lambda j: j.set_session_note(session_id, note))

    def update_pain(self, pain_id: int, score: int, note: str) -> Future[None] | None:
        return self._submit("save the pain score", lambda j: j.update_pain(pain_id, score, note))

    def save_edits(
        self, session_id: int, note: str | None, pain: Sequence[PainEdit]
    ) -> Future[None] | None:
        """Save a session dialog's edits as one job, so the page refreshes once, not halfway."""

        def write(journal: Journal) -> None:
            for edit in pain:
                journal.update_pain(edit.pain_id, edit.score, edit.note)
            if note is not None:
                journal.set_session_note(session_id, note)

        return self._submit("save your changes", write)

    def delete_session(self, session_id: int) -> Future[None] | None:
        """Move to the journal's bin (undoable), stamped with the injected clock."""
        at = self._now()
        return self._submit("delete the session", lambda j: j.delete_session(session_id, at))

    def undo_delete(self, session_id: int) -> Future[None] | None:
        return self._submit("restore the session", lambda j: j.undelete_session(session_id))

    def _submit(self, what: str, write: Callable[[Journal], None]) -> Future[None] | None:
        if self._worker is None:
            logger.warning("ignored an attempt to %s: journal is read-only", what)
            return None
        future = self._worker.submit(write)
        future.add_done_callback(lambda done: self._report(what, done))
        return future

    def _report(self, what: str, future: Future[None]) -> None:
        """Runs on the writer thread: hand over to the GUI thread through a queued signal."""
        error = future.exception()
        text = "" if error is None else str(error) or type(error).__name__
        self._write_finished.emit(what, text)

    @Slot(str, str)
    def _on_write_finished(self, what: str, error: str) -> None:
        if error:
            self.write_failed.emit(f"Could not {what}: {error}")
        self.changed.emit()

"""Reads the history through the GUI thread's journal and sends edits through ``JournalWrites``.

Reads are quick indexed queries on the GUI thread's own connection; writes are named calls on the
app's one ``JournalWrites``, so they stay ordered with the workout's writes and never block a
repaint. The controller does not report back itself: ``JournalWrites.written`` makes the app
refresh every page (this one included), and ``JournalWrites.failed`` is shown once by the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.journal.journal import Journal
from backtimer.journal.records import (
    HurtEvent,
    PainContext,
    PainEdit,
    PainEntry,
    SessionSummary,
    StepRow,
)
from backtimer.ui.journal_writes import JournalWrites

READ_ONLY_REASON = QT_TRANSLATE_NOOP(
    "HistoryController",
    "The journal is open read-only (another Backtimer may be running, or the file is"
    " protected), so changes cannot be saved.",
)
"""In English; shown through ``HistoryController.read_only_reason`` in the user's language."""


@dataclass(frozen=True)
class SessionDetail:
    """Everything the session dialog shows, read in one go."""

    summary: SessionSummary
    steps: list[StepRow]
    pain: list[PainEntry]
    """This session's before/after scores, oldest first."""
    hurts: list[HurtEvent]


class HistoryController(QObject):
    """The history page's only path to the journal: reads here, writes by name."""

    def __init__(
        self,
        reader: Journal,
        writes: JournalWrites | None,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._writes = writes if writes is not None and writes.can_write else None
        self._now = now

    @property
    def read_only(self) -> bool:
        return self._writes is None

    @property
    def read_only_reason(self) -> str:
        return (
            QCoreApplication.translate("HistoryController", READ_ONLY_REASON)
            if self.read_only
            else ""
        )

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
        return None if self._writes is None else self._writes.set_session_note(session_id, note)

    def update_pain(self, pain_id: int, score: int, note: str) -> Future[None] | None:
        return None if self._writes is None else self._writes.update_pain(pain_id, score, note)

    def save_edits(
        self, session_id: int, note: str | None, pain: Sequence[PainEdit]
    ) -> Future[None] | None:
        """A session dialog's edits in one transaction, so the page refreshes once, not halfway."""
        if self._writes is None:
            return None
        return self._writes.save_session_edits(session_id, note, pain)

    def delete_session(self, session_id: int) -> Future[None] | None:
        """Move to the journal's bin (undoable), stamped with the injected clock."""
        if self._writes is None:
            return None
        return self._writes.delete_session(session_id, self._now())

    def undo_delete(self, session_id: int) -> Future[None] | None:
        return None if self._writes is None else self._writes.undelete_session(session_id)

"""Pain check-ins outside a workout: "Log pain now", the morning check, unfinished sessions.

Each flow asks the user (a pain dialog or a message box) and writes the answer by name through
``JournalWrites``; the app refreshes its pages on ``JournalWrites.written`` and shows failures
from ``JournalWrites.failed``, so nothing here reports back. The clock is injected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime, Slot
from PySide6.QtWidgets import QMessageBox

from backtimer.insights.pain_checks import morning_check_due
from backtimer.journal.journal import Journal
from backtimer.journal.records import PainContext, SessionStatus, SessionSummary
from backtimer.ui.dialogs.pain_dialog import PainAnswer, PainScoreDialog
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.main_window import MainWindow
from backtimer.ui.preferences import Preferences

AskPain = Callable[..., PainAnswer | None]


class CheckInFlows(QObject):
    """The check-ins the app offers between workouts, over the app's one ``JournalWrites``."""

    def __init__(
        self,
        *,
        window: MainWindow,
        reader: Journal | None,
        writes: JournalWrites,
        preferences: Preferences,
        now: Callable[[], datetime],
        ask_pain: AskPain | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._reader = reader
        self._writes = writes
        self._preferences = preferences  # the app's object, updated in place by Settings
        self._now = now
        self._ask_pain = ask_pain

    def _ask(self, **kwargs: object) -> PainAnswer | None:
        ask = self._ask_pain or PainScoreDialog.ask  # looked up late: tests patch the dialog
        return ask(self._window, **kwargs)

    @Slot()
    def log_pain_now(self) -> None:
        """Journal › Log pain now: one spot score, saved at the moment the user answers."""
        if not self._writes.can_write:
            QMessageBox.information(
                self._window,
                self.tr("Journal is read-only"),
                self.tr("Pain scores cannot be saved right now."),
            )
            return
        answer = self._ask(title=self.tr("Log pain now"))
        if answer is None:
            return
        at = self._now()
        self._writes.record_pain(
            answer.score, PainContext.SPOT, at, note=answer.note, **answer.symptoms
        )
        self._window.show_status(
            self.tr("Saved: pain {score}/10 at {time}.").format(
                score=answer.score, time=f"{at:%H:%M}"
            )
        )

    def ask_morning_check(self) -> None:
        """After a session day, ask once before noon how the back is this morning.

        The answer is a spot score; the progression rules read it as "did yesterday settle?".
        """
        if self._reader is None or not self._writes.can_write:
            return
        if not self._preferences.ask_morning_check:
            return
        now = self._now()
        yesterday = now.date() - timedelta(days=1)
        recent = self._reader.sessions(yesterday, now.date())
        sessions = sum(1 for session in recent if session.day == yesterday)
        ends = [session.ended for session in recent if session.ended is not None]
        entries = self._reader.pain_entries(now.date(), now.date(), contexts=(PainContext.SPOT,))
        if not morning_check_due(now, sessions, entries, max(ends, default=None)):
            return
        answer = self._ask(
            title=self.tr("Good morning"),
            context=self.tr("How is your back this morning, after yesterday's workout?"),
        )
        if answer is not None:
            self._writes.record_pain(
                answer.score, PainContext.SPOT, now, note=answer.note, **answer.symptoms
            )

    def resume_unfinished_sessions(self) -> None:
        """Sessions left in progress by a crash: finish them (with a pain score) or close them."""
        if self._reader is None or not self._writes.can_write:
            return
        for session in self._reader.unfinished_sessions():
            finish = self._ask_finish(session)
            now = self._now()
            if not finish:
                self._writes.mark_interrupted(session.id, now)
                continue
            answer = self._ask(title=self.tr("Pain after that workout"))
            if answer is not None:
                self._writes.record_pain(
                    answer.score,
                    PainContext.AFTER,
                    now,
                    session_id=session.id,
                    note=answer.note,
                    **answer.symptoms,
                )
            self._writes.finish_session(session.id, SessionStatus.STOPPED, now)

    def _ask_finish(self, session: SessionSummary) -> bool:
        """True: record pain and finish it; False: mark it interrupted."""
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("A workout did not finish"))
        box.setText(unfinished_session_text(session))
        finish = box.addButton(
            self.tr("Record pain and finish it"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Mark it interrupted"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is finish


def unfinished_session_text(session: SessionSummary) -> str:
    """What the "did not finish" question says about a session a crash left open."""
    started = QLocale().toString(
        QDateTime(
            QDate(session.started.year, session.started.month, session.started.day),
            QTime(session.started.hour, session.started.minute),
        ),
        QCoreApplication.translate("CheckInFlows", "dddd d MMMM 'at' HH:mm"),
    )
    closed = QCoreApplication.translate(
        "CheckInFlows",
        "<b>{title}</b>, started {started}, did not finish: Backtimer closed while it was running.",
    ).format(title=escape(session.routine_title), started=started)
    steps = session.steps_completed
    if steps == 0:
        saved = QCoreApplication.translate("CheckInFlows", "No step had been completed yet.")
    elif steps == 1:
        saved = QCoreApplication.translate("CheckInFlows", "The step you completed is saved.")
    else:
        saved = QCoreApplication.translate(
            "CheckInFlows", "The {steps} steps you completed are saved."
        ).format(steps=steps)
    return f"{closed}<br><br>{saved}"

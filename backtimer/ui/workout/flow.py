"""One workout from start to finish: pain before → player → summary → pain after → journal.

The flow owns the order of things and the journal writes that frame a session; the timed part is
``WorkoutSession``'s job. Every journal write is queued on the journal worker, so the timer never
waits for the disk.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from backtimer.journal.records import SessionStatus
from backtimer.journal.worker import JournalWorker
from backtimer.library.model import Library
from backtimer.ui.dialogs.pain_dialog import PainAnswer, PainScoreDialog
from backtimer.ui.main_window import MainWindow
from backtimer.ui.preferences import Preferences
from backtimer.workout.clock import Clock, MonotonicClock
from backtimer.workout.plan import build_plan

if TYPE_CHECKING:  # the player and its audio load with the first workout, not at start-up
    from backtimer.ui.workout.cue_player import CuePlayer
    from backtimer.ui.workout.workout_session import SessionOutcome, WorkoutSession

logger = logging.getLogger(__name__)


class WorkoutFlow(QObject):
    """Runs workouts one at a time inside the main window.

    Signals:
        journal_changed: something was written that history and trends should show.
        workout_started: a routine's player is on screen (routine id).
        workout_ended: the player closed (outcome status value).
    """

    journal_changed = Signal()
    workout_started = Signal(str)
    workout_ended = Signal(str)

    def __init__(
        self,
        *,
        window: MainWindow,
        library: Library,
        worker: JournalWorker | None,
        preferences: Preferences,
        settings: QSettings,
        now: Callable[[], datetime],
        ask_pain: Callable[..., PainAnswer | None] | None = None,
        confirm_stop: bool = True,
        clock_factory: Callable[[], Clock] = MonotonicClock,
        cue_player_factory: Callable[[], CuePlayer | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._worker = worker
        self._preferences = preferences
        self._settings = settings
        self._now = now
        self._ask_pain = ask_pain or PainScoreDialog.ask
        self._confirm_stop = confirm_stop
        self._clock_factory = clock_factory
        self._cue_player_factory = cue_player_factory
        self._session: WorkoutSession | None = None
        self._session_id: Future[int] | None = None
        self._pain_before: int | None = None

    def set_library(self, library: Library) -> None:
        """A reloaded library (a routine saved, imported or deleted); used from the next start."""
        self._library = library

    @property
    def session(self) -> WorkoutSession | None:
        return self._session

    @Slot(str)
    def start_routine(self, routine_id: str) -> bool:
        if self._session is not None:
            self._window.show_status("A workout is already running.")
            return False
        routine = self._library.routines.get(routine_id)
        if routine is None:
            QMessageBox.warning(
                self._window,
                "Unknown routine",
                f"There is no routine with the id “{routine_id}”. "
                "See the Library, or run: backtimer routines list",
            )
            return False
        if self._preferences.prepare_s is not None:
            # The user's own get-ready time replaces the routine's; blocks that set their own
            # (say, 0 s to stay in position) keep it, as their author meant.
            routine = dataclasses.replace(routine, prepare_s=float(self._preferences.prepare_s))
        plan = build_plan(routine, self._library.exercises)

        before: PainAnswer | None = None
        if self._preferences.ask_pain_before:
            before = self._ask(
                title="Before you start",
                context=f"Before <b>{routine.title}</b>: a quick check-in (Esc skips).",
            )
        self._pain_before = before.score if before else None

        started = self._now()
        if self._worker is not None:
            self._session_id = self._worker.submit(
                lambda j: j.start_session(routine.id, routine.title, plan.total_s, started)
            )
            if before is not None:
                self._write(
                    lambda j, sid: j.record_pain(
                        before.score, "before", started, session_id=sid, note=before.note
                    )
                )
        from backtimer.ui.workout.workout_session import WorkoutSession

        session = WorkoutSession(
            plan,
            self._library.exercises,
            clock=self._clock_factory(),
            wall_now=self._now,
            record=self._write,
            preferences=self._preferences,
            settings=self._settings,
            confirm_stop=self._confirm_stop,
            cue_player=self._cue_player_factory(),
            parent=self,
        )
        session.ended.connect(self._on_session_ended)
        session.closed.connect(self._on_player_closed)
        session.floor_mode_changed.connect(self._window.set_full_screen)
        self._session = session
        self._window.show_player(session.view, routine.title)
        self._window.set_close_guard(
            "A workout is running. Quit anyway? The steps you have done are saved."
        )
        if self._preferences.start_in_floor_mode:
            session.view.set_floor_mode(True)
        self.workout_started.emit(routine.id)
        return True

    def _ask(self, **kwargs: object) -> PainAnswer | None:
        """Ask for a pain score, then hand the keyboard back to the main window."""
        answer = self._ask_pain(self._window, **kwargs)
        self._window.activateWindow()
        return answer

    def _write(self, job: Callable[..., object]) -> None:
        """Queue ``job(journal, session_id)`` after the session row exists."""
        if self._worker is None or self._session_id is None:
            return
        session_id = self._session_id
        self._worker.submit(lambda journal: job(journal, session_id.result()))

    @Slot(object)
    def _on_session_ended(self, outcome: SessionOutcome) -> None:
        """The engine finished or was stopped: close the session row, ask for pain after."""
        ended = self._now()
        self._window.set_close_guard(None)
        status = SessionStatus.COMPLETED if outcome.completed else SessionStatus.STOPPED
        after: PainAnswer | None = None
        if self._preferences.ask_pain_after and outcome.completed:
            after = self._ask(
                title="How do you feel now?",
                context="Well done. One last check-in (Esc skips).",
                before=self._pain_before,
            )
        if after is not None:
            self._write(
                lambda j, sid: j.record_pain(
                    after.score, "after", ended, session_id=sid, note=after.note
                )
            )
            if self._session is not None:
                self._session.view.show_pain_change(self._pain_before, after.score)
        self._write(lambda j, sid: j.finish_session(sid, status, ended))
        self._notify_when_written()
        if not outcome.completed:
            self._close_player()

    def _notify_when_written(self) -> None:
        if self._worker is not None:
            self._worker.submit(lambda _j: None).add_done_callback(
                lambda _f: self.journal_changed.emit()
            )

    @Slot()
    def _on_player_closed(self) -> None:
        self._close_player()

    def _close_player(self) -> None:
        session, self._session = self._session, None
        self._session_id = None
        self._window.set_close_guard(None)
        if session is not None:
            session.shutdown()
            self._window.show_home()
            self.workout_ended.emit(session.plan.routine.id)

    @Slot()
    def abandon(self) -> None:
        """The app is closing mid-workout: stop cleanly and mark the session stopped."""
        if self._session is None:
            return
        ended = self._now()
        self._write(lambda j, sid: j.finish_session(sid, SessionStatus.STOPPED, ended))
        self._close_player()

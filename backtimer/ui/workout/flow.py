"""One workout from start to finish: pain before → player → pain after → summary → journal.

The flow owns the order of things and the journal writes that frame a session (through
``JournalWrites``, whose ``written`` signal is the only "the journal changed"); the timed part is
``WorkoutSession``'s job. A workout stopped before any exercise step ran is discarded: it never
counts as a session anywhere.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.journal.records import SessionStatus
from backtimer.library.model import Library, Routine
from backtimer.ui.dialogs.pain_dialog import PainAnswer, PainScoreDialog
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.main_window import MainWindow
from backtimer.ui.preferences import Preferences
from backtimer.workout.clock import Clock, MonotonicClock
from backtimer.workout.plan import build_plan

if TYPE_CHECKING:  # the player and its audio load with the first workout, not at start-up
    from backtimer.ui.workout.cue_player import CuePlayer
    from backtimer.ui.workout.workout_session import AskHurt, SessionOutcome, WorkoutSession

logger = logging.getLogger(__name__)

DISCARDED_MESSAGE = QT_TRANSLATE_NOOP(
    "WorkoutFlow", "Stopped before the first exercise: nothing was recorded."
)


class WorkoutFlow(QObject):
    """Runs workouts one at a time inside the main window.

    Signals:
        workout_started: a routine's player is on screen (routine id).
        workout_ended: the player closed (routine id).
    """

    workout_started = Signal(str)
    workout_ended = Signal(str)

    def __init__(
        self,
        *,
        window: MainWindow,
        library: Library,
        writes: JournalWrites | None,
        preferences: Preferences,
        settings: QSettings,
        now: Callable[[], datetime],
        ask_pain: Callable[..., PainAnswer | None] | None = None,
        ask_hurt: AskHurt | None = None,
        show_safety: Callable[[], None] | None = None,
        confirm_stop: bool = True,
        clock_factory: Callable[[], Clock] = MonotonicClock,
        cue_player_factory: Callable[[], CuePlayer | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._writes = writes if writes is not None and writes.can_write else None
        self._preferences = preferences
        self._settings = settings
        self._now = now
        self._ask_pain = ask_pain or PainScoreDialog.ask
        self._ask_hurt = ask_hurt
        self._show_safety = show_safety
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
    def start_routine(self, routine_id: str, routine: Routine | None = None) -> bool:
        """Run a routine of the library, or ``routine`` itself (the plan's one-set version)."""
        if self._session is not None:
            self._window.show_status(self.tr("A workout is already running."))
            return False
        routine = routine or self._library.routines.get(routine_id)
        if routine is None:
            QMessageBox.warning(
                self._window,
                self.tr("Unknown routine"),
                self.tr(
                    "There is no routine with the id “{id}”. "
                    "See the Library, or run: backtimer routines list"
                ).format(id=routine_id),
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
                title=self.tr("Before you start"),
                context=self.tr("Before <b>{title}</b>: a quick check-in (Esc skips).").format(
                    title=escape(routine.title)
                ),
            )
        self._pain_before = before.score if before else None

        started = self._now()
        writes = self._writes
        self._session_id = None
        if writes is not None:
            self._session_id = writes.start_session(
                routine.id, routine.title, plan.total_s, started, steps_planned=len(plan)
            )
            if before is not None:
                writes.record_pain(
                    before.score,
                    "before",
                    started,
                    session_id=self._session_id,
                    note=before.note,
                    **before.symptoms,
                )
        from backtimer.ui.workout.workout_session import WorkoutSession

        session = WorkoutSession(
            plan,
            self._library.exercises,
            routines=self._library.routines.values(),
            clock=self._clock_factory(),
            wall_now=self._now,
            writes=writes,
            session_id=self._session_id,
            preferences=self._preferences,
            settings=self._settings,
            confirm_stop=self._confirm_stop,
            cue_player=self._cue_player_factory(),
            ask_hurt=self._ask_hurt,
            show_safety=self._show_safety,
            parent=self,
        )
        session.ended.connect(self._on_session_ended)
        session.closed.connect(self._on_player_closed)
        session.floor_mode_changed.connect(self._window.set_full_screen)
        self._session = session
        self._window.show_player(session.view, routine.title)
        self._window.set_close_guard(self._confirm_quit)
        if self._preferences.start_in_floor_mode:
            session.view.set_floor_mode(True)
        self.workout_started.emit(routine.id)
        # The get-ready step counts at once: it is the time to get into position, and a
        # frozen "Get ready" after the check-in reads as broken. Space pauses it.
        session.start()
        return True

    def _confirm_quit(self) -> bool:
        """Closing the window mid-workout: ask, with the timer held while the question is open."""
        session = self._session
        held = session.hold() if session is not None else False
        answer = QMessageBox.question(
            self._window,
            self.tr("Quit during a workout?"),
            self.tr("A workout is running. Quit anyway? The steps you have done are saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return True
        if held and session is not None:
            session.resume()
        return False

    def _ask(self, **kwargs: object) -> PainAnswer | None:
        """Ask for a pain score, then hand the keyboard back to the main window."""
        answer = self._ask_pain(self._window, **kwargs)
        self._window.activateWindow()
        return answer

    @Slot(object)
    def _on_session_ended(self, outcome: SessionOutcome) -> None:
        """Finished or stopped: leave floor mode, ask for pain after, close the session row.

        A workout stopped before any exercise step ran (and with no "this hurts" reported) is
        discarded, not counted.
        """
        session = self._session
        ended = self._now()
        self._window.set_close_guard(None)
        if session is not None and session.view.is_floor_mode():
            session.view.set_floor_mode(False)
        if not outcome.worth_keeping:
            if self._writes is not None and self._session_id is not None:
                self._writes.discard_session(self._session_id)
            self._close_player()
            self._window.show_status(self.tr(DISCARDED_MESSAGE))
            return
        after: PainAnswer | None = None
        if self._preferences.ask_pain_after:
            after = self._ask(
                title=self.tr("How do you feel now?"),
                context=(
                    self.tr("Well done. One last check-in (Esc skips).")
                    if outcome.finished
                    else self.tr("You stopped the workout. How is your back now? (Esc skips)")
                ),
                before=self._pain_before,
                ask_effort=True,
            )
        writes, session_id = self._writes, self._session_id
        if writes is not None and session_id is not None:
            if after is not None:
                writes.record_pain(
                    after.score,
                    "after",
                    ended,
                    session_id=session_id,
                    note=after.note,
                    **after.symptoms,
                )
            # "completed" = ran to its end; whether every step ran is the tally's to say.
            status = SessionStatus.COMPLETED if outcome.finished else SessionStatus.STOPPED
            effort = after.effort if after else None
            planned = outcome.tally.planned  # a gentler exercise may have changed the count
            writes.finish_session(session_id, status, ended, effort, steps_planned=planned)
        if session is not None:
            session.show_summary(self._pain_before, after.score if after else None)

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
        session = self._session
        if session is None:
            return
        from backtimer.workout.engine import EngineState  # loaded with the first workout

        writes, session_id = self._writes, self._session_id
        if session.engine_state not in (EngineState.FINISHED, EngineState.STOPPED):
            ended = self._now()
            session.ended.disconnect(self._on_session_ended)
            session.shutdown()
            if writes is not None and session_id is not None:
                if session.worth_keeping:
                    writes.finish_session(session_id, SessionStatus.STOPPED, ended)
                else:
                    writes.discard_session(session_id)
        self._close_player()

"""One running workout: the engine's controller, the player view, cues and step recording.

Built per run by ``WorkoutFlow`` and thrown away afterwards, so nothing of one workout leaks into
the next. Engine events arrive in batches; each batch is turned into view updates, at most one
cue, and journal writes (queued on the journal thread, off the timer's path).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from backtimer.journal.records import HurtAction, HurtRecord, StepRecord
from backtimer.library.describe import format_seconds
from backtimer.library.model import Exercise
from backtimer.ui.preferences import Preferences
from backtimer.ui.workout.cue_player import CuePlayer
from backtimer.ui.workout.engine_driver import SessionController
from backtimer.ui.workout.player_view import PlayerView
from backtimer.ui.workout.screensaver import ScreenSaverInhibitor
from backtimer.workout.clock import Clock
from backtimer.workout.cues import CuePlanner, CueSettings
from backtimer.workout.engine import EngineState
from backtimer.workout.events import (
    EngineEvent,
    Finished,
    Paused,
    Resumed,
    StepCompleted,
    StepStarted,
    Stopped,
)
from backtimer.workout.plan import Plan

logger = logging.getLogger(__name__)

Recorder = Callable[[Callable[..., object]], None]


@dataclass(frozen=True)
class SessionOutcome:
    completed: bool
    steps_completed: int
    steps_skipped: int
    active_s: float


class WorkoutSession(QObject):
    """Wires one plan's controller to its player view, cues and journal.

    Signals:
        ended: the routine finished or was stopped (a ``SessionOutcome``).
        closed: the user closed the player after the summary.
        floor_mode_changed: the player entered or left floor mode.
        hurt_recorded: a "this hurts" report was made (a ``HurtRecord``).
    """

    ended = Signal(object)
    closed = Signal()
    floor_mode_changed = Signal(bool)
    hurt_recorded = Signal(object)

    def __init__(
        self,
        plan: Plan,
        exercises: dict[str, Exercise],
        *,
        clock: Clock,
        wall_now: Callable[[], datetime],
        record: Recorder,
        preferences: Preferences,
        settings: QSettings | None = None,
        confirm_stop: bool = True,
        cue_player: CuePlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._exercises = exercises
        self._clock = clock
        self._record = record
        self._preferences = preferences
        self._settings = settings
        # Step times are stored as wall-clock moments; map monotonic time onto one anchor so
        # a wall-clock jump mid-workout cannot bend the recorded durations.
        self._anchor_mono = clock.now()
        self._anchor_wall = wall_now()
        self._completed = 0
        self._skipped = 0
        self._active_s = 0.0
        self._ended = False
        self._substitutes: dict[int, Exercise] = {}

        self.controller = SessionController(plan, clock=clock, parent=self)
        self.view = PlayerView(plan, exercises, confirm_stop=confirm_stop)
        self._cue_settings = CueSettings(
            sounds=preferences.sounds,
            voice=preferences.voice,
            countdown_voice=preferences.countdown_voice,
            countdown_beeps=preferences.countdown_beeps,
            volume=preferences.volume,
        )
        self._planner = CuePlanner(plan, self._cue_settings, muted=preferences.muted)
        self._cues = cue_player if cue_player is not None else CuePlayer(parent=self)
        self._cues.set_settings(self._cue_settings)
        self._cues.set_voice(preferences.voice_rate, preferences.voice_name)
        self._cues.unavailable.connect(self._on_cues_unavailable)
        self._cues.prepare()
        self._screensaver = ScreenSaverInhibitor(self)
        self.view.set_muted(preferences.muted)

        controller = self.controller
        controller.events_emitted.connect(self._on_events)
        controller.remaining_changed.connect(self.view.show_remaining)
        controller.suspend_detected.connect(self._on_suspend_detected)
        self.view.toggle_pause_requested.connect(self._on_toggle_pause_requested)
        self.view.skip_requested.connect(controller.skip)
        self.view.back_requested.connect(controller.back)
        self.view.restart_requested.connect(controller.restart_step)
        self.view.adjust_requested.connect(controller.adjust_time)
        self.view.tap_done_requested.connect(controller.tap_done)
        self.view.stop_requested.connect(self._on_stop_requested)
        self.view.hurt_reported.connect(self._on_hurt_reported)
        self.view.mute_toggled.connect(self._on_mute_toggled)
        self.view.floor_mode_toggled.connect(self.floor_mode_changed)

    # --- engine events ----------------------------------------------------------------------

    @Slot(object)
    def _on_events(self, events: list[EngineEvent]) -> None:
        for event in events:
            match event:
                case StepStarted(step=step):
                    self.view.show_step(step)
                    self.view.show_remaining(step.duration_s)
                case StepCompleted():
                    self._record_step(event)
                case Paused():
                    self.view.show_paused(True)
                    self._screensaver.release()
                case Resumed():
                    self.view.show_paused(False)
                    self._screensaver.inhibit("Following a workout")
                case Finished():
                    self._finish(completed=True)
                case Stopped():
                    self._finish(completed=False)
        if any(isinstance(event, StepStarted) for event in events) and (
            self.controller.engine.state is EngineState.RUNNING
        ):
            self.view.show_paused(False)
            self._screensaver.inhibit("Following a workout")
        self._cues.play(self._planner.cues_for(events))

    def _wall(self, monotonic_s: float) -> datetime:
        return self._anchor_wall + timedelta(seconds=monotonic_s - self._anchor_mono)

    def _record_step(self, event: StepCompleted) -> None:
        step = event.step
        substitute = self._substitutes.get(step.block_index)
        if event.skipped:
            self._skipped += 1
        else:
            self._completed += 1
        if step.kind.is_active:
            self._active_s += event.actual_s
        record = StepRecord(
            step_index=step.index,
            kind=step.kind.value,
            exercise_id=substitute.id if substitute else step.exercise_id,
            exercise_name=substitute.name if substitute else step.exercise_name,
            side=step.side.value if step.side is not None else None,
            set_number=step.set_number,
            rep_number=step.rep_number,
            planned_s=step.duration_s,
            actual_s=round(event.actual_s, 3),
            started=self._wall(event.started_at),
            ended=self._wall(event.ended_at),
            skipped=event.skipped,
        )
        self._record(lambda journal, session_id: journal.record_step(session_id, record))

    def _finish(self, *, completed: bool) -> None:
        if self._ended:
            return
        self._ended = True
        self._screensaver.release()
        outcome = SessionOutcome(completed, self._completed, self._skipped, self._active_s)
        if completed:
            self.view.show_finished(self._summary_html(outcome))
            self.view.stop_requested.disconnect(self._on_stop_requested)
            self.view.stop_requested.connect(self.closed)
        self.ended.emit(outcome)

    def _summary_html(self, outcome: SessionOutcome) -> str:
        return (
            f"<b>Well done!</b> {format_seconds(outcome.active_s)} of exercise · "
            f"{outcome.steps_completed} steps done"
            + (f", {outcome.steps_skipped} skipped" if outcome.steps_skipped else "")
            + ".<br>Press Esc or Close to go back to the library."
        )

    # --- user actions -----------------------------------------------------------------------

    @Slot()
    def _on_toggle_pause_requested(self) -> None:
        """Space starts the workout the first time, then pauses and resumes it."""
        if self.controller.engine.state is EngineState.READY:
            self.controller.start()
        else:
            self.controller.toggle_pause()

    @Slot()
    def _on_stop_requested(self) -> None:
        self.controller.stop()

    @Slot(bool)
    def _on_mute_toggled(self, muted: bool) -> None:
        self._planner.muted = muted
        self._cues.set_muted(muted)
        self._preferences.muted = muted
        if self._settings is not None:
            self._preferences.save(self._settings)

    @Slot(float)
    def _on_suspend_detected(self, gap_s: float) -> None:
        self.view.show_message(
            f"Paused: the computer was asleep for {format_seconds(gap_s)}. "
            "Press Space when you are ready to carry on."
        )

    @Slot(str)
    def _on_cues_unavailable(self, reason: str) -> None:
        self.view.show_notice(reason)

    @Slot()
    def _on_hurt_reported(self) -> None:
        """Stop the exercise, then offer the gentler variant, skipping, or carrying on."""
        engine = self.controller.engine
        step = engine.current_step
        if step is None or engine.state in (EngineState.FINISHED, EngineState.STOPPED):
            return
        if engine.state is EngineState.RUNNING:
            self.controller.toggle_pause()
        exercise = self._exercises.get(step.exercise_id)
        easier = self._exercises.get(exercise.easier) if exercise and exercise.easier else None
        box = QMessageBox(self.view)
        box.setWindowTitle("This hurts")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            f"<b>{step.exercise_name}</b> is paused.<br><br>"
            "Pain during exercise is common and does not mean harm, but sharp or spreading "
            "pain is a reason to stop this one. What would you like to do?"
        )
        easier_button = (
            box.addButton(f"Try the gentler one: {easier.name}", QMessageBox.ButtonRole.AcceptRole)
            if easier is not None
            else None
        )
        skip_button = box.addButton("Skip this exercise", QMessageBox.ButtonRole.DestructiveRole)
        carry_on = box.addButton("Carry on carefully", QMessageBox.ButtonRole.RejectRole)
        stop_button = box.addButton("Stop the workout", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(skip_button)
        box.exec()
        clicked = box.clickedButton()
        if easier_button is not None and clicked is easier_button:
            action = HurtAction.EASIER
        elif clicked is carry_on:
            action = HurtAction.CONTINUED
        elif clicked is stop_button:
            action = HurtAction.STOPPED
        else:
            action = HurtAction.SKIPPED
        self.record_hurt(action)
        if action is HurtAction.EASIER and easier is not None:
            self._substitutes[step.block_index] = easier
            self.view.use_exercise_for_block(step.block_index, easier)
            self.controller.restart_step()
            self.controller.toggle_pause()
        elif action is HurtAction.SKIPPED:
            self._skip_block(step.block_index)
        elif action is HurtAction.STOPPED:
            self.controller.stop()
        else:
            self.controller.toggle_pause()

    def _skip_block(self, block_index: int) -> None:
        """Move on to the next exercise: the rest of this block is recorded as skipped."""
        following = next((s.index for s in self.plan.steps if s.block_index > block_index), None)
        if following is None:
            self.controller.stop()
            return
        self.controller.jump_to(following)
        if self.controller.engine.state is EngineState.PAUSED:
            self.controller.toggle_pause()

    def record_hurt(self, action: HurtAction, score: int | None = None) -> HurtRecord | None:
        step = self.controller.engine.current_step
        if step is None:
            return None
        hurt = HurtRecord(
            step_index=step.index,
            exercise_id=step.exercise_id,
            exercise_name=step.exercise_name,
            at=self._wall(self._clock.now()),
            action=action,
            score=score,
        )
        self._record(lambda journal, session_id: journal.record_hurt(session_id, hurt))
        self.hurt_recorded.emit(hurt)
        return hurt

    def shutdown(self) -> None:
        """Stop timers, cues and the screensaver hold; the view is disposed by the window."""
        if self.controller.engine.state not in (EngineState.FINISHED, EngineState.STOPPED):
            self.controller.stop()
        self.controller.shutdown()
        self._screensaver.release()
        self._cues.close()

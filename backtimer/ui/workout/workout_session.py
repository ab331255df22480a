"""One running workout: the engine driver, the player view, cues and step recording.

Built per run by ``WorkoutFlow`` and thrown away afterwards, so nothing of one workout leaks into
the next. The event path is one line: the engine driver emits each engine call's events as one
batch; ``_on_events`` counts them (``ProgressTracker``), records finished steps through
``JournalWrites``, asks the cue planner for at most one cue, and hands the view one
``PlayerState``. Questions (stop? this hurts?) hold the timer while they are open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal, Slot

from backtimer.journal.records import HurtAction, HurtRecord, StepRecord
from backtimer.library.describe import format_seconds
from backtimer.library.model import Exercise, Routine
from backtimer.ui.desktop.portal_client import idle_inhibitor
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.preferences import Preferences
from backtimer.ui.wording import steps_done_text
from backtimer.ui.workout.cue_player import CuePlayer
from backtimer.ui.workout.engine_driver import EngineDriver
from backtimer.ui.workout.hurts_dialog import HurtAnswer, HurtsDialog
from backtimer.ui.workout.player_view import PlayerView
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
from backtimer.workout.progress import ProgressTracker, StepTally, player_state
from backtimer.workout.variants import gentler_block, replan_block

logger = logging.getLogger(__name__)

AskHurt = Callable[..., HurtAnswer | None]
_ENDED = (EngineState.FINISHED, EngineState.STOPPED)


@dataclass(frozen=True)
class SessionOutcome:
    """How a workout ended. ``worth_keeping`` False: stopped before any exercise step ran and
    with nothing reported, so there is nothing to count or keep."""

    finished: bool
    tally: StepTally
    worth_keeping: bool

    @property
    def completed(self) -> bool:
        """Every planned step ran ("complete" means exactly that, nowhere less)."""
        return self.finished and self.tally.complete


class WorkoutSession(QObject):
    """Wires one plan's engine driver to its player view, cues and journal writes.

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
        writes: JournalWrites | None,
        session_id: Future[int] | None,
        preferences: Preferences,
        routines: Iterable[Routine] = (),
        settings: QSettings | None = None,
        confirm_stop: bool = True,
        cue_player: CuePlayer | None = None,
        ask_hurt: AskHurt | None = None,
        show_safety: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._exercises = exercises
        self._routines = tuple(routines)
        self._clock = clock
        self._writes = writes
        self._session_id = session_id
        self._preferences = preferences
        self._settings = settings
        self._confirm_stop = confirm_stop
        self._ask_hurt = ask_hurt or HurtsDialog.ask
        self._show_safety = show_safety
        # Step times are stored as wall-clock moments; map monotonic time onto one anchor so
        # a wall-clock jump mid-workout cannot bend the recorded durations.
        self._anchor_mono = clock.now()
        self._anchor_wall = wall_now()
        self._ended = False
        self._hurt_reported = False
        self._progress = ProgressTracker(plan)

        self.driver = EngineDriver(plan, clock=clock, parent=self)
        self.view = PlayerView(plan, exercises)
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
        self._screensaver = idle_inhibitor(self)  # the Inhibit portal inside a sandbox
        self.view.set_sound(preferences.muted, _sound_off_reason(preferences))

        driver = self.driver
        driver.events_emitted.connect(self._on_events)
        driver.ticked.connect(self._render)
        driver.suspend_detected.connect(self._on_suspend_detected)
        self.view.toggle_pause_requested.connect(self._on_toggle_pause_requested)
        self.view.skip_requested.connect(driver.skip)
        self.view.back_requested.connect(driver.back)
        self.view.restart_requested.connect(driver.restart_step)
        self.view.adjust_requested.connect(driver.adjust_time)
        self.view.tap_done_requested.connect(driver.tap_done)
        self.view.stop_requested.connect(self._on_stop_requested)
        self.view.hurt_reported.connect(self._on_hurt_reported)
        self.view.mute_toggled.connect(self._on_mute_toggled)
        self.view.floor_mode_toggled.connect(self.floor_mode_changed)
        self._render()

    # --- the one event path -----------------------------------------------------------------

    @Slot(object)
    def _on_events(self, events: list[EngineEvent]) -> None:
        self._progress.observe(events)
        for event in events:
            match event:
                case StepCompleted():
                    self._record_step(event)
                case Paused():
                    self._screensaver.release()
                case Resumed() | StepStarted() if self.engine_state is EngineState.RUNNING:
                    self._screensaver.inhibit(self.tr("Following a workout"))
        self._cues.play(self._planner.cues_for(events))
        self._render()
        if any(isinstance(event, Finished | Stopped) for event in events):
            self._end(finished=any(isinstance(event, Finished) for event in events))

    @Slot()
    def _render(self) -> None:
        self.view.render(player_state(self.driver.engine, self._progress))

    @property
    def engine_state(self) -> EngineState:
        return self.driver.engine.state

    @property
    def tally(self) -> StepTally:
        return self._progress.tally

    @property
    def worth_keeping(self) -> bool:
        """An exercise step ran, or the user reported pain: a "this hurts" said during the
        get-ready of the first exercise, then Stop, must still reach the journal."""
        return self._progress.exercise_ran or self._hurt_reported

    def _wall(self, monotonic_s: float) -> datetime:
        return self._anchor_wall + timedelta(seconds=monotonic_s - self._anchor_mono)

    def _record_step(self, event: StepCompleted) -> None:
        step = event.step
        record = StepRecord(
            step_index=step.index,
            kind=step.kind.value,
            exercise_id=step.exercise_id,
            exercise_name=step.exercise_name,
            side=step.side.value if step.side is not None else None,
            set_number=step.set_number,
            rep_number=step.rep_number,
            planned_s=step.duration_s,
            actual_s=round(event.actual_s, 3),
            started=self._wall(event.started_at),
            ended=self._wall(event.ended_at),
            skipped=event.skipped,
        )
        if self._writes is not None and self._session_id is not None:
            self._writes.record_step(self._session_id, record)

    def _end(self, *, finished: bool) -> None:
        if self._ended:
            return
        self._ended = True
        self._screensaver.release()
        self.ended.emit(SessionOutcome(finished, self.tally, self.worth_keeping))

    def show_summary(self, pain_before: int | None, pain_after: int | None) -> None:
        """Replace the exercise panel with what the session amounted to (the tally's figures)."""
        tally = self.tally
        finished = self.engine_state is EngineState.FINISHED
        if finished and tally.complete:
            title, opening = self.tr("Routine complete"), self.tr("Well done!")
        elif finished:
            title, opening = self.tr("Routine finished"), self.tr("Well done!")
        else:
            title, opening = self.tr("Workout stopped"), self.tr("Stopped — that's fine.")
        self.view.show_summary(title, summary_html(opening, tally, pain_before, pain_after))

    def start(self) -> None:
        """Begin counting at once (the get-ready step is the time to get into position)."""
        if self.engine_state is EngineState.READY:
            self.driver.start()

    # --- user actions -----------------------------------------------------------------------

    @Slot()
    def _on_toggle_pause_requested(self) -> None:
        """Space starts the workout if it waits, then pauses and resumes it."""
        if self.engine_state is EngineState.READY:
            self.driver.start()
        else:
            self.driver.toggle_pause()

    def hold(self) -> bool:
        """Pause while a question is open; True when this call paused it (then ``resume``)."""
        if self.engine_state in (EngineState.RUNNING, EngineState.WAITING_TAP):
            self.driver.pause()
            return True
        return False

    def resume(self) -> None:
        if self.engine_state is EngineState.PAUSED:
            self.driver.resume()

    @Slot()
    def _on_stop_requested(self) -> None:
        """Stop or Esc: ask (with the timer held), then stop; after the summary, close."""
        if self.view.is_showing_summary():
            self.closed.emit()
            return
        if self.engine_state in _ENDED:
            return
        held = self.hold()
        if not self._confirm_stop or self.view.confirm_stop():
            self.driver.stop()
        elif held:
            self.resume()

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
            self.tr(
                "Paused: the computer was asleep for {time}. "
                "Press Space when you are ready to carry on."
            ).format(time=format_seconds(gap_s))
        )

    @Slot(str)
    def _on_cues_unavailable(self, reason: str) -> None:
        self.view.set_sound(self._preferences.muted, reason)

    @Slot()
    def _on_hurt_reported(self) -> None:
        """Hold the timer and ask; Esc goes back to the paused workout with nothing logged."""
        if self.engine_state is EngineState.READY:
            self.driver.start()
        engine = self.driver.engine
        step = engine.current_step
        if step is None or engine.state in _ENDED:
            return
        self.hold()
        exercise = self._exercises.get(step.exercise_id)
        easier = self._exercises.get(exercise.easier) if exercise and exercise.easier else None
        answer = self._ask_hurt(
            self.view,
            exercise_name=step.exercise_name,
            easier_name=easier.name if easier is not None else None,
            show_safety=self._show_safety,
        )
        if answer is None:
            return
        self.record_hurt(answer.action, answer.score, leg_or_nerve=answer.leg_or_nerve)
        match answer.action:
            case HurtAction.EASIER if easier is not None:
                self._switch_to(step.block_index, easier)
                self.resume()
            case HurtAction.STOPPED:
                self.driver.stop()
            case HurtAction.SKIPPED:
                self._skip_block(step.block_index)
                self.resume()
            case _:
                self.resume()

    def _switch_to(self, block_index: int, easier: Exercise) -> None:
        """Redo the block as the gentler exercise, with that exercise's own dose and sides."""
        block = gentler_block(self.plan.routine.blocks[block_index], easier, self._routines)
        plan, start = replan_block(self.plan, block_index, block, self._exercises)
        self.plan = plan
        self._planner.plan = plan
        self._progress.replan(plan, start)
        self.driver.replan(plan, start)

    def _skip_block(self, block_index: int) -> None:
        """Move on to the next exercise; the rest of this one is recorded as skipped."""
        following = next(
            (s.index for s in self.plan.steps if s.block_index > block_index), len(self.plan)
        )
        self.driver.skip_to(following)

    def record_hurt(
        self, action: HurtAction, score: int | None = None, *, leg_or_nerve: bool = False
    ) -> HurtRecord | None:
        step = self.driver.engine.current_step
        if step is None:
            return None
        hurt = HurtRecord(
            step_index=step.index,
            exercise_id=step.exercise_id,
            exercise_name=step.exercise_name,
            at=self._wall(self._clock.now()),
            action=action,
            score=score,
            leg_or_nerve=leg_or_nerve,
        )
        self._hurt_reported = True
        if self._writes is not None and self._session_id is not None:
            self._writes.record_hurt(self._session_id, hurt)
        self.hurt_recorded.emit(hurt)
        return hurt

    def shutdown(self) -> None:
        """Stop timers, cues and the screensaver hold; the view is disposed by the window."""
        if self.engine_state not in _ENDED:
            self.driver.stop()
        self.driver.shutdown()
        self._screensaver.release()
        self._cues.close()


def summary_html(
    opening: str, tally: StepTally, pain_before: int | None, pain_after: int | None
) -> str:
    """The summary's words, from the same tally the header, History and Trends use."""
    steps = steps_done_text(tally.done, tally.planned)
    if tally.skipped:
        steps += QCoreApplication.translate("WorkoutSession", ", {count} skipped").format(
            count=tally.skipped
        )
    if tally.not_reached:
        steps += QCoreApplication.translate("WorkoutSession", ", {count} not reached").format(
            count=tally.not_reached
        )
    used = QCoreApplication.translate("WorkoutSession", "{time} spent (pauses not counted)").format(
        time=format_seconds(tally.used_s)
    )
    lines = [f"<b>{escape(opening)}</b>", escape(f"{steps}."), escape(used)]
    if pain_after is not None:
        lines.append(escape(pain_change_text(pain_before, pain_after)))
    lines.append(
        "<small>"
        + escape(QCoreApplication.translate("WorkoutSession", "Press Esc or Close to go back."))
        + "</small>"
    )
    return "<br>".join(lines)


def pain_change_text(before: int | None, after: int) -> str:
    if before is None:
        return QCoreApplication.translate("WorkoutSession", "Pain now: {after}/10.").format(
            after=after
        )
    change = after - before
    if change < 0:
        text = QCoreApplication.translate(
            "WorkoutSession",
            "Pain {before} → {after}/10 (down by {change}; this session's effect only).",
        )
    elif change > 0:
        text = QCoreApplication.translate(
            "WorkoutSession",
            "Pain {before} → {after}/10 (up by {change}; this session's effect only).",
        )
    else:
        text = QCoreApplication.translate(
            "WorkoutSession", "Pain {before} → {after}/10 (unchanged; this session's effect only)."
        )
    return text.format(before=before, after=after, change=abs(change))


def _sound_off_reason(preferences: Preferences) -> str:
    if not preferences.sounds and not preferences.voice:
        return QCoreApplication.translate(
            "WorkoutSession", "Sounds and the voice are off in Settings."
        )
    return ""

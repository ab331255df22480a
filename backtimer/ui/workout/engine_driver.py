"""Drives one workout ``Engine`` from the Qt event loop and hands its events on as one signal.

The engine owns all timing; Qt timers only decide *when to look*. A single-shot precise timer is
aimed at the engine's next event (or the next whole-second change of the countdown text), so a
step boundary is reported within a millisecond or so of its ideal time, and a stalled event loop
delays a report without ever moving the step boundaries themselves.
"""

from __future__ import annotations

import logging
import math
from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from backtimer.workout.clock import Clock, MonotonicClock
from backtimer.workout.engine import Engine, EngineEvent, EngineState
from backtimer.workout.plan import Plan

logger = logging.getLogger(__name__)

SUSPEND_GAP_S = 5.0
"""Timers fire at least every second while running; a longer silence means the machine slept."""
REPAINT_INTERVAL_MS = 100
"""Smooth progress rings and tenths; repaint only, never used to measure time."""
_DISPLAY_EPSILON_S = 1e-6


class EngineDriver(QObject):
    """Runs one plan on the real (or an injected) clock and reports what happens as Qt signals.

    Signals (only these: ``WorkoutSession`` is the one listener and dispatches from here):
        events_emitted(list): the engine events of one engine call, in order, each with its
            ``late`` flag: what happened at one moment together (a step ending and the next
            starting), so cues merge them and the journal records every step.
        ticked(): time passed without an event; redraw the countdown (never used to measure).
        suspend_detected(float): the event loop was silent this many seconds (the machine
            slept); the session has been paused as of the last moment it was seen awake.
    """

    events_emitted = Signal(object)
    ticked = Signal()
    suspend_detected = Signal(float)

    def __init__(
        self, plan: Plan, clock: Clock | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock if clock is not None else MonotonicClock()
        self.plan = plan
        self.engine = Engine(plan, self._clock)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._repaint_timer = QTimer(self)
        self._repaint_timer.setInterval(REPAINT_INTERVAL_MS)
        self._repaint_timer.timeout.connect(self._on_repaint_tick)
        self._last_wake: float | None = None
        self._outbox: deque[list[EngineEvent]] = deque()
        self._dispatching = False

    # --- what the session asks for ----------------------------------------------------------

    @Slot()
    def start(self) -> None:
        self._apply(self.engine.start())

    @Slot()
    def toggle_pause(self) -> None:
        self._apply(self.engine.toggle_pause())

    @Slot()
    def pause(self) -> None:
        self._apply(self.engine.pause())

    @Slot()
    def resume(self) -> None:
        self._apply(self.engine.resume())

    def replan(self, plan: Plan, index: int) -> None:
        """Carry on with a rebuilt plan from its step ``index`` (a gentler variant)."""
        self.plan = plan
        self._apply(self.engine.replan(plan, index))

    @Slot()
    def skip(self) -> None:
        self._apply(self.engine.skip())

    def skip_to(self, index: int) -> None:
        """Skip every step before ``index`` (the rest of an exercise), each recorded skipped."""
        self._apply(self.engine.skip_to(index))

    @Slot()
    def back(self) -> None:
        self._apply(self.engine.back())

    @Slot()
    def restart_step(self) -> None:
        self._apply(self.engine.restart_step())

    @Slot(float)
    def adjust_time(self, delta_s: float) -> None:
        self._apply(self.engine.adjust(delta_s))

    @Slot()
    def tap_done(self) -> None:
        self._apply(self.engine.tap_done())

    @Slot(int)
    def jump_to(self, index: int) -> None:
        self._apply(self.engine.jump_to(index))

    @Slot()
    def stop(self) -> None:
        self._apply(self.engine.stop())

    @Slot()
    def poll(self) -> None:
        """Report whatever fell due; the single-shot timer calls this at the next event."""
        now = self._clock.now()
        if not self._held_for_suspend(now):
            self._apply(self.engine.poll(now))

    def shutdown(self) -> None:
        """Stop both timers for good; the driver is being thrown away."""
        self._timer.stop()
        self._repaint_timer.stop()

    # --- internals ----------------------------------------------------------------------------

    def _on_repaint_tick(self) -> None:
        if not self._held_for_suspend(self._clock.now()):
            self.ticked.emit()

    def _held_for_suspend(self, now: float) -> bool:
        """Note this wake-up; after a silence longer than any timer interval, pause the session.

        QTimer cannot fire while the machine sleeps, so a long gap between wake-ups means the
        user was away: hold the workout where they left it rather than racing through steps.
        """
        last, self._last_wake = self._last_wake, now
        running = self.engine.state is EngineState.RUNNING
        if not running or last is None or now - last <= SUSPEND_GAP_S:
            return False
        logger.info("no timer wake-up for %.1f s; pausing the session", now - last)
        self._apply(self.engine.pause_for_suspend(last))
        self.suspend_detected.emit(now - last)
        return True

    def _apply(self, events: list[EngineEvent]) -> None:
        """Emit one batch per engine call, in call order even if a slot calls back into us."""
        self._last_wake = self._clock.now()
        if events:
            self._outbox.append(list(events))
        if not self._dispatching:
            self._dispatching = True
            try:
                while self._outbox:
                    self.events_emitted.emit(self._outbox.popleft())
            finally:
                self._dispatching = False
        self._reschedule()
        if not events:
            self.ticked.emit()

    def _reschedule(self) -> None:
        """Aim the one-shot timer at the next event or countdown-text change; idle otherwise."""
        if self.engine.state is not EngineState.RUNNING:
            self._timer.stop()
            self._repaint_timer.stop()
            return
        now = self._clock.now()
        candidates = (self.engine.next_event_at(), self._next_display_change(now))
        wake_at = min(t for t in candidates if t is not None)
        self._timer.start(max(0, math.ceil((wake_at - now) * 1000)))
        if not self._repaint_timer.isActive():
            self._repaint_timer.start()

    def _next_display_change(self, now: float) -> float | None:
        """When the whole seconds shown (remaining rounded up) next change."""
        deadline = self.engine.deadline
        if deadline is None:
            return None
        next_whole = math.ceil(deadline - now - _DISPLAY_EPSILON_S) - 1
        return deadline - next_whole if next_whole >= 0 else None

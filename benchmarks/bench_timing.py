"""Step timing under load: the deadline engine against a naive tick-counting timer.

Both run side by side in one real Qt event loop (offscreen) on the real monotonic clock, while a
busy-looping subprocess loads the other core and the GUI thread stalls for 300 ms every 1.3 s.
Two different things are measured:

* emission latency: when a step-start signal actually reached a slot, minus its ideal time.
  A stall can delay this by up to the stall's length; that is unavoidable on a blocked thread.
* step boundary error: where the timer *put* each step boundary, minus the planned boundary.
  For the engine this is the ``at`` of each event; for the naive timer, the moment its counter
  ran out. Error here accumulates for tick counting and must stay zero for the engine.

Run alone: ``python benchmarks/bench_timing.py [--quick] [--repeats N]``; or via benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from backtimer.library.model import Level, Routine, RoutineCategory
from backtimer.ui.workout.engine_driver import EngineDriver
from backtimer.workout.engine import EngineEvent, Finished, StepStarted
from backtimer.workout.plan import Plan, Step, StepKind

STALL_S = 0.3
STALL_EVERY_MS = 1300
NAIVE_TICK_S = 0.1


@dataclass
class Trial:
    """Boundary times of one run: ideal offsets, engine (ideal stamp, arrival), naive arrival."""

    planned: list[float]
    engine_at: list[float] = field(default_factory=list)
    engine_received: list[float] = field(default_factory=list)
    naive_at: list[float] = field(default_factory=list)
    start: float = 0.0
    stalls: int = 0


class NaiveTickTimer(QObject):
    """The approach we replaced: subtract 0.1 s per 100 ms tick; stalls swallow ticks."""

    def __init__(self, step_durations: list[float], on_boundary: Callable[[float], None]) -> None:
        super().__init__()
        self._durations = list(step_durations)
        self._remaining = self._durations.pop(0)
        self._on_boundary = on_boundary
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(round(NAIVE_TICK_S * 1000))
        self._timer.timeout.connect(self._on_tick)

    def start(self) -> None:
        self._timer.start()

    def _on_tick(self) -> None:
        self._remaining -= NAIVE_TICK_S
        if self._remaining > 1e-9:
            return
        self._on_boundary(time.monotonic())
        if not self._durations:
            self._timer.stop()
            return
        self._remaining += self._durations.pop(0)


def make_plan(step_s: float, count: int) -> Plan:
    routine = Routine(
        id="bench",
        title="Timing benchmark",
        category=RoutineCategory.STABILISATION,
        level=Level.BEGINNER,
        summary="equal steps",
        blocks=(),
    )
    steps = tuple(Step(i, StepKind.HOLD, step_s, "bench", "Bench", 0, "Hold") for i in range(count))
    return Plan(routine=routine, steps=steps)


def run_trial(app: QApplication, plan: Plan) -> Trial:
    trial = Trial(planned=[plan.elapsed_before(i) for i in range(1, len(plan) + 1)])
    driver = EngineDriver(plan)

    def quit_when_both_done() -> None:
        if len(trial.engine_at) == len(plan) and len(trial.naive_at) == len(plan):
            app.quit()

    def on_events(events: list[EngineEvent]) -> None:
        for event in events:
            first_start = isinstance(event, StepStarted) and event.step.index == 0
            if isinstance(event, StepStarted | Finished) and not first_start:
                trial.engine_received.append(time.monotonic())
                trial.engine_at.append(event.at)
                quit_when_both_done()

    def on_naive_boundary(t: float) -> None:
        trial.naive_at.append(t)
        quit_when_both_done()

    driver.events_emitted.connect(on_events)
    naive = NaiveTickTimer([step.duration_s for step in plan.steps], on_naive_boundary)

    def stall() -> None:
        trial.stalls += 1
        time.sleep(STALL_S)

    staller = QTimer()
    staller.setInterval(STALL_EVERY_MS)
    staller.timeout.connect(stall)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(app.quit)
    watchdog.start(round((plan.total_s * 2 + 10) * 1000))

    driver.start()
    naive.start()
    trial.start = driver.engine.session_started_at or time.monotonic()
    staller.start()
    app.exec()
    staller.stop()
    watchdog.stop()
    driver.stop()
    return trial


def _ms(values: list[float]) -> list[float]:
    return [round(v * 1000, 3) for v in values]


def summarise(trials: list[Trial]) -> dict[str, object]:
    latency, engine_error, naive_error = [], [], []
    engine_drift, engine_end_latency, naive_drift = [], [], []
    for trial in trials:
        ideal = [trial.start + offset for offset in trial.planned]
        latency.append(
            [got - at for got, at in zip(trial.engine_received, trial.engine_at, strict=True)]
        )
        engine_error.append(
            [abs(at - want) for at, want in zip(trial.engine_at, ideal, strict=True)]
        )
        naive_error.append([abs(at - want) for at, want in zip(trial.naive_at, ideal, strict=True)])
        engine_drift.append(trial.engine_at[-1] - ideal[-1])
        engine_end_latency.append(trial.engine_received[-1] - ideal[-1])
        naive_drift.append(trial.naive_at[-1] - ideal[-1])

    def median_of_medians(per_trial: list[list[float]]) -> float:
        return statistics.median(statistics.median(values) for values in per_trial)

    def worst(per_trial: list[list[float]]) -> float:
        return max(max(values) for values in per_trial)

    return {
        "runs": len(trials),
        "routine_s": trials[0].planned[-1],
        "steps": len(trials[0].planned),
        "stalls_per_run": statistics.median(t.stalls for t in trials),
        "engine_emission_latency_median_ms": _ms([median_of_medians(latency)])[0],
        "engine_emission_latency_max_ms": _ms([worst(latency)])[0],
        "engine_boundary_error_median_ms": _ms([median_of_medians(engine_error)])[0],
        "engine_boundary_error_max_ms": _ms([worst(engine_error)])[0],
        "engine_end_drift_ms": _ms([statistics.median(engine_drift)])[0],
        "engine_end_signal_late_ms": _ms([statistics.median(engine_end_latency)])[0],
        "naive_boundary_error_median_ms": _ms([median_of_medians(naive_error)])[0],
        "naive_boundary_error_max_ms": _ms([worst(naive_error)])[0],
        "naive_end_drift_ms": _ms([statistics.median(naive_drift)])[0],
    }


def run(quick: bool = False, repeats: int = 1) -> dict[str, object]:
    """A 60 s routine (12 x 5 s; quick: 10 x 1 s) under load and stalls, ``repeats`` times."""
    plan = make_plan(1.0, 10) if quick else make_plan(5.0, 12)
    app = QApplication.instance() or QApplication([])
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        trials = [run_trial(app, plan) for _ in range(repeats)]  # type: ignore[arg-type]
    finally:
        busy.kill()
        busy.wait()
    return summarise(trials)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 10 s routine for smoke runs")
    parser.add_argument("--repeats", type=int, default=1, help="runs to take medians over")
    args = parser.parse_args()
    print(json.dumps(run(quick=args.quick, repeats=args.repeats), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

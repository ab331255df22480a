"""A whole workout through the real app objects: library → player → journal, on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from backtimer.journal.journal import Journal
from backtimer.library.loader import load_library
from backtimer.paths import DataPaths
from backtimer.ui.app import BacktimerApp
from backtimer.ui.dialogs.pain_dialog import PainAnswer
from backtimer.ui.preferences import open_settings
from backtimer.ui.workout import flow as flow_module
from backtimer.ui.workout.cue_player import CuePlayer, RecordingAnnouncer
from backtimer.workout.clock import FakeClock
from backtimer.workout.engine import EngineState

ROUTINE = """
[[routine]]
id = "test_quick"
title = "Quick test"
category = "stabilisation"
level = "beginner"
summary = "Five short steps for tests."
prepare_s = 1

[[routine.block]]
exercise = "stab_pelvic_tilt"
mode = "hold"
hold_s = 2
reps = 2
rest_rep_s = 1

[[routine.block]]
exercise = "stab_glute_bridge"
mode = "continuous"
duration_s = 2
"""


class PainScript:
    """Answers pain prompts from a list, recording what was asked."""

    def __init__(self, *scores: int | None) -> None:
        self.scores = list(scores)
        self.asked: list[str] = []

    def __call__(self, _parent: object, **kwargs: object) -> PainAnswer | None:
        self.asked.append(str(kwargs.get("title")))
        score = self.scores.pop(0)
        return None if score is None else PainAnswer(score, "")


@pytest.fixture
def app_parts(
    qtbot: QtBot, data_paths: DataPaths
) -> Iterator[tuple[BacktimerApp, FakeClock, PainScript, RecordingAnnouncer]]:
    (data_paths.routines_dir / "quick.toml").write_text(ROUTINE, encoding="utf-8")
    clock = FakeClock(1000.0)
    pain = PainScript(4, 2)
    announcer = RecordingAnnouncer()
    app = BacktimerApp(
        data_paths,
        load_library(data_paths.routines_dir),
        Journal.open(data_paths.journal_file),
        open_settings(),
        flow_options={
            "ask_pain": pain,
            "clock_factory": lambda: clock,
            "cue_player_factory": lambda: CuePlayer(announcer=announcer),
            "confirm_stop": False,
        },
    )
    qtbot.addWidget(app.window)
    app.window.show()
    yield app, clock, pain, announcer
    app.shutdown()


def _run_to_end(app: BacktimerApp, clock: FakeClock) -> None:
    driver = app.flow.session.driver
    for _ in range(200):
        if driver.engine.state is EngineState.FINISHED:
            return
        clock.advance(0.25)
        driver.poll()
    raise AssertionError("the routine did not finish")


def _run(app: BacktimerApp, clock: FakeClock, seconds: float) -> None:
    driver = app.flow.session.driver
    for _ in range(round(seconds / 0.25)):
        clock.advance(0.25)
        driver.poll()


def _written(app: BacktimerApp) -> None:
    app.writes.flush().result(timeout=10)


def test_a_workout_is_journalled_step_by_step_with_pain_before_and_after(
    qtbot: QtBot, app_parts: tuple[BacktimerApp, FakeClock, PainScript, RecordingAnnouncer]
) -> None:
    """Start from the library; Get ready counts at once; steps and pain land in the journal."""
    app, clock, pain, announcer = app_parts
    assert app.library_view.select_routine("test_quick")
    qtbot.mouseClick(app.library_view._start, Qt.MouseButton.LeftButton)
    session = app.flow.session
    assert session is not None
    assert app.window.is_in_workout()
    assert session.driver.engine.state is EngineState.RUNNING  # no frozen "Get ready"
    _run_to_end(app, clock)
    assert pain.asked == ["Before you start", "How do you feel now?"]
    assert "ROUTINE COMPLETE" in session.view._phase_label.text()
    assert session.view.is_showing_summary()
    summary_text = session.view._summary.text()
    assert f"{len(session.plan)} of {len(session.plan)} steps done" in summary_text
    assert "Pain 4 → 2/10" in summary_text
    _written(app)
    with Journal.open(app.paths.journal_file) as journal:
        (summary,) = journal.sessions()
        steps = journal.session_steps(summary.id)
    assert summary.status.value == "completed"
    assert summary.steps_planned == len(session.plan)
    assert (summary.pain_before, summary.pain_after) == (4, 2)
    assert len(steps) == len(session.plan.steps)
    assert not any(step.skipped for step in steps)
    assert steps[1].kind == "hold"
    assert (steps[1].ended - steps[1].started).total_seconds() == pytest.approx(2.0, abs=0.002)
    assert any("Pelvic tilt" in text for kind, text in announcer.calls if kind == "say")
    qtbot.keyClick(session.view, Qt.Key.Key_Escape)
    assert not app.window.is_in_workout()


def test_stop_asks_the_after_pain_score_and_shows_the_summary(
    qtbot: QtBot, app_parts: tuple[BacktimerApp, FakeClock, PainScript, RecordingAnnouncer]
) -> None:
    """→ skips a step (recorded as skipped); Esc stops: pain after, summary, 'stopped'."""
    app, clock, pain, _announcer = app_parts
    assert app.flow.start_routine("test_quick")
    session = app.flow.session
    qtbot.keyClick(session.view, Qt.Key.Key_Right)  # skip get ready
    _run(app, clock, 1.5)  # into the first hold
    qtbot.keyClick(session.view, Qt.Key.Key_Escape)
    assert pain.asked == ["Before you start", "How do you feel now?"]
    assert app.flow.session is session  # the summary is on screen
    assert "WORKOUT STOPPED" in session.view._phase_label.text()
    assert "not reached" in session.view._summary.text()
    _written(app)
    with Journal.open(app.paths.journal_file) as journal:
        (summary,) = journal.sessions()
        steps = journal.session_steps(summary.id)
    assert summary.status.value == "stopped"
    assert summary.pain_after == 2
    assert [(step.kind, step.skipped) for step in steps] == [("prepare", True), ("hold", True)]
    qtbot.keyClick(session.view, Qt.Key.Key_Escape)
    assert app.flow.session is None


def test_a_workout_stopped_before_any_exercise_is_discarded(
    qtbot: QtBot, app_parts: tuple[BacktimerApp, FakeClock, PainScript, RecordingAnnouncer]
) -> None:
    """Stopped at Get ready: no session row, no pain-after question, nothing counted."""
    app, clock, pain, _announcer = app_parts
    assert app.flow.start_routine("test_quick")
    _run(app, clock, 0.5)
    qtbot.keyClick(app.flow.session.view, Qt.Key.Key_Escape)
    assert app.flow.session is None
    assert pain.asked == ["Before you start"]
    _written(app)
    with Journal.open(app.paths.journal_file) as journal:
        assert journal.sessions() == []
    assert "nothing was recorded" in app.window._status.text()


def test_the_timer_holds_while_stop_is_asked(
    qtbot: QtBot,
    app_parts: tuple[BacktimerApp, FakeClock, PainScript, RecordingAnnouncer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Stop the workout?" pauses the step; answering No carries on with the same time left."""
    app, clock, _pain, _announcer = app_parts
    app.flow._confirm_stop = True
    assert app.flow.start_routine("test_quick")
    session = app.flow.session
    session._confirm_stop = True
    left_when_asked: list[float | None] = []

    def answer_no() -> bool:
        clock.advance(30)
        session.driver.poll()
        left_when_asked.append(session.driver.engine.remaining_s)
        return False

    monkeypatch.setattr(session.view, "confirm_stop", answer_no)
    _run(app, clock, 0.5)
    before = session.driver.engine.remaining_s
    qtbot.keyClick(session.view, Qt.Key.Key_Escape)
    assert left_when_asked == [before]
    assert session.driver.engine.state is EngineState.RUNNING
    app.flow.abandon()


def test_closing_the_window_asks_with_the_timer_held(
    qtbot: QtBot,
    app_parts: tuple[BacktimerApp, FakeClock, PainScript, RecordingAnnouncer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Quit during a workout?" holds the step; No carries on with the same time left."""
    app, clock, _pain, _announcer = app_parts
    assert app.flow.start_routine("test_quick")
    session = app.flow.session
    _run(app, clock, 0.5)
    before = session.driver.engine.remaining_s
    left_when_asked: list[float | None] = []

    def answer_no(*_args: object) -> QMessageBox.StandardButton:
        clock.advance(30)
        session.driver.poll()
        left_when_asked.append(session.driver.engine.remaining_s)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(flow_module.QMessageBox, "question", answer_no)
    assert not app.window.close()
    assert left_when_asked == [before]
    assert session.driver.engine.state is EngineState.RUNNING
    assert app.window.is_in_workout()
    app.flow.abandon()

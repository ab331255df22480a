""" "This hurts": the box's questions and keys, and what the workout does with each answer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from itertools import combinations, pairwise

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from backtimer.journal.records import HurtAction, HurtRecord
from backtimer.library.model import Block, Exercise, Hold, PacedReps, Sides
from backtimer.ui.dialogs.screen_fit import TITLE_BAR_PX
from backtimer.ui.preferences import Preferences
from backtimer.ui.workout.cue_player import CuePlayer, RecordingAnnouncer
from backtimer.ui.workout.hurts_dialog import HurtAnswer, HurtsDialog
from backtimer.ui.workout.workout_session import SessionOutcome, WorkoutSession
from backtimer.workout.clock import FakeClock
from backtimer.workout.engine import EngineState
from backtimer.workout.plan import StepKind
from tests.core.builders import make_exercise, make_routine, plan_from

BIRD_DOG = Block(
    "bird_dog", PacedReps(rep_s=3.0, reps_per_set=(6, 6)), sides=Sides.ALTERNATE, rest_set_s=10
)
PLANK = Block("plank", Hold(hold_s=5.0, reps_per_set=(2,), rest_rep_s=5.0))
BRIDGE_ELSEWHERE = Block("bridge", Hold(hold_s=8.0, reps_per_set=(4,), rest_rep_s=4.0))


def _exercises() -> dict[str, Exercise]:
    return {
        "bird_dog": replace(make_exercise("bird_dog", "Bird dog"), easier="bridge"),
        "bridge": make_exercise("bridge", "Glute bridge"),
        "plank": make_exercise("plank", "Plank"),
    }


class HurtScript:
    """Answers the box like a user, recording what it was asked."""

    def __init__(self, answer: HurtAnswer | None) -> None:
        self.answer = answer
        self.asked: list[dict[str, object]] = []

    def __call__(self, _parent: object, **kwargs: object) -> HurtAnswer | None:
        self.asked.append(kwargs)
        return self.answer


Build = Callable[[HurtAnswer | None], tuple[WorkoutSession, FakeClock, HurtScript]]


@pytest.fixture
def make_session(qtbot: QtBot) -> Iterator[Build]:
    made: list[WorkoutSession] = []

    def build(answer: HurtAnswer | None) -> tuple[WorkoutSession, FakeClock, HurtScript]:
        exercises = _exercises()
        plan = plan_from(exercises, PLANK, BIRD_DOG, PLANK, prepare_s=2.0)
        clock = FakeClock(50.0)
        script = HurtScript(answer)
        session = WorkoutSession(
            plan,
            exercises,
            routines=[make_routine(BRIDGE_ELSEWHERE)],
            clock=clock,
            wall_now=lambda: datetime(2026, 5, 1, 9, 0, tzinfo=UTC),
            writes=None,
            session_id=None,
            preferences=Preferences(),
            confirm_stop=False,
            cue_player=CuePlayer(announcer=RecordingAnnouncer()),
            ask_hurt=script,
        )
        qtbot.addWidget(session.view)
        made.append(session)
        session.start()
        bird = next(s.index for s in plan.steps if s.exercise_id == "bird_dog")
        session.driver.jump_to(bird + 1)  # in the bird dog's first set
        clock.advance(4.0)
        session.driver.poll()
        return session, clock, script

    yield build
    for session in made:
        session.shutdown()


def test_escape_goes_back_to_the_paused_workout_and_logs_nothing(make_session: Build) -> None:
    session, _clock, script = make_session(None)
    hurts: list[HurtRecord] = []
    session.hurt_recorded.connect(hurts.append)
    session.view.hurt_reported.emit()
    assert script.asked[0]["exercise_name"] == "Bird dog"
    assert script.asked[0]["easier_name"] == "Glute bridge"
    assert session.engine_state is EngineState.PAUSED
    assert hurts == []


def test_the_timer_holds_while_the_box_is_open(make_session: Build) -> None:
    session, clock, _script = make_session(None)
    left = session.driver.engine.remaining_s
    real_ask = session._ask_hurt

    def slow_answer(parent: object, **kwargs: object) -> HurtAnswer | None:
        clock.advance(120)
        session.driver.poll()
        return real_ask(parent, **kwargs)

    session._ask_hurt = slow_answer
    session.view.hurt_reported.emit()
    assert session.driver.engine.remaining_s == left


def test_the_gentler_variant_brings_its_own_dose_and_no_sides(make_session: Build) -> None:
    session, _clock, _script = make_session(HurtAnswer(HurtAction.EASIER, 3, False))
    hurts: list[HurtRecord] = []
    session.hurt_recorded.connect(hurts.append)
    session.view.hurt_reported.emit()
    assert [(h.action, h.score, h.exercise_name) for h in hurts] == [
        (HurtAction.EASIER, 3, "Bird dog")
    ]
    step = session.driver.engine.current_step
    assert step is not None
    assert (step.exercise_name, step.kind) == ("Glute bridge", StepKind.PREPARE)
    bridge_steps = [s for s in session.plan.steps if s.exercise_id == "bridge"]
    assert [s.kind for s in bridge_steps].count(StepKind.HOLD) == 4
    assert all(s.side is None for s in bridge_steps)
    assert session.engine_state is EngineState.RUNNING
    assert "Glute bridge" in session.view._exercise_name.text()
    assert "Alternate" not in session.view._phase_label.text()


def test_skip_records_the_rest_of_the_exercise_as_skipped(make_session: Build) -> None:
    session, _clock, _script = make_session(HurtAnswer(HurtAction.SKIPPED, 6, True))
    hurts: list[HurtRecord] = []
    session.hurt_recorded.connect(hurts.append)
    session.view.hurt_reported.emit()
    assert hurts[0].leg_or_nerve
    step = session.driver.engine.current_step
    assert step is not None
    assert step.exercise_id == "plank"
    tally = session.tally
    assert tally.done + tally.skipped + tally.not_reached == tally.planned
    bird_steps = sum(1 for s in session.plan.steps if s.exercise_id == "bird_dog")
    assert tally.skipped == bird_steps - 1  # the first set began after get ready ran


def test_stop_from_the_box_ends_the_workout(make_session: Build) -> None:
    session, _clock, _script = make_session(HurtAnswer(HurtAction.STOPPED, 8, False))
    ended: list[object] = []
    session.ended.connect(ended.append)
    session.view.hurt_reported.emit()
    assert session.engine_state is EngineState.STOPPED
    assert len(ended) == 1


def test_the_box_takes_digits_and_says_what_to_do_about_nerve_symptoms(qtbot: QtBot) -> None:
    shown: list[str] = []
    dialog = HurtsDialog(
        exercise_name="Bird dog & co",
        easier_name="Glute bridge",
        show_safety=lambda: shown.append("safety"),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_0)
    assert dialog.score == 10
    qtbot.keyClick(dialog, Qt.Key.Key_4)
    assert dialog.score == 4
    dialog._leg_or_nerve.setChecked(True)
    assert dialog._advice.isVisible()
    help_button = next(b for b in dialog.findChildren(type(dialog._skip)) if "help" in b.text())
    help_button.click()
    assert shown == ["safety"]
    assert dialog.isVisible()  # the box stays: the user still has to choose
    dialog._stop.click()
    assert dialog.answer() == HurtAnswer(HurtAction.STOPPED, 4, True)


def test_the_nerve_advice_makes_room_instead_of_stacking_the_buttons(qtbot: QtBot) -> None:
    """Ticking "Yes, it does" shows the advice; the box used to shrink to its bare hint, and
    "Stop the workout" was drawn over "When to get help" (seen in German in a real window)."""
    dialog = HurtsDialog(
        exercise_name="Bird dog (all fours, opposite arm and leg)",
        easier_name="Bird dog (all fours, arm or leg)",
        show_safety=lambda: None,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._leg_or_nerve.setChecked(True)
    qtbot.wait(10)
    buttons = sorted(
        (b for b in dialog.findChildren(type(dialog._skip)) if b.isVisible() and len(b.text()) > 2),
        key=lambda b: b.geometry().top(),
    )
    assert len(buttons) == 5  # gentler, skip, stop, and the help/back row
    for upper, lower in pairwise(buttons):
        assert upper.geometry().bottom() < lower.geometry().top() or (
            upper.geometry().top() == lower.geometry().top()  # side by side in the last row
        ), f"{upper.text()!r} overlaps {lower.text()!r}"
    assert dialog.rect().contains(dialog._advice.geometry())
    assert dialog.rect().contains(buttons[-1].geometry())


def test_escape_in_the_box_is_no_answer(qtbot: QtBot) -> None:
    dialog = HurtsDialog(exercise_name="Plank")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.answer() is None


def test_a_hurt_at_the_first_get_ready_then_stop_is_kept_not_discarded(qtbot: QtBot) -> None:
    """Stopping before any exercise ran discards a workout, unless pain was reported: a 'this
    hurts' during the first get-ready must still reach the journal (and the after-pain prompt)."""
    exercises = _exercises()
    plan = plan_from(exercises, PLANK, BIRD_DOG, prepare_s=10.0)
    clock = FakeClock(50.0)
    session = WorkoutSession(
        plan,
        exercises,
        routines=[],
        clock=clock,
        wall_now=lambda: datetime(2026, 5, 1, 9, 0, tzinfo=UTC),
        writes=None,
        session_id=None,
        preferences=Preferences(),
        confirm_stop=False,
        cue_player=CuePlayer(announcer=RecordingAnnouncer()),
        ask_hurt=HurtScript(HurtAnswer(HurtAction.STOPPED, 4, False)),
    )
    qtbot.addWidget(session.view)
    outcomes: list[object] = []
    session.ended.connect(outcomes.append)
    try:
        session.start()
        clock.advance(3.0)
        session.driver.poll()
        assert session.driver.engine.current_step.kind is StepKind.PREPARE
        assert not session.worth_keeping
        session.view.hurt_reported.emit()
        assert len(outcomes) == 1
        outcome = outcomes[0]
        assert isinstance(outcome, SessionOutcome)
        assert outcome.worth_keeping
    finally:
        session.shutdown()


LAPTOP_AT_2X = QRect(0, 0, 640, 400)
"""What a 1280×800 laptop at 2× scale offers (the main window's client area is about 624×330)."""


def _on_screen(dialog: QDialog, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def _whole(dialog: QDialog, widget: QWidget) -> bool:
    """Drawn whole and inside the box, neither cut by its edge nor scrolled out of view."""
    inside = dialog.rect().contains(_on_screen(dialog, widget))
    return widget.isVisible() and inside and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("language", ["en", "de", "es"], indirect=True)
@pytest.mark.parametrize("gentler", [True, False], ids=["gentler", "no-gentler"])
@pytest.mark.parametrize("leg_or_nerve", [False, True], ids=["", "leg-or-nerve"])
def test_every_choice_is_whole_on_a_laptop_at_2x(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str, gentler: bool, leg_or_nerve: bool
) -> None:
    """In German with a gentler option no text size fitted 640×400, the box kept its natural
    height and the window manager squeezed it: "When to get help" and "Back to the workout" were
    drawn over "Stop the workout". The questions now scroll; every choice stays whole, apart,
    and inside the screen with room for the title bar, and the keys still work."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: LAPTOP_AT_2X)
    name = QCoreApplication.translate("exercise stab_bird_dog", "Bird dog, opposite arm and leg")
    easier = QCoreApplication.translate(
        "exercise stab_bird_dog_basic", "Bird dog, one limb at a time"
    )
    dialog = HurtsDialog(
        exercise_name=name, easier_name=easier if gentler else None, show_safety=lambda: None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_0)
    if leg_or_nerve:
        dialog._leg_or_nerve.setChecked(True)
        qtbot.waitUntil(lambda: _whole(dialog, dialog._advice))  # scrolled into view
    assert dialog.height() + TITLE_BAR_PX <= LAPTOP_AT_2X.height(), "no room for its title bar"
    assert LAPTOP_AT_2X.contains(dialog.frameGeometry())
    scores = dialog._group.buttons()
    choices = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b not in scores]
    assert len(choices) == (5 if gentler else 4)  # gentler, skip, stop, help, back
    for button in choices:
        assert _whole(dialog, button), f"{button.text()!r} is cut off"
    for first, second in combinations(choices, 2):
        assert not _on_screen(dialog, first).intersects(_on_screen(dialog, second)), (
            f"{first.text()!r} overlaps {second.text()!r}"
        )
    viewport = dialog._body.viewport()
    for score in scores:  # all eleven in one row across, none cut at the side
        left = score.mapTo(viewport, score.rect().topLeft()).x()
        assert left >= 0, score.text()
        assert left + score.width() <= viewport.width(), score.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter still skips the exercise
    assert dialog.answer() == HurtAnswer(HurtAction.SKIPPED, 10, leg_or_nerve)


def test_a_roomy_screen_shows_the_whole_box_in_large_text(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a full-size screen nothing scrolls, and ticking "Yes, it does" keeps the text size (the
    refit took the already enlarged font as its base and enlarged it again)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1920, 1040))
    dialog = HurtsDialog(exercise_name="Plank", easier_name="Knee plank", show_safety=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog._skip.fontInfo().pointSizeF()
    dialog._leg_or_nerve.setChecked(True)
    qtbot.wait(10)
    assert dialog._skip.fontInfo().pointSizeF() == size
    assert size >= 1.3 * QApplication.font().pointSizeF()
    assert dialog._body.verticalScrollBar().maximum() == 0
    assert _whole(dialog, dialog._advice)
    assert _whole(dialog, dialog._stop)

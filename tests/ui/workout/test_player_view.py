"""What the player shows for each kind of step, and that it only asks the session to act."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backtimer.library.loader import load_library
from backtimer.library.model import Library
from backtimer.ui.workout.player_view import PlayerView
from backtimer.workout.plan import Plan, StepKind, build_plan


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(None)


def _player(qtbot: QtBot, library: Library, routine_id: str) -> tuple[PlayerView, Plan]:
    plan = build_plan(library.routines[routine_id], library.exercises)
    view = PlayerView(plan, library.exercises, confirm_stop=False)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    with qtbot.waitActive(view):  # the player's keys work window-wide, in the active window
        view.show()
        view.activateWindow()
    return view, plan


def test_titles_with_ampersands_read_as_written(qtbot: QtBot, library: Library) -> None:
    """'Breathe & Unwind' shows an ampersand, not '&amp;'."""
    view, _plan = _player(qtbot, library, "rt_breathe_unwind")
    assert view._routine_title.textFormat() == Qt.TextFormat.RichText
    assert "&amp;" in view._routine_title.text()  # escaped once, rendered as "&"


def test_intervals_count_rounds_and_rests_say_what_comes_next(
    qtbot: QtBot, library: Library
) -> None:
    """Interval steps count rounds; a rest between holds names the next hold."""
    view, plan = _player(qtbot, library, "rt_brisk_intervals")
    brisk = next(s for s in plan.steps if s.kind is StepKind.WORK and s.label == "Brisk")
    view.show_step(brisk)
    assert view._counters.text().startswith("Round 1 of 4")
    view, plan = _player(qtbot, library, "rt_core_control")
    rest = next(
        s
        for s in plan.steps
        if s.kind is StepKind.REST and plan.steps[s.index + 1].kind is StepKind.HOLD
    )
    view.show_step(rest)
    assert "Next:" in view._message.text()


def test_keys_ask_the_session_to_act(qtbot: QtBot, library: Library) -> None:
    """Space, arrows, R, +/−, H and Esc become requests; the view runs no timer itself."""
    view, _plan = _player(qtbot, library, "rt_desk_reset")
    requests: list[str] = []
    view.toggle_pause_requested.connect(lambda: requests.append("pause"))
    view.skip_requested.connect(lambda: requests.append("skip"))
    view.back_requested.connect(lambda: requests.append("back"))
    view.restart_requested.connect(lambda: requests.append("restart"))
    view.adjust_requested.connect(lambda delta: requests.append(f"adjust {delta:+.0f}"))
    view.hurt_reported.connect(lambda: requests.append("hurt"))
    view.stop_requested.connect(lambda: requests.append("stop"))
    for key in (
        Qt.Key.Key_Space,
        Qt.Key.Key_Right,
        Qt.Key.Key_Left,
        Qt.Key.Key_R,
        Qt.Key.Key_Plus,
        Qt.Key.Key_Minus,
        Qt.Key.Key_H,
        Qt.Key.Key_Escape,
    ):
        qtbot.keyClick(view, key)
    assert requests == [
        "pause",
        "skip",
        "back",
        "restart",
        "adjust +10",
        "adjust -10",
        "hurt",
        "stop",
    ]


def test_floor_mode_hides_the_instructions_and_grows_the_countdown(
    qtbot: QtBot, library: Library
) -> None:
    """F switches to floor mode: instructions hidden, the countdown larger."""
    view, _plan = _player(qtbot, library, "rt_back_basics")
    before = view._countdown.font().pixelSize()
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.is_floor_mode()
    assert not view._aside.isVisible()
    assert view._countdown.font().pixelSize() > before

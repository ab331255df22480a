"""What the player draws from each state, that it only asks the session to act, and that it fits."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QFontMetrics, QRegion
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from backtimer.library.loader import load_library
from backtimer.library.model import Library
from backtimer.ui.desktop import translations
from backtimer.ui.workout.player_view import PlayerView
from backtimer.workout.clock import FakeClock
from backtimer.workout.engine import Engine
from backtimer.workout.plan import Plan, StepKind, build_plan
from backtimer.workout.progress import ProgressTracker, player_state


def _player(qtbot: QtBot, library: Library, routine_id: str) -> tuple[PlayerView, Plan]:
    plan = build_plan(library.routines[routine_id], library.exercises)
    view = PlayerView(plan, library.exercises)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    with qtbot.waitActive(view):  # the player's keys work window-wide, in the active window
        view.show()
        view.activateWindow()
    return view, plan


def _counters(view: PlayerView) -> str:
    """The counters as read aloud (their spaces are non-breaking)."""
    return view._counters.text().replace("\u00a0", " ")


def _show(view: PlayerView, plan: Plan, index: int, *, paused: bool = False) -> Engine:
    """Render the player as it is at step ``index`` (paused if asked)."""
    clock = FakeClock(10.0)
    engine = Engine(plan, clock)
    engine.jump_to(index)
    if paused:
        engine.pause()
    view.render(player_state(engine, ProgressTracker(plan)))
    return engine


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
    _show(view, plan, brisk.index)
    assert _counters(view).startswith("Round 1 of 4")
    view, plan = _player(qtbot, library, "rt_core_control")
    rest = next(
        s
        for s in plan.steps
        if s.kind is StepKind.REST and plan.steps[s.index + 1].kind is StepKind.HOLD
    )
    _show(view, plan, rest.index)
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
    """F switches to floor mode: steps and picture hidden, the countdown larger; the stop rules
    stay."""
    view, _plan = _player(qtbot, library, "rt_back_basics")
    before = view._countdown.font().pixelSize()
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.is_floor_mode()
    assert not view._instructions.isVisible()
    assert not view._picture.isVisible()
    assert view._stop_rule.isVisible()
    assert view._countdown.font().pixelSize() > before


def test_a_paced_rep_step_counts_reps_by_elapsed_time_only(qtbot: QtBot, library: Library) -> None:
    """±10 s moves the end of a reps step, never the rep the user is on."""
    view, plan = _player(qtbot, library, "rt_back_basics")
    paced = next((s for s in plan.steps if s.rep_s and s.rep_count > 2), None)
    if paced is None:
        pytest.skip("no paced-reps step in this routine")
    clock = FakeClock(10.0)
    engine = Engine(plan, clock)
    engine.jump_to(paced.index)
    clock.advance(paced.rep_s * 1.5)  # in rep 2
    progress = ProgressTracker(plan)
    view.render(player_state(engine, progress))
    assert f"Rep 2 of {paced.rep_count}" in _counters(view)
    for delta in (-10.0, 10.0, 10.0):
        engine.adjust(delta)
        view.render(player_state(engine, progress))
        assert f"Rep 2 of {paced.rep_count}" in _counters(view)


@pytest.mark.parametrize("size", [(1280, 760), (640, 370)])
def test_floor_mode_paused_fits_the_window(
    qtbot: QtBot, library: Library, size: tuple[int, int]
) -> None:
    """The paused banner wraps and the text scales: nothing asks for more than the window.

    640×370 is what a 1280×800 screen offers at 2× scale.
    """
    view, plan = _player(qtbot, library, "rt_back_basics")
    view.resize(*size)
    view.set_floor_mode(True)
    hold = next(s for s in plan.steps if s.kind is StepKind.HOLD)
    _show(view, plan, hold.index, paused=True)
    qtbot.wait(10)
    assert "PAUSED" in view._phase_label.text()
    assert view.minimumSizeHint().width() <= size[0]
    assert view.layout().totalMinimumSize().height() <= size[1]
    qtbot.waitUntil(lambda: not view._fit_soon.isActive())
    for button in (view._stop, view._hurt, view._pause):
        corner = button.mapTo(view, button.rect().bottomRight())
        assert corner.x() <= size[0], button.accessibleName()
        assert corner.y() <= size[1], button.accessibleName()


def test_the_summary_replaces_the_exercise_panel(qtbot: QtBot, library: Library) -> None:
    """After the workout only the summary and Close remain; Esc then asks to close."""
    view, plan = _player(qtbot, library, "rt_back_basics")
    _show(view, plan, 0)
    view.show_summary("Workout stopped", "<b>Stopped</b> 3 of 9 steps done")
    assert view.is_showing_summary()
    assert not view._aside.isVisible()
    assert not view._countdown.isVisible()
    assert view._summary.isVisible()
    assert view._stop.text() == "Close"
    assert not view._hurt.isVisible()


def test_the_sound_state_is_said_in_one_place(qtbot: QtBot, library: Library) -> None:
    """No sound device: the sound button says so (and cannot claim "Sound on")."""
    view, _plan = _player(qtbot, library, "rt_back_basics")
    view.set_sound(False)
    assert view._mute.text() == "Sound on"
    view.set_sound(False, "No audio output was found.")
    assert view._mute.text() == "No sound"
    assert not view._mute.isEnabled()
    assert view._mute.toolTip() == "No audio output was found."


def test_passing_messages_expire(qtbot: QtBot, library: Library) -> None:
    """A status message goes after its lifetime; the step's own message comes back."""
    view, plan = _player(qtbot, library, "rt_back_basics")
    _show(view, plan, 1)
    own = view._message.text()
    view.show_message("The computer was asleep", lifetime_ms=50)
    assert "asleep" in view._message.text()
    qtbot.waitUntil(lambda: view._message.text() == own, timeout=2000)


def test_a_banner_without_counters_uses_the_whole_row(qtbot: QtBot, library: Library) -> None:
    """Paused at Get Ready there is no counter: the banner text is not squeezed into 3/5 of
    the row ('PAUSED — PRESS SPACE TO CARRY / ON' with room to spare)."""
    view, plan = _player(qtbot, library, "rt_back_basics")
    _show(view, plan, 0, paused=True)
    qtbot.wait(10)
    assert _counters(view) == ""
    assert view._counters.isHidden()
    hold = next(s for s in plan.steps if s.kind is StepKind.HOLD)
    _show(view, plan, hold.index, paused=True)
    assert not view._counters.isHidden()


def test_a_long_routine_title_ends_in_an_ellipsis(qtbot: QtBot, library: Library) -> None:
    """A 120-character title is cut with '…' where it stops, never mid-word without a sign."""
    import dataclasses

    routine = dataclasses.replace(library.routines["rt_back_basics"], title="Slow start " * 11)
    plan = build_plan(routine, library.exercises)
    view = PlayerView(plan, library.exercises)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    title = view._routine_title
    shown = title.shown_text()
    assert shown.endswith("…")
    assert title.fontMetrics().horizontalAdvance(shown) <= title.contentsRect().width()
    assert title.toolTip() == routine.title
    view.resize(3000, 700)
    qtbot.waitUntil(lambda: title.shown_text() == routine.title)


def _scroll_area_of(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None, f"{widget.objectName()} is in no scroll area"
    return parent


def _assert_every_line_readable(view: PlayerView, label: QLabel, *, first_in_view: bool) -> None:
    """Scrolling its column shows every line of the label (the first without scrolling if asked)."""
    assert label.isVisible(), label.objectName()
    assert label.height() >= label.heightForWidth(label.width()), "text cut inside the label"
    area = _scroll_area_of(label)
    corner = area.mapTo(view, area.rect().bottomRight())
    assert view.rect().contains(corner), "the column runs out of the window"
    assert area.widget().width() <= area.viewport().width(), "text cut at the right"
    line = label.fontMetrics().height()
    assert area.viewport().height() >= 2 * line, "no room to read the column"
    if first_in_view:
        first_line = QRect(0, 0, label.width(), line)
        assert label.visibleRegion().boundingRect().contains(first_line), "first line hidden"
    seen = QRegion()
    bar = area.verticalScrollBar()
    for value in [*range(0, bar.maximum(), max(1, area.viewport().height() // 2)), bar.maximum()]:
        bar.setValue(value)
        seen += label.visibleRegion()
    bar.setValue(0)
    assert seen.contains(label.rect()) or (seen.boundingRect() == label.rect()), (
        f"{label.objectName()}: lines never shown {label.rect()} vs {seen.boundingRect()}"
    )


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("floor", [False, True], ids=["normal", "floor"])
@pytest.mark.parametrize("size", [(960, 640), (640, 400)])
def test_the_stop_rules_can_always_be_read(
    qtbot: QtBot,
    qapp: QApplication,
    language: str,
    floor: bool,
    size: tuple[int, int],
) -> None:
    """The exercise's "Stop if" and the general stop rule were the lines a small window cut.

    640×400 is a 1280×800 laptop at 2× scale. The longest exercise text (cycling, German) is
    about three times what that column holds: the stop rules keep their first line in view and
    every line can be scrolled to, and the countdown stays the largest text on screen.
    """
    installed = translations.install_translators(qapp, QLocale(language))
    try:
        library = load_library(None)  # in the language just chosen
        view, plan = _player(qtbot, library, "rt_bike")
        view.resize(*size)
        view.set_floor_mode(floor)
        step = max(
            (s for s in plan.steps if s.kind in (StepKind.WORK, StepKind.HOLD)),
            key=lambda s: len(library.exercises[s.exercise_id].stop_if),
        )
        _show(view, plan, step.index)
        qtbot.waitUntil(lambda: not view._fit_soon.isActive())
        qtbot.wait(10)
        _assert_every_line_readable(view, view._stop_rule, first_in_view=True)
        _assert_every_line_readable(view, view._general_rule, first_in_view=False)
        if size == (960, 640):  # room enough: the exercise's stop rule shows whole, unscrolled
            assert view._stop_rule.visibleRegion().boundingRect() == view._stop_rule.rect()
        stop_if = library.exercises[step.exercise_id].stop_if
        assert escape(stop_if[:40]) in view._stop_rule.text()
        assert view._instructions.isVisible() != floor  # floor mode keeps only the stop rules
        assert view._countdown.font().pixelSize() > 2 * view._stop_rule.font().pixelSize()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _at(view: PlayerView, plan: Plan, index: int, *, started: bool, paused: bool = False) -> None:
    """Render step ``index`` running or paused, or the first step before Start."""
    engine = Engine(plan, FakeClock(10.0))
    if started:
        engine.start()
        engine.jump_to(index)
    if paused:
        engine.pause()
    view.render(player_state(engine, ProgressTracker(plan)))


def _assert_whole_in_view(view: PlayerView, widget: QWidget, what: str) -> None:
    assert widget.isVisible(), what
    assert widget.visibleRegion().boundingRect() == widget.rect(), f"{what} is cut"
    corner = widget.mapTo(view, widget.rect().bottomRight())
    assert view.rect().contains(corner), f"{what} runs out of the window"


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("floor", [False, True], ids=["normal", "floor"])
@pytest.mark.parametrize("size", [(624, 330), (640, 400), (960, 640), (1280, 800)])
def test_the_countdown_is_always_whole(
    qtbot: QtBot,
    qapp: QApplication,
    language: str,
    floor: bool,
    size: tuple[int, int],
) -> None:
    """The countdown was cut in half in a normal window at 2x scale: 624×330 is what the main
    window of a 1280×800 laptop at 2× leaves the player (title bar and menu bar taken), and the
    layout squeezed the countdown's label to 13 px under a 28 px font. In every phase its text
    now fits its label, the label is whole in the window, and it stays the largest text."""
    installed = translations.install_translators(qapp, QLocale(language))
    try:
        library = load_library(None)
        view, plan = _player(qtbot, library, "rt_back_basics")
        view.resize(*size)
        view.set_floor_mode(floor)
        hold = next(s for s in plan.steps if s.kind is StepKind.HOLD)
        rest = next(s for s in plan.steps if s.kind is StepKind.REST)
        phases = [  # (phase, step, started, paused)
            ("get ready", 0, False, False),
            ("prepare", 0, True, False),
            ("hold", hold.index, True, False),
            ("rest", rest.index, True, False),
            ("paused", hold.index, True, True),
        ]
        for phase, index, started, paused in phases:
            _at(view, plan, index, started=started, paused=paused)
            qtbot.waitUntil(lambda: not view._fit_soon.isActive())
            qtbot.wait(10)
            countdown = view._countdown
            metrics = QFontMetrics(countdown.font())
            assert metrics.horizontalAdvance(countdown.text()) <= countdown.width(), phase
            assert metrics.height() <= countdown.height(), f"{phase}: countdown cut"
            _assert_whole_in_view(view, countdown, f"{phase}: countdown")
            assert countdown.font().pixelSize() > view._exercise_name.font().pixelSize(), phase
            for button in (view._pause, view._hurt, view._stop):
                _assert_whole_in_view(view, button, f"{phase}: {button.accessibleName()}")
        view.show_summary("Routine complete", "<b>Well done</b><br>9 of 9 steps done")
        qtbot.wait(10)
        _assert_whole_in_view(view, view._summary, "summary")
        _assert_whole_in_view(view, view._stop, "Close")
        _assert_whole_in_view(view, view._phase_label, "finished banner")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)

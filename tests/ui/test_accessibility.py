"""Accessibility: every control has a name a screen reader can say and is reachable by keyboard.

The walk covers every page of a fully built app (with a journal that has a session in it), the
player, and every dialog the app opens. A control counts as named when it has an accessible
name or visible text made of words; "▶" or "+" alone say nothing to a screen reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backtimer.journal.journal import Journal
from backtimer.library.loader import load_library
from backtimer.paths import DataPaths
from backtimer.ui.app import BacktimerApp
from backtimer.ui.dialogs.export_dialog import ExportDialog, Output
from backtimer.ui.dialogs.pain_dialog import PainScoreDialog
from backtimer.ui.dialogs.safety_dialog import SafetyDialog
from backtimer.ui.workout.cue_player import CuePlayer, RecordingAnnouncer
from backtimer.workout.clock import FakeClock

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
    QPlainTextEdit,
    QTextEdit,
)
"""Widget kinds a user operates; each must be named and take keyboard focus."""

WORDS = re.compile(r"[^\W\d_]{2,}")


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces the control as: its name, its label, or its own words.

    Qt's accessibility layer supplies a button's text or a buddy label's text; for combo, spin
    and slider controls it reads the value, which says nothing about what the value is for, so
    those need a name or a label of their own.
    """
    if widget.accessibleName().strip():
        return widget.accessibleName()
    labels = [
        label.text() for label in widget.window().findChildren(QLabel) if label.buddy() is widget
    ]
    if labels and WORDS.search(labels[0]):
        return labels[0].replace("&", "")
    if isinstance(widget, QComboBox | QAbstractSpinBox | QAbstractSlider):
        return ""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return name if WORDS.search(name) else ""


def is_internal(widget: QWidget) -> bool:
    """Qt's own sub-widgets take the name of the control they belong to."""
    parent = widget.parentWidget()
    return widget.objectName().startswith("qt_") or isinstance(parent, QAbstractSpinBox | QComboBox)


def keyboard_alternative(widget: QWidget) -> bool:
    """Controls deliberately out of the Tab order because other keys operate them."""
    # The pain scale: digits 0-10 and arrow keys pick a score; Tab goes to note and buttons.
    if isinstance(widget.window(), PainScoreDialog) and widget.accessibleName().startswith("Pain "):
        return True
    # Exclusive button groups work like radio buttons: Tab reaches the checked one, arrows move.
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    return group is not None and group.exclusive() and not widget.isChecked()


def controls(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        # Scroll bars and table headers are mouse helpers: the view scrolls and sorts by keys.
        if isinstance(widget, QScrollBar | QHeaderView) or is_internal(widget):
            continue
        if isinstance(widget, CONTROLS) and widget.isVisibleTo(root):
            yield widget


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def accessibility_problems(root: QWidget) -> list[str]:
    problems = []
    for widget in controls(root):
        if not spoken_name(widget):
            problems.append(f"{describe(widget)} has no accessible name")
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if widget.isEnabled() and not takes_tab and not keyboard_alternative(widget):
            problems.append(f"{describe(widget)} cannot be reached with Tab")
    return problems


def tab_walk(qtbot: QtBot, root: QWidget, presses: int = 120) -> set[QWidget]:
    """Press Tab from the first control on and collect every widget that took the focus."""
    root.activateWindow()
    first = next(w for w in controls(root) if w.isEnabled() and not keyboard_alternative(w))
    first.setFocus(Qt.FocusReason.TabFocusReason)
    reached: set[QWidget] = set()
    for _ in range(presses):
        focused = root.window().focusWidget()  # also right while another window is active
        if focused is None:
            break
        reached.add(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return reached


def unreachable(qtbot: QtBot, root: QWidget) -> list[str]:
    reached = tab_walk(qtbot, root)
    owners = {w.parentWidget() if is_internal(w) else w for w in reached}
    return [
        describe(widget)
        for widget in controls(root)
        if widget.isEnabled() and not keyboard_alternative(widget) and widget not in owners
    ]


# --- the app ----------------------------------------------------------------------------------

ROUTINE = """
[[routine]]
id = "test_quick"
title = "Quick test"
category = "stabilisation"
level = "beginner"
summary = "A short routine for tests."
prepare_s = 1

[[routine.block]]
exercise = "stab_pelvic_tilt"
mode = "hold"
hold_s = 2
reps = 2
rest_rep_s = 1
"""


@pytest.fixture
def full_app(qtbot: QtBot, data_paths: DataPaths) -> Iterator[BacktimerApp]:
    """The real app with a journal holding one finished session, shown on screen."""
    (data_paths.routines_dir / "quick.toml").write_text(ROUTINE, encoding="utf-8")
    journal = Journal.open(data_paths.journal_file)
    started = datetime.now(UTC).astimezone() - timedelta(days=1)
    session_id = journal.start_session("test_quick", "Quick test", 9.0, started)
    journal.record_pain(4, "before", started, session_id=session_id)
    journal.finish_session(session_id, "completed", started + timedelta(minutes=1))
    app = BacktimerApp(
        data_paths,
        load_library(data_paths.routines_dir),
        journal,
        QSettings(str(data_paths.root / "settings.ini"), QSettings.Format.IniFormat),
        flow_options={
            "ask_pain": lambda *_args, **_kwargs: None,
            "clock_factory": lambda: FakeClock(0.0),
            "cue_player_factory": lambda: CuePlayer(announcer=RecordingAnnouncer()),
            "confirm_stop": False,
        },
    )
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    for page in app.refreshable_pages:
        page.refresh()
    yield app
    app.flow.abandon()
    app.shutdown()


def pages(app: BacktimerApp) -> list[QWidget]:
    return [app.library_view, app.history_view, app.trends_view]


@pytest.mark.parametrize("page_index", [0, 1, 2], ids=["library", "history", "trends"])
def test_every_page_control_is_named_and_focusable(
    qtbot: QtBot, full_app: BacktimerApp, page_index: int
) -> None:
    """Each page's controls have accessible names and accept Tab focus."""
    page = pages(full_app)[page_index]
    full_app.window.show_page(page)
    problems = accessibility_problems(full_app.window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page_index", [0, 1, 2], ids=["library", "history", "trends"])
def test_tab_reaches_every_control_of_each_page(
    qtbot: QtBot, full_app: BacktimerApp, page_index: int
) -> None:
    """Tab alone walks through every enabled control of the page and the section tabs."""
    full_app.window.show_page(pages(full_app)[page_index])
    missed = unreachable(qtbot, full_app.window)
    assert not missed, "\n".join(missed)


def test_player_controls_are_named_and_reachable(qtbot: QtBot, full_app: BacktimerApp) -> None:
    """The workout player's buttons are named, take Tab focus and are all reachable."""
    assert full_app.flow.start_routine("test_quick")
    player = full_app.flow.session.view  # type: ignore[union-attr]
    problems = accessibility_problems(player) + unreachable(qtbot, full_app.window)
    full_app.flow.abandon()
    assert not problems, "\n".join(problems)


def dialogs(app: BacktimerApp) -> dict[str, QWidget]:
    app.history_view.open_session(app.journal.sessions(None, None)[0].id)  # type: ignore[union-attr]
    return {
        "settings": app.open_settings(),
        "pain": PainScoreDialog(app.window, title="Pain", context="Before"),
        "safety": SafetyDialog(app.window),
        "export": ExportDialog(
            app.paths.journal_file, app.window, today=datetime.now().date(), output=Output.SESSIONS
        ),
        "report": ExportDialog(
            app.paths.journal_file, app.window, today=datetime.now().date(), output=Output.REPORT
        ),
        "session": app.history_view.detail_dialog,  # type: ignore[dict-item]
    }


@pytest.mark.parametrize("name", ["settings", "pain", "safety", "export", "report", "session"])
def test_dialog_controls_are_named_and_reachable(
    qtbot: QtBot, full_app: BacktimerApp, name: str
) -> None:
    """Every dialog's controls are named and Tab reaches each of them."""
    dialog = dialogs(full_app)[name]
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = accessibility_problems(dialog) + [
        f"{text} not reached by Tab" for text in unreachable(qtbot, dialog)
    ]
    dialog.close()
    assert not problems, "\n".join(problems)


def test_settings_pages_are_all_named_and_reachable(qtbot: QtBot, full_app: BacktimerApp) -> None:
    """Each of the settings dialog's sections passes on its own."""
    dialog = full_app.open_settings()
    qtbot.waitExposed(dialog)
    problems = []
    for index in range(dialog._tabs.count()):
        dialog._tabs.setCurrentIndex(index)
        dialog._reminder.setChecked(True)  # its controls are disabled until reminders are on
        problems += accessibility_problems(dialog)
        problems += [f"{text} not reached by Tab" for text in unreachable(qtbot, dialog)]
    dialog.close()
    assert not problems, "\n".join(problems)


def test_spoken_name_ignores_symbols_without_words(qtbot: QtBot) -> None:
    """A button labelled only with a symbol counts as unnamed; a label with words is fine."""
    from PySide6.QtWidgets import QPushButton

    symbol, worded = QPushButton("▶"), QPushButton("&Start")
    qtbot.addWidget(symbol)
    qtbot.addWidget(worded)
    assert (spoken_name(symbol), spoken_name(worded)) == ("", "Start")


def test_range_buttons_move_with_arrow_keys(qtbot: QtBot, full_app: BacktimerApp) -> None:
    """The checked range button takes Tab focus and the arrow keys choose the others."""
    full_app.window.show_page(full_app.history_view)
    full_app.window.activateWindow()
    qtbot.waitActive(full_app.window)  # arrow keys follow the application's focus widget
    buttons = full_app.history_view._range_buttons
    checked = next(button for button in buttons.values() if button.isChecked())
    checked.setFocus(Qt.FocusReason.TabFocusReason)
    last = list(buttons.values())[-1]
    qtbot.keyClick(checked, Qt.Key.Key_Left if checked is last else Qt.Key.Key_Right)
    moved = full_app.window.focusWidget()
    assert moved in buttons.values()
    assert moved is not checked

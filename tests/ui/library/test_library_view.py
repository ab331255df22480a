"""The library lists every routine by category and starts the chosen one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTranslator
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from backtimer.library.loader import load_library
from backtimer.library.user_store import UserRoutineStore
from backtimer.ui.library.exercise_browser import PICTURE_SIZE
from backtimer.ui.library.library_view import ROUTINE_ID_ROLE, LibraryView
from backtimer.ui.library.routine_actions import RoutineActions
from tests.ui.laptop_fit import LAPTOP_AT_2X, buttons_cut_off, focus_order, settle, show_in_window


def _view(qtbot: QtBot) -> LibraryView:
    view = LibraryView(load_library(None))
    qtbot.addWidget(view)
    view.show()
    return view


def test_every_routine_is_listed_and_the_first_is_selected(qtbot: QtBot) -> None:
    """All bundled routines appear; a routine is selected so Start works at once."""
    view = _view(qtbot)
    listed = {item.data(0, ROUTINE_ID_ROLE) for item in view._routine_items()}
    assert listed == set(view._library.routines)
    assert view.selected_routine_id() in listed
    assert view._start.isEnabled()


def test_start_button_and_enter_emit_the_selected_routine(qtbot: QtBot) -> None:
    """Clicking Start, or activating a row, asks to start that routine."""
    view = _view(qtbot)
    assert view.select_routine("rt_flare_day")
    with qtbot.waitSignal(view.routine_chosen) as blocker:
        qtbot.mouseClick(view._start, Qt.MouseButton.LeftButton)
    assert blocker.args == ["rt_flare_day"]
    with qtbot.waitSignal(view.routine_chosen) as blocker:
        view._tree.itemActivated.emit(view._tree.currentItem(), 0)
    assert blocker.args == ["rt_flare_day"]


def test_details_show_blocks_in_plain_words_and_equipment(qtbot: QtBot) -> None:
    """The detail pane lists each exercise with its dosage and what you need."""
    view = _view(qtbot)
    view.select_routine("rt_core_control")
    text = view._details.toPlainText()
    assert "Bird dog, opposite arm and leg" in text
    assert "5/3/1 holds of 8 seconds per side, alternating, in descending sets" in text
    assert "You will need:" in text


def test_filter_hides_routines_that_do_not_match(qtbot: QtBot) -> None:
    """Typing in the filter hides routines whose title or summary does not match."""
    view = _view(qtbot)
    qtbot.keyClicks(view._filter, "yoga")
    visible = [i.data(0, ROUTINE_ID_ROLE) for i in view._routine_items() if not i.isHidden()]
    assert visible == ["rt_gentle_yoga"]


def test_ctrl_f_selects_the_last_search_so_typing_replaces_it(qtbot: QtBot) -> None:
    """A second Ctrl+F search once appended to the first ('yogacore': nothing matched)."""
    view = _view(qtbot)
    with qtbot.waitActive(view):  # Ctrl+F is a window shortcut: the window must be active
        view.activateWindow()
    qtbot.keyClicks(view._filter, "yoga")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view._filter, "core")
    assert view._filter.text() == "core"
    view.show_exercises()
    box = view.exercise_browser.search_box
    qtbot.keyClicks(box, "bridge")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "cat")
    assert box.text() == "cat"


class _GermanCategory(QTranslator):
    """Only the category "Trunk control", as the German catalogue names it."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "Rumpftraining" if (context, source) == ("library", "Trunk control") else ""

    def isEmpty(self) -> bool:
        return False


def test_the_filter_finds_a_category_by_the_name_shown_and_by_its_english_name(
    qtbot: QtBot,
) -> None:
    """In German the category reads "Rumpftraining": typing that found nothing, only the
    English name the user never sees matched."""
    translator = _GermanCategory()
    QCoreApplication.installTranslator(translator)
    try:
        view = _view(qtbot)
        trunk = {
            routine_id
            for routine_id, routine in view._library.routines.items()
            if routine.category.value == "stabilisation"
        }
        assert trunk
        for words in ("rumpftraining", "trunk control"):
            view._filter.setText(words)
            visible = {
                i.data(0, ROUTINE_ID_ROLE) for i in view._routine_items() if not i.isHidden()
            }
            assert trunk <= visible, words
    finally:
        QCoreApplication.removeTranslator(translator)


def _page_with_tools(tmp_path: Path) -> LibraryView:
    """The Library page as the app builds it: the routine tools under the list."""
    view = LibraryView(load_library(None))
    actions = RoutineActions(
        view._library,
        UserRoutineStore(tmp_path / "routines", tmp_path / "trash"),
        view.selected_routine_id,
        view,
    )
    view.add_routine_tools(actions.tool_bar())
    return view


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_both_tabs_fit_a_laptop_at_2x_without_sideways_scrolling(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """At 640×400 (1280×800 at 2×) the six routine tools in one row made the page 910 px wide
    in English and 1107 in German, and the exercise browser's filters and buttons 946: the
    page scrolled sideways and Export, Start and Try lay off the right edge. They wrap now."""
    view = _page_with_tools(tmp_path)
    area = show_in_window(qtbot, view)
    assert view.minimumSizeHint().width() <= LAPTOP_AT_2X.width()
    assert buttons_cut_off(area) == []
    view.show_exercises()
    settle()
    assert view.minimumSizeHint().width() <= LAPTOP_AT_2X.width()
    assert area.horizontalScrollBar().maximum() == 0
    assert buttons_cut_off(area) == []
    browser = view.exercise_browser
    assert browser.add_button.isVisible()
    assert browser.try_button.isVisible()


def test_at_1280_the_rows_stay_single_and_tab_order_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    """A wide window looks as before (one row each) and Tab walks the buttons in reading order."""
    view = _page_with_tools(tmp_path)
    area = show_in_window(qtbot, view, QSize(1280, 800))
    assert buttons_cut_off(area) == []
    names = ["New routine", "Duplicate routine", "Edit routine", "Delete routine"]
    names += ["Import routine file", "Export routine file"]
    tools = [tool for tool in view.findChildren(QToolButton) if tool.accessibleName() in names]
    assert [tool.accessibleName() for tool in tools] == names
    assert len({tool.y() for tool in tools}) == 1
    assert focus_order(view, tools) == tools
    view.show_exercises()
    settle()
    browser = view.exercise_browser
    combos = [browser.category, browser.position, browser.equipment]
    assert len({combo.y() for combo in combos}) == 1
    assert browser.add_button.y() == browser.try_button.y()
    assert browser.try_button.x() > browser.add_button.x()
    assert browser.picture.size() == PICTURE_SIZE
    assert focus_order(browser, [browser.add_button, browser.try_button]) == [
        browser.add_button,
        browser.try_button,
    ]

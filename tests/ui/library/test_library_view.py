"""The library lists every routine by category and starts the chosen one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from backtimer.library.loader import load_library
from backtimer.ui.library.library_view import ROUTINE_ID_ROLE, LibraryView


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

"""The exercise browser on the Library page, and the routine filter that finds exercises too."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from backtimer.library.loader import load_library
from backtimer.ui.library.library_view import ROUTINE_ID_ROLE, LibraryView


def _view(qtbot: QtBot) -> LibraryView:
    view = LibraryView(load_library(None))
    qtbot.addWidget(view)
    view.show()
    return view


def test_every_exercise_is_listed_with_its_details(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.show_exercises()
    browser = view.exercise_browser
    assert set(browser.visible_exercise_ids()) == set(view._library.exercises)
    assert browser.select_exercise("stab_bird_dog")
    text = browser.details.toPlainText()
    for expected in ("How to do it", "Stop if:", "You will need:", "Gentler:", "Core Control"):
        assert expected in text
    assert browser.picture.renderer().isValid()


def test_search_and_filters_combine(qtbot: QtBot) -> None:
    """Name words, category, body position and equipment all narrow the list."""
    view = _view(qtbot)
    view.show_exercises()
    browser = view.exercise_browser
    browser.search_box.setText("bridge")
    assert set(browser.visible_exercise_ids()) == {"stab_glute_bridge", "stab_bridge_march"}
    browser.search_box.clear()
    browser.position.setCurrentIndex(browser.position.findData("on all fours"))
    assert set(browser.visible_exercise_ids()) == {
        "dyn_cat_camel",
        "stab_bird_dog_basic",
        "stab_bird_dog",
    }
    browser.equipment.setCurrentIndex(browser.equipment.findData("chair"))
    assert browser.visible_exercise_ids() == []
    assert "No exercises match" in browser.count_label.text()
    assert not browser.try_button.isEnabled()


def test_variant_links_open_the_variant_even_when_filtered_out(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.show_exercises()
    browser = view.exercise_browser
    browser.search_box.setText("bird dog, opposite")
    assert browser.selected_exercise_id() == "stab_bird_dog"
    browser.details.anchorClicked.emit(QUrl("exercise:stab_bird_dog_basic"))
    assert browser.selected_exercise_id() == "stab_bird_dog_basic"
    assert browser.search_box.text() == ""


def test_try_and_add_are_passed_on_by_the_library_page(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view.show_exercises()
    view.exercise_browser.select_exercise("post_sphinx")
    with qtbot.waitSignal(view.exercise_tried) as tried:
        view.exercise_browser.try_button.click()
    with qtbot.waitSignal(view.add_to_routine_requested) as added:
        view.exercise_browser.add_button.click()
    assert tried.args == added.args == ["post_sphinx"]


def test_routine_filter_matches_exercises_inside_routines(qtbot: QtBot) -> None:
    """'bird dog' is in no routine title, but finds the routines that hold it."""
    view = _view(qtbot)
    view._filter.setText("bird dog")
    shown = {i.data(0, ROUTINE_ID_ROLE) for i in view._routine_items() if not i.isHidden()}
    assert shown
    assert all(
        any(b.exercise_id.startswith("stab_bird_dog") for b in view._library.routines[r].blocks)
        for r in shown
    )
    assert view.selected_routine_id() in shown
    assert not view._no_match.isVisibleTo(view)


def test_no_match_says_so_and_clears_the_details(qtbot: QtBot) -> None:
    view = _view(qtbot)
    view._filter.setText("zzz-nothing")
    assert view._no_match.isVisibleTo(view)
    assert view.selected_routine_id() is None
    assert view._title.text() == "No routine selected"
    assert not view._start.isEnabled()
    view._filter.clear()
    assert view.selected_routine_id() is not None


def test_exercise_names_show_as_written(qtbot: QtBot) -> None:
    """An apostrophe once showed as '&#x27;': the title is plain text, never escaped HTML."""
    view = _view(qtbot)
    view.show_exercises()
    browser = view.exercise_browser
    assert browser.select_exercise("yoga_child_pose")
    assert browser.title.text() == view._library.exercises["yoga_child_pose"].name
    assert "'" in browser.title.text()


def test_several_mistakes_read_as_separate_points(qtbot: QtBot) -> None:
    """The editor takes one mistake per line, often without a full stop: never run together."""
    view = _view(qtbot)
    view.show_exercises()
    browser = view.exercise_browser
    assert browser.select_exercise("yoga_child_pose")
    mistakes = view._library.exercises["yoga_child_pose"].mistakes
    assert len(mistakes) > 1
    lines = browser.details.toPlainText().splitlines()
    for mistake in mistakes:
        assert any(line.strip().endswith(mistake) for line in lines), mistake
    assert " ".join(mistakes) not in browser.details.toPlainText()


def test_every_equipment_filter_word_of_the_bundled_library_has_a_label(qtbot: QtBot) -> None:
    """The filter's words are English keys; what the list shows goes through the catalogue."""
    from backtimer.library.browse import EQUIPMENT_WORDS, equipment_words
    from backtimer.ui.library.exercise_browser import EQUIPMENT_LABELS

    offered = equipment_words(load_library(None).exercises.values())
    assert set(offered) <= set(EQUIPMENT_WORDS) == set(EQUIPMENT_LABELS)
    view = _view(qtbot)
    shown = [view.exercise_browser.equipment.itemText(i) for i in range(2, 2 + len(offered))]
    assert "Exercise bike" in shown

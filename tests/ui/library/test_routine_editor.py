"""The routine editor and the Routines actions, driven the way a keyboard user drives them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backtimer.library.loader import load_library
from backtimer.library.model import Continuous, Hold, PacedReps, Sides
from backtimer.library.user_store import UserRoutineStore
from backtimer.paths import DataPaths
from backtimer.ui.library.library_view import ROUTINE_ID_ROLE, LibraryView
from backtimer.ui.library.routine_actions import RoutineActions
from backtimer.ui.library.routine_editor import RoutineEditorDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Page:
    """A Library page with the Routines actions, as the app wires them."""

    def __init__(self, qtbot: QtBot, paths: DataPaths, **seams: object) -> None:
        library = load_library(paths.routines_dir)
        self.view = LibraryView(library)
        qtbot.addWidget(self.view)
        self.actions = RoutineActions(
            library,
            UserRoutineStore.for_data_dir(paths),
            self.view.selected_routine_id,
            self.view,
            **seams,  # type: ignore[arg-type]
        )
        self.view.add_routine_tools(self.actions.tool_bar())
        self.actions.library_changed.connect(self.view.set_library)
        self.view.show()

    def listed(self) -> set[str]:
        return {item.data(0, ROUTINE_ID_ROLE) for item in self.view._routine_items()}


def _pick(qtbot: QtBot, editor: RoutineEditorDialog, search: str) -> None:
    """Insert on the list, type a few letters, Enter."""
    qtbot.keyClick(editor.block_list, Qt.Key.Key_Insert)
    assert editor.picker is not None
    qtbot.keyClicks(editor.picker.search, search)
    qtbot.keyClick(editor.picker.search, Qt.Key.Key_Return)
    assert not editor.picker.isVisible()


def _type_number(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def _new_custom_exercise(qtbot: QtBot, editor: RoutineEditorDialog) -> None:
    """From the picker: New exercise…, fill the form by keyboard, save, Enter to add it."""
    qtbot.keyClick(editor.block_list, Qt.Key.Key_Insert)
    picker = editor.picker
    assert picker is not None
    qtbot.keyClick(picker.new_exercise, Qt.Key.Key_Space)
    form = editor.exercise_form
    assert form is not None
    assert not form.save_button.isEnabled()
    qtbot.keyClicks(form.name, "Towel squeeze")
    for number, step in enumerate(("Lie on your back.", "Squeeze a towel.", "Let go slowly.")):
        if number:
            qtbot.keyClick(form.steps, Qt.Key.Key_Return)
        qtbot.keyClicks(form.steps, step)
    qtbot.keyClicks(form.stop_if, "Groin pain.")
    assert form.save_button.isEnabled()
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    assert picker.selected_id() == "towel_squeeze"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


def test_six_exercise_routine_built_with_the_keyboard_only(
    qtbot: QtBot, data_paths: DataPaths
) -> None:
    """Title, six exercises (one custom), dosages, reorder, removal, Save: the library lists it."""
    page = Page(qtbot, data_paths)
    editor = page.actions.new_routine()
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title_edit, "Six for my back")
    assert "six_for_my_back.toml" in editor.id_label.text()
    qtbot.keyClicks(editor.summary_edit, "Six gentle moves for the morning.")
    for search in ("pelvic tilt", "cat", "glute bridge", "easy walk", "sphinx"):
        _pick(qtbot, editor, search)
    _new_custom_exercise(qtbot, editor)
    assert editor.block_list.count() == 6

    # Exercise 6 (the custom one) is selected and its form has the focus: 5 holds of 12 s.
    form = editor.block_form
    assert form.mode.currentData() == "hold"
    hold_s = next(w for w in form.pages.currentWidget().children() if _named(w, "Hold time"))
    _type_number(qtbot, hold_s, "12")
    reps = next(w for w in form.pages.currentWidget().children() if _named(w, "Reps per set"))
    _type_number(qtbot, reps, "5")
    # Move it to the top with Alt+Up five times.
    for _ in range(5):
        qtbot.keyClick(editor.block_list, Qt.Key.Key_Up, ALT)
    assert editor.block_list.currentRow() == 0
    # Sphinx (now last) becomes a 60-second continuous block, done on each side.
    editor.block_list.setCurrentRow(5)
    qtbot.keyClick(form.mode, Qt.Key.Key_Down)
    qtbot.keyClick(form.mode, Qt.Key.Key_Down)
    qtbot.keyClick(form.mode, Qt.Key.Key_Down)
    assert form.mode.currentData() == "continuous"
    duration = next(w for w in form.pages.currentWidget().children() if _named(w, "Duration"))
    _type_number(qtbot, duration, "60")
    qtbot.keyClick(form.sides, Qt.Key.Key_Down)
    # Remove the walk (row 4) with Delete, then add a different exercise in its place.
    editor.block_list.setCurrentRow(4)
    qtbot.keyClick(editor.block_list, Qt.Key.Key_Delete)
    editor.block_list.setCurrentRow(3)
    _pick(qtbot, editor, "knees to chest")
    assert editor.total.text().startswith("Total: ")
    assert editor.save_button.isEnabled(), editor.save_reason.text()

    with qtbot.waitSignal(editor.routine_saved):
        qtbot.keyClick(editor.save_button, Qt.Key.Key_Space)

    assert "six_for_my_back" in page.listed()
    assert page.view.selected_routine_id() == "six_for_my_back"
    saved = load_library(data_paths.routines_dir).routine("six_for_my_back")
    assert [b.exercise_id for b in saved.blocks] == [
        "towel_squeeze",
        "stab_pelvic_tilt",
        "dyn_cat_camel",
        "stab_glute_bridge",
        "yoga_knees_to_chest",
        "post_sphinx",
    ]
    assert saved.blocks[0].dosage == Hold(12.0, (5,), rest_rep_s=5.0)
    assert saved.blocks[5].dosage == Continuous(60.0)
    assert saved.blocks[5].sides is Sides.EACH
    assert (data_paths.routines_dir / "six_for_my_back.toml").is_file()
    assert (data_paths.routines_dir / "towel_squeeze.exercise.toml").is_file()


def _named(widget: object, name: str) -> bool:
    return isinstance(widget, QWidget) and widget.accessibleName() == name


def test_save_is_off_with_the_reason_beside_the_field(qtbot: QtBot, data_paths: DataPaths) -> None:
    """A bad pyramid disables Save and says why next to the pyramid field."""
    library = load_library(None)
    editor = RoutineEditorDialog(
        library,
        UserRoutineStore.for_data_dir(data_paths),
        library.routine("rt_core_control"),
        as_new=True,
    )
    qtbot.addWidget(editor)
    editor.show()
    assert editor.save_button.isEnabled()
    editor.block_list.setCurrentRow(1)  # the curl-up pyramid 5/3/1
    pyramid = next(
        w
        for w in editor.block_form.pages.currentWidget().children()
        if _named(w, "Pyramid: reps of each set, like 5, 3, 1")
    )
    assert pyramid.text() == "5, 3, 1"
    qtbot.keyClicks(pyramid, ", x")
    assert not editor.save_button.isEnabled()
    assert editor.block_form.pyramid_error.isVisible()
    assert "numbers, like 5, 3, 1" in editor.block_form.pyramid_error.text()
    assert editor.save_reason.text().startswith("Save is off: Exercise 2:")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert list(data_paths.routines_dir.iterdir()) == []


def test_drag_and_drop_reorders_the_blocks(qtbot: QtBot, data_paths: DataPaths) -> None:
    """A row moved in the list's model (as a drop does) moves the block it carries."""
    library = load_library(None)
    editor = RoutineEditorDialog(
        library,
        UserRoutineStore.for_data_dir(data_paths),
        library.routine("rt_back_basics"),
        as_new=True,
    )
    qtbot.addWidget(editor)
    before = [draft.exercise_id for draft in editor.drafts()]
    assert editor.block_list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    after = [draft.exercise_id for draft in editor.drafts()]
    assert after == [*before[1:3], before[0], *before[3:]]
    moved_name = library.exercise(before[0]).name
    assert editor.block_list.item(2).text().startswith(f"3. {moved_name}")


def test_edit_on_a_bundled_routine_offers_a_copy(qtbot: QtBot, data_paths: DataPaths) -> None:
    """Bundled routines are read-only; Edit asks, then opens a new copy with the same blocks."""
    questions: list[str] = []
    page = Page(
        qtbot, data_paths, confirm=lambda _parent, title, _text: questions.append(title) or True
    )
    page.view.select_routine("rt_back_basics")
    editor = page.actions.edit_selected()
    assert editor is not None
    qtbot.addWidget(editor)
    assert questions == ["Bundled routines cannot be changed"]
    assert editor.title_edit.text() == "Back Basics (copy)"
    assert editor.routine_id() == "back_basics_copy"
    assert isinstance(editor.build_routine().blocks[0].dosage, PacedReps)


def test_delete_and_undo_from_the_library_page(qtbot: QtBot, data_paths: DataPaths) -> None:
    """Delete takes the routine off the list at once; Undo puts it back."""
    store = UserRoutineStore.for_data_dir(data_paths)
    library = load_library(None)
    store.duplicate(library.routine("rt_flare_day"), library, "Bad days")
    page = Page(qtbot, data_paths)
    page.view.select_routine("bad_days")
    page.actions.delete_action.trigger()
    assert "bad_days" not in page.listed()
    assert page.actions.notice.text() == "Deleted “Bad days”."
    assert page.actions.undo_button.isVisible()
    qtbot.mouseClick(page.actions.undo_button, Qt.MouseButton.LeftButton)
    assert "bad_days" in page.listed()
    assert page.view.selected_routine_id() == "bad_days"


def test_bundled_routines_cannot_be_deleted(qtbot: QtBot, data_paths: DataPaths) -> None:
    """Delete on a bundled routine explains instead of doing anything."""
    page = Page(qtbot, data_paths)
    page.view.select_routine("rt_back_basics")
    page.actions.delete_action.trigger()
    assert "cannot be deleted" in page.actions.notice.text()
    assert "rt_back_basics" in page.listed()


def test_export_then_import_into_a_fresh_data_dir(qtbot: QtBot, tmp_path: Path) -> None:
    """Share through the page actions: the other data dir lists the routine afterwards."""
    mine = DataPaths(tmp_path / "mine")
    mine.ensure()
    library = load_library(None)
    UserRoutineStore.for_data_dir(mine).duplicate(
        library.routine("rt_core_control"), library, "Mine"
    )
    shared = tmp_path / "out" / "mine.zip"
    shared.parent.mkdir()
    page = Page(qtbot, mine, choose_export=lambda _parent, suggested: shared.with_name(suggested))
    page.view.select_routine("mine")
    page.actions.export_action.trigger()
    assert zipfile.ZipFile(shared).namelist() == ["mine.toml"]

    fresh = DataPaths(tmp_path / "fresh")
    fresh.ensure()
    other = Page(qtbot, fresh, choose_import=lambda _parent: shared)
    other.actions.import_action.trigger()
    assert "mine" in other.listed()
    assert other.actions.notice.text() == "Imported “Mine”."


def test_importing_a_broken_file_shows_its_problems(
    qtbot: QtBot, data_paths: DataPaths, tmp_path: Path
) -> None:
    """The problems dialog gets the FILE:LINE: field: message lines; nothing is imported."""
    broken = tmp_path / "broken.toml"
    broken.write_text('[[routine]]\nid = "my_r"\ntitle = ""\n', encoding="utf-8")
    shown: list[str] = []
    page = Page(
        qtbot,
        data_paths,
        choose_import=lambda _parent: broken,
        report_problems=lambda _parent, _title, _intro, lines: shown.append(lines),
    )
    page.actions.import_action.trigger()
    (lines,) = shown
    assert f"{broken}:3: routine[my_r].title: must not be empty" in lines.splitlines()
    assert list(data_paths.routines_dir.iterdir()) == []


@pytest.mark.parametrize("answer", [True, False])
def test_importing_a_routine_you_have_asks_to_keep_both(
    qtbot: QtBot, data_paths: DataPaths, tmp_path: Path, answer: bool
) -> None:
    """An id clash asks; yes imports a renamed copy, no leaves everything as it was."""
    library = load_library(None)
    store = UserRoutineStore.for_data_dir(data_paths)
    store.duplicate(library.routine("rt_flare_day"), library, "Bad days")
    from backtimer.library.sharing import export_routine

    shared = export_routine(
        load_library(data_paths.routines_dir).routine("bad_days"),
        load_library(data_paths.routines_dir),
        tmp_path / "bad.zip",
    )
    page = Page(
        qtbot,
        data_paths,
        choose_import=lambda _parent: shared,
        confirm=lambda _parent, _title, _text: answer,
    )
    page.actions.import_action.trigger()
    assert ("bad_days_2" in page.listed()) is answer


def test_editor_dialogs_are_named_and_reachable_by_tab(qtbot: QtBot, data_paths: DataPaths) -> None:
    """Every control of the editor, picker, exercise form and problems dialog: named, tabbable."""
    from backtimer.ui.library.routine_actions import ProblemsDialog
    from tests.ui.test_accessibility import accessibility_problems, unreachable

    library = load_library(None)
    editor = RoutineEditorDialog(
        library,
        UserRoutineStore.for_data_dir(data_paths),
        library.routine("rt_core_control"),
        as_new=True,
    )
    qtbot.addWidget(editor)
    editor.show()
    problems = ProblemsDialog("Problems", "Not imported.", "a.toml:1: x: y")
    qtbot.addWidget(problems)

    def check(dialog: QWidget | None) -> None:
        """One dialog at a time: an open modal child would take the Tab keys."""
        assert dialog is not None
        dialog.show()
        assert accessibility_problems(dialog) == []
        assert unreachable(qtbot, dialog) == []

    check(editor)
    editor.open_picker()
    check(editor.picker)
    assert editor.picker is not None
    editor.picker.new_exercise.click()
    check(editor.exercise_form)
    check(problems)

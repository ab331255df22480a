"""The history page over a real journal file: filters, sorting, details, edits, delete, undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

from backtimer.journal.journal import Journal
from backtimer.journal.records import HurtRecord, PainContext, SessionStatus, StepRecord
from backtimer.journal.worker import JournalWorker
from backtimer.ui.history.history_controller import READ_ONLY_REASON, HistoryController
from backtimer.ui.history.history_model import ID_ROLE, PainCheckModel, SessionTableModel
from backtimer.ui.history.history_view import EMPTY_TEXT, HistoryView
from backtimer.ui.journal_writes import JournalWrites

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=ZONE)


@dataclass(frozen=True)
class Planted:
    """A session written into the test journal and what the table should make of it."""

    title: str
    day: date
    status: SessionStatus
    before: int | None
    after: int | None


PLANTED = (
    Planted("Gentle start", date(2026, 11, 28), SessionStatus.COMPLETED, 5, 3),
    Planted("Core basics", date(2026, 11, 10), SessionStatus.STOPPED, 4, 6),
    Planted("Flare-up relief", date(2026, 9, 15), SessionStatus.COMPLETED, None, None),
    Planted("Walking warm-up", date(2025, 12, 1), SessionStatus.INTERRUPTED, 6, 6),
)


def _plant(journal: Journal, planted: Planted) -> int:
    start = datetime(planted.day.year, planted.day.month, planted.day.day, 8, 30, tzinfo=ZONE)
    session_id = journal.start_session("routine", planted.title, 300.0, start)
    if planted.before is not None:
        journal.record_pain(planted.before, PainContext.BEFORE, start, session_id, note="stiff")
    moment = start
    for index in range(3):
        journal.record_step(
            session_id,
            StepRecord(
                step_index=index,
                kind=("work", "rest", "hold")[index],
                exercise_id="bird_dog",
                exercise_name="Bird-dog",
                side=("left", None, "right")[index],
                set_number=1,
                rep_number=index + 1,
                planned_s=30.0,
                actual_s=0.0 if index == 2 else 31.0,
                started=moment,
                ended=moment + timedelta(seconds=31),
                skipped=index == 2,
            ),
        )
        moment += timedelta(seconds=31)
    if planted.title == "Gentle start":
        journal.record_hurt(
            session_id, HurtRecord(0, "bird_dog", "Bird-dog", start, "easier", score=6)
        )
    journal.finish_session(session_id, planted.status, moment)
    if planted.after is not None:
        journal.record_pain(planted.after, PainContext.AFTER, moment, session_id)
    return session_id


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        for planted in PLANTED:
            _plant(journal, planted)
        journal.record_pain(4, PainContext.SPOT, NOW - timedelta(days=1), note="after gardening")
    return path


@pytest.fixture
def reader(journal_path: Path) -> Iterator[Journal]:
    journal = Journal.open(journal_path)
    yield journal
    journal.close()


@pytest.fixture
def worker(journal_path: Path) -> Iterator[JournalWorker]:
    writer = JournalWorker(journal_path)
    yield writer
    writer.close()


def make_view(qtbot, reader: Journal, worker: JournalWorker | None) -> HistoryView:
    """The page as the app wires it: writes by name, a refresh on every finished write."""
    writes = JournalWrites(worker) if worker is not None else None
    view = HistoryView(HistoryController(reader, writes, lambda: NOW))
    if writes is not None:
        writes.written.connect(view.refresh)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


@pytest.fixture
def view(qtbot, reader: Journal, worker: JournalWorker) -> HistoryView:
    return make_view(qtbot, reader, worker)


def titles(view: HistoryView) -> list[str]:
    """Routine titles in the order the table shows them."""
    return [
        view.proxy.index(row, SessionTableModel.COL_ROUTINE).data()
        for row in range(view.proxy.rowCount())
    ]


def session_id_of(view: HistoryView, title: str) -> int:
    return next(s.id for s in view.model.rows() if s.routine_title == title)


def test_newest_session_first_with_plain_texts(view: HistoryView) -> None:
    """By default every session shows, newest first, with completion and pain in words."""
    assert titles(view) == ["Gentle start", "Core basics", "Flare-up relief", "Walking warm-up"]
    cells = [view.proxy.index(1, column).data() for column in range(view.proxy.columnCount())]
    assert cells[SessionTableModel.COL_COMPLETION] == "Stopped after 2 steps, 1 skipped"
    assert cells[SessionTableModel.COL_PAIN] == "4 → 6"
    assert cells[SessionTableModel.COL_CHANGE] == "+2"
    assert cells[SessionTableModel.COL_TIME] == "1:02"


def test_sorting_by_date_and_by_session_effect(view: HistoryView) -> None:
    """Clicking headers sorts dates as dates and the session effect as numbers, blanks last."""
    header = view.table.horizontalHeader()
    view.table.sortByColumn(SessionTableModel.COL_DATE, Qt.SortOrder.AscendingOrder)
    assert titles(view)[0] == "Walking warm-up"
    view.table.sortByColumn(SessionTableModel.COL_CHANGE, Qt.SortOrder.AscendingOrder)
    assert titles(view) == ["Gentle start", "Walking warm-up", "Core basics", "Flare-up relief"]
    view.table.sortByColumn(SessionTableModel.COL_CHANGE, Qt.SortOrder.DescendingOrder)
    assert titles(view) == ["Core basics", "Walking warm-up", "Gentle start", "Flare-up relief"]
    assert header.sortIndicatorSection() == SessionTableModel.COL_CHANGE


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (28, ["Gentle start", "Core basics"]),
        (91, ["Gentle start", "Core basics", "Flare-up relief"]),
        (365, ["Gentle start", "Core basics", "Flare-up relief", "Walking warm-up"]),
        (None, ["Gentle start", "Core basics", "Flare-up relief", "Walking warm-up"]),
    ],
)
def test_quick_date_ranges(view: HistoryView, days: int | None, expected: list[str]) -> None:
    """Quick ranges end today and include their first day (a year back is 1 Dec 2025)."""
    view.set_range(days)
    assert titles(view) == expected


def test_custom_date_range_and_its_empty_state(view: HistoryView) -> None:
    """From/to dates filter by the session's local day; an empty range says how to widen it."""
    view.set_custom_range(date(2026, 11, 1), date(2026, 11, 15))
    assert titles(view) == ["Core basics"]
    assert view.date_range() == (date(2026, 11, 1), date(2026, 11, 15))
    view.set_custom_range(date(2024, 1, 1), date(2024, 2, 1))
    assert titles(view) == []
    assert view.empty_label.isVisible()
    assert "Choose “All”" in view.empty_label.text()


def test_empty_journal_invites_a_first_workout(qtbot, tmp_path: Path) -> None:
    """With no sessions at all, the page says where workouts will appear."""
    with Journal.open(tmp_path / "empty.sqlite3") as reader:
        view = make_view(qtbot, reader, None)
        assert view.empty_label.isVisible()
        assert view.empty_label.text() == EMPTY_TEXT
        assert not view.delete_button.isEnabled()


def test_enter_opens_the_session_with_its_steps(qtbot, view: HistoryView) -> None:
    """Enter on a row opens its steps, pain scores and "this hurts" reports."""
    view.table.setFocus()
    view.table.selectRow(0)
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.detail_dialog
    assert dialog is not None
    assert dialog.isVisible()
    steps = dialog.steps_table
    assert steps.rowCount() == 3
    assert [steps.item(2, column).text() for column in range(steps.columnCount())] == [
        "Bird-dog",
        "Hold",
        "Right",
        "1",
        "3",
        "0:30",
        "0:00",
        "Skipped",
    ]
    assert [editor.score.value() for editor in dialog.pain_editors] == [5, 3]
    assert "Bird-dog: pain 6/10, made it easier" in dialog.hurts_label.text()


def test_edited_note_and_pain_are_saved_to_the_journal(
    qtbot, view: HistoryView, journal_path: Path
) -> None:
    """Saving in the session dialog writes the note and the corrected score to the journal."""
    session_id = session_id_of(view, "Gentle start")
    view.open_session(session_id)
    dialog = view.detail_dialog
    assert dialog is not None
    assert not dialog.save_button.isEnabled()
    dialog.note_editor.setPlainText("Much looser afterwards")
    dialog.pain_editors[1].score.setValue(2)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(view._controller._writes.written):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with Journal.open(journal_path) as fresh:
        stored = fresh.session(session_id)
    assert (stored.note, stored.pain_after, stored.pain_change) == ("Much looser afterwards", 2, -3)
    row = view.model.row_of(session_id)
    assert row is not None
    assert view.model.index(row, SessionTableModel.COL_NOTE).data() == "Much looser afterwards"
    assert not dialog.save_button.isEnabled()


def test_delete_removes_at_once_and_undo_restores(
    qtbot, view: HistoryView, reader: Journal
) -> None:
    """Delete hides the row immediately; Ctrl+Z brings it back in the table and the journal."""
    session_id = session_id_of(view, "Core basics")
    assert view._select(session_id)
    view.table.setFocus()
    with qtbot.waitSignal(view._controller._writes.written):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Core basics" not in titles(view)
    assert view.notice.isVisible()
    assert view.undo_button.isVisible()
    assert session_id not in {s.id for s in reader.sessions()}
    with qtbot.waitSignal(view._controller._writes.written):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(view) == ["Gentle start", "Core basics", "Flare-up relief", "Walking warm-up"]
    assert view.selected_session_id() == session_id
    assert session_id in {s.id for s in reader.sessions()}
    assert not view.can_undo()


def test_undo_button_restores_the_latest_delete_first(qtbot, view: HistoryView) -> None:
    """Two deletes come back newest first; the refresh after each write keeps them hidden."""
    for title in ("Gentle start", "Flare-up relief"):
        view._select(session_id_of(view, title))
        with qtbot.waitSignal(view._controller._writes.written):
            qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert titles(view) == ["Core basics", "Walking warm-up"]
    with qtbot.waitSignal(view._controller._writes.written):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert titles(view) == ["Core basics", "Flare-up relief", "Walking warm-up"]
    assert view.undo_button.isVisible()


def test_show_session_widens_the_range_and_opens_it(view: HistoryView) -> None:
    """A chart click on an old session shows it even when the filter hid it."""
    view.set_range(28)
    old = next(s.id for s in view._controller.sessions() if s.routine_title == "Walking warm-up")
    view.show_session(old)
    assert view.selected_session_id() == old
    assert view.detail_dialog is not None
    assert view.detail_dialog.session_id == old


def test_pain_checks_are_listed_and_editable_in_place(
    qtbot, view: HistoryView, journal_path: Path
) -> None:
    """A spot score logged outside workouts can be corrected in the table."""
    assert view.checks_model.rowCount() == 1
    index = view.checks_proxy.index(0, PainCheckModel.COL_SCORE)
    with qtbot.waitSignal(view._controller._writes.written):
        assert view.checks_proxy.setData(index, 2)
    with Journal.open(journal_path) as fresh:
        (entry,) = fresh.pain_entries(contexts=[PainContext.SPOT])
    assert (entry.score, entry.note) == (2, "after gardening")


def test_read_only_mode_disables_edits_and_says_why(
    qtbot, reader: Journal, journal_path: Path
) -> None:
    """Without a writer, delete, save and in-place edits are off, with the reason in a tooltip."""
    view = make_view(qtbot, reader, None)
    view._select(session_id_of(view, "Gentle start"))
    assert view.open_button.isEnabled()
    assert not view.delete_button.isEnabled()
    assert view.delete_button.toolTip() == READ_ONLY_REASON
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Gentle start" in titles(view)
    assert not view.checks_model.flags(view.checks_model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    view.open_selected()
    dialog = view.detail_dialog
    assert dialog is not None
    dialog.note_editor.setPlainText("typed anyway")  # read-only editors ignore typing, not code
    assert not dialog.save_button.isEnabled()
    assert dialog.note_editor.isReadOnly()
    assert dialog.save_button.toolTip() == READ_ONLY_REASON
    assert view.proxy.index(0, 0).data(ID_ROLE) == session_id_of(view, "Gentle start")


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_read_only_reason_and_dates_in_german(
    qtbot, reader: Journal, journal_path: Path, language: str
) -> None:
    """The reason was English in a German window; the range's days read "4. Juni 2026"."""
    view = make_view(qtbot, reader, None)
    assert view.delete_button.toolTip().startswith("Das Tagebuch ist schreibgeschützt geöffnet")
    view._from_edit.setDate(QDate(2020, 6, 4))
    view._to_edit.setDate(QDate(2020, 6, 5))
    assert view._from_edit.text() == "4.\u00a0Juni 2020"
    assert view.empty_label.text().startswith(
        "Keine Einheiten zwischen dem 4.\u00a0Juni 2020 und dem 5.\u00a0Juni 2020."
    )


def test_opening_a_note_with_windows_line_breaks_is_not_an_edit(
    view: HistoryView, reader: Journal
) -> None:
    """A note imported with CR LF shows as unchanged, so closing asks nothing."""
    session_id = session_id_of(view, "Core basics")
    reader.set_session_note(session_id, "first\r\nsecond")
    view.refresh()
    view.open_session(session_id)
    dialog = view.detail_dialog
    assert dialog is not None
    assert dialog.note_editor.toPlainText() == "first\nsecond"
    assert not dialog.is_dirty()
    assert not dialog.save_button.isEnabled()


def test_refresh_keeps_unsaved_typing_in_the_dialog(view: HistoryView) -> None:
    """A journal refresh while typing (e.g. a pain check saved) does not wipe the note."""
    view.open_session(session_id_of(view, "Flare-up relief"))
    dialog = view.detail_dialog
    assert dialog is not None
    assert dialog.pain_editors == []
    dialog.note_editor.setPlainText("half-typed")
    view.refresh()
    assert dialog.note_editor.toPlainText() == "half-typed"
    dialog.note_editor.setPlainText("")


def test_all_shows_from_the_first_session_after_an_import(
    view: HistoryView, journal_path: Path
) -> None:
    """'All' keeps its From date on the first session when older ones arrive (an import)."""
    from_edit = next(
        edit for edit in view.findChildren(QDateEdit) if edit.accessibleName() == "From date"
    )
    assert from_edit.date() == QDate(2025, 12, 1)
    with Journal.open(journal_path) as journal:
        _plant(journal, Planted("Imported", date(2025, 6, 3), SessionStatus.COMPLETED, 3, 2))
    view.refresh()
    assert titles(view)[-1] == "Imported"
    assert from_edit.date() == QDate(2025, 6, 3)

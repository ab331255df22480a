"""The routine editor: routine fields, an ordered list of blocks, and each block's dosage.

Everything works from the keyboard: Insert adds an exercise (search, Enter), Delete removes the
selected block, Alt+Up/Alt+Down move it (drag and drop too), Ctrl+S saves. The total time updates
as values change. Save stays off while anything is missing, with the reason beside the field and
under the buttons; on Save the store checks the generated TOML with the loader and writes nothing
if it finds a problem.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backtimer.errors import UserFacingError
from backtimer.library.describe import format_seconds
from backtimer.library.drafts import MAX_SECONDS, BlockDraft, DraftError
from backtimer.library.model import Block, Exercise, Level, Library, Routine, RoutineCategory
from backtimer.library.user_store import InvalidRoutineError, UserRoutineStore, new_id, taken_ids
from backtimer.ui.library.block_form import BlockForm, add_row, error_label, show_error
from backtimer.ui.library.exercise_form import ExerciseFormDialog, choose_picture
from backtimer.ui.library.exercise_picker import ExercisePickerDialog
from backtimer.ui.wording import category_label, describe_dosage, level_label
from backtimer.workout.plan import build_plan

MAX_BLOCKS = 60
DRAFT_KEY_ROLE = Qt.ItemDataRole.UserRole


class RoutineEditorDialog(QDialog):
    """Creates a routine or edits one of the user's.

    Signals:
        routine_saved: the id of the routine just written.
        exercise_created: a custom exercise was written (the library should be reloaded).
    """

    routine_saved = Signal(str)
    exercise_created = Signal(str)

    def __init__(
        self,
        library: Library,
        store: UserRoutineStore,
        routine: Routine | None = None,
        *,
        as_new: bool = False,
        parent: QWidget | None = None,
        pick_picture: Callable[[QWidget], Path | None] = choose_picture,
    ) -> None:
        """``routine`` with ``as_new`` prefills a new routine (a duplicate); without, edits it."""
        super().__init__(parent)
        self._library = library
        self._store = store
        self._exercises: dict[str, Exercise] = dict(library.exercises)
        self._editing = routine if routine is not None and not as_new else None
        self._original = routine
        self._pick_picture = pick_picture
        self._drafts: dict[int, BlockDraft] = {}
        self._keys = itertools.count(1)
        self._picker_target: str = "insert"
        self.picker: ExercisePickerDialog | None = None
        self.exercise_form: ExerciseFormDialog | None = None
        self.setWindowTitle(self.tr("Edit routine") if self._editing else self.tr("New routine"))
        self.setObjectName("routineEditor")
        body_font = self.font()
        body_font.setPixelSize(15)
        self.setFont(body_font)

        self._build_routine_fields()
        self._build_blocks()
        self.total = QLabel()
        self.total.setObjectName("routineTotal")
        self.total.setAccessibleName(self.tr("Total time"))
        total_font = self.total.font()
        total_font.setPixelSize(18)
        total_font.setBold(True)
        self.total.setFont(total_font)
        self.save_reason = error_label(self.tr("Why Save is off"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save the routine (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        splitter = QSplitter()
        splitter.addWidget(self._blocks_box)
        splitter.addWidget(self._form_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self._routine_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.save_reason)
        layout.addLayout(bottom)
        self.resize(1100, 760)

        self._load(routine, as_new=as_new)
        self.title_edit.setFocus()

    # --- building -------------------------------------------------------------------------------

    def _build_routine_fields(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Routine title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. My physio programme"))
        self.id_label = QLabel()
        self.id_label.setAccessibleName(self.tr("File name"))
        self.title_error = error_label(self.tr("Problem with the title"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Routine category"))
        for category in RoutineCategory:
            self.category.addItem(category_label(category), category.value)
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Routine level"))
        for level in Level:
            self.level.addItem(level_label(level), level.value)
        self.summary_edit = QLineEdit()
        self.summary_edit.setAccessibleName(self.tr("Routine summary"))
        self.summary_edit.setPlaceholderText(self.tr("One or two sentences shown in the library"))
        self.summary_error = error_label(self.tr("Problem with the summary"))
        self.prepare = QSpinBox()
        self.prepare.setRange(0, MAX_SECONDS)
        self.prepare.setSuffix(" s")
        self.prepare.setAccessibleName(self.tr("Get-ready time before each exercise"))
        self.prepare.setSpecialValueText(self.tr("None"))

        title_column = QVBoxLayout()
        title_column.addWidget(self.title_edit)
        title_column.addWidget(self.id_label)
        title_column.addWidget(self.title_error)
        summary_column = QVBoxLayout()
        summary_column.addWidget(self.summary_edit)
        summary_column.addWidget(self.summary_error)
        choices = QHBoxLayout()
        choices.addWidget(self.category, 1)
        level_caption = QLabel(self.tr("&Level:"), buddy=self.level)
        choices.addWidget(level_caption)
        choices.addWidget(self.level)
        prepare_label = QLabel(self.tr("&Get ready:"), buddy=self.prepare)
        choices.addWidget(prepare_label)
        choices.addWidget(self.prepare)
        form = QFormLayout()
        add_row(form, self.tr("&Title:"), title_column, self.title_edit)
        add_row(form, self.tr("&Category:"), choices, self.category)
        add_row(form, self.tr("S&ummary:"), summary_column, self.summary_edit)
        self._routine_box = QGroupBox(self.tr("Routine"))
        self._routine_box.setLayout(form)
        self.title_edit.textChanged.connect(self._refresh)
        self.summary_edit.textChanged.connect(self._refresh)
        self.prepare.valueChanged.connect(self._refresh)

    def _build_blocks(self) -> None:
        self.block_list = QListWidget()
        self.block_list.setAccessibleName(self.tr("Exercises in this routine"))
        self.block_list.setAccessibleDescription(
            self.tr("Insert adds, Delete removes, Alt+Up and Alt+Down move the selected exercise")
        )
        self.block_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.block_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.block_list.setAlternatingRowColors(True)
        self.block_list.setWordWrap(True)
        self.block_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.block_list.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.block_list.installEventFilter(self)
        self.block_list.currentRowChanged.connect(self._on_current_row_changed)
        model = self.block_list.model()
        model.rowsMoved.connect(self._refresh)
        model.rowsInserted.connect(self._refresh)
        self.blocks_error = error_label(self.tr("Problem with the exercises"))

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Add an exercise after the selected one (Insert)"))
        self.add_button.setAccessibleName(self.tr("Add exercise"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected exercise (Delete)"))
        self.remove_button.setAccessibleName(self.tr("Remove exercise"))
        self.up_button = QPushButton(self.tr("Move u&p"))
        self.up_button.setToolTip(self.tr("Move the selected exercise up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the selected exercise down (Alt+Down)"))
        self.add_button.clicked.connect(self.open_picker)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("&Exercises, in order:"), buddy=self.block_list))
        column.addWidget(self.block_list, 1)
        column.addWidget(self.blocks_error)
        column.addLayout(buttons)
        self._blocks_box = QGroupBox(self.tr("Exercises"))
        self._blocks_box.setLayout(column)

        self.block_form = BlockForm(self._exercise_name)
        self.block_form.changed.connect(self._refresh)
        self.block_form.exercise_change_requested.connect(lambda: self.open_picker("change"))
        form_column = QVBoxLayout()
        form_column.addWidget(self.block_form)
        self._form_box = QGroupBox(self.tr("Dosage of the selected exercise"))
        self._form_box.setLayout(form_column)

    def _load(self, routine: Routine | None, *, as_new: bool) -> None:
        self.block_form.show_draft(None)
        if routine is None:
            self.prepare.setValue(10)
            self._refresh()
            return
        title = f"{routine.title} (copy)" if as_new else routine.title
        self.title_edit.setText(title)
        self.category.setCurrentIndex(self.category.findData(routine.category.value))
        self.level.setCurrentIndex(self.level.findData(routine.level.value))
        self.summary_edit.setText(routine.summary)
        self.prepare.setValue(round(routine.prepare_s))
        for block in routine.blocks:
            self._append(BlockDraft.from_block(block))
        self.block_list.setCurrentRow(0)
        self._refresh()

    # --- blocks -----------------------------------------------------------------------------

    def drafts(self) -> list[BlockDraft]:
        """The blocks in list order (the list may have been reordered by drag and drop)."""
        items = (self.block_list.item(row) for row in range(self.block_list.count()))
        return [self._drafts[item.data(DRAFT_KEY_ROLE)] for item in items]

    def _append(self, draft: BlockDraft, row: int | None = None) -> QListWidgetItem:
        key = next(self._keys)
        self._drafts[key] = draft
        item = QListWidgetItem()
        item.setData(DRAFT_KEY_ROLE, key)
        if row is None:
            self.block_list.addItem(item)
        else:
            self.block_list.insertItem(row, item)
        return item

    def _current_draft(self) -> BlockDraft | None:
        item = self.block_list.currentItem()
        return self._drafts[item.data(DRAFT_KEY_ROLE)] if item is not None else None

    @Slot()
    def open_picker(self, target: str = "insert") -> None:
        """Ask for an exercise: to insert after the selected block, or to change its exercise."""
        if target == "insert" and self.block_list.count() >= MAX_BLOCKS:
            show_error(
                self.blocks_error,
                self.tr("A routine has at most {MAX_BLOCKS} exercises.").format(
                    MAX_BLOCKS=MAX_BLOCKS
                ),
            )
            return
        self._picker_target = target
        self.picker = ExercisePickerDialog(self._exercises, self)
        self.picker.exercise_picked.connect(self._on_exercise_picked)
        self.picker.new_exercise_requested.connect(self._open_exercise_form)
        self.picker.open()

    def add_exercise(self, exercise_id: str) -> None:
        """Insert a block after the selected one, with the dosage the library uses for it."""
        draft = self._typical_draft(exercise_id)
        row = self.block_list.currentRow() + 1 if self.block_list.count() else 0
        item = self._append(draft, row)
        self.block_list.setCurrentItem(item)
        self._refresh()

    def _typical_draft(self, exercise_id: str) -> BlockDraft:
        for routine in self._library.routines.values():
            for block in routine.blocks:
                if block.exercise_id == exercise_id:
                    return dataclasses.replace(BlockDraft.from_block(block), note="")
        exercise = self._exercises.get(exercise_id)
        if exercise is not None and exercise.category.value in ("aerobic", "breathing"):
            return BlockDraft(exercise_id, mode="continuous")
        return BlockDraft(exercise_id)

    @Slot()
    def remove_current(self) -> None:
        row = self.block_list.currentRow()
        if row < 0:
            return
        item = self.block_list.takeItem(row)
        del self._drafts[item.data(DRAFT_KEY_ROLE)]
        self.block_list.setCurrentRow(min(row, self.block_list.count() - 1))
        self._refresh()

    def move_current(self, step: int) -> None:
        row = self.block_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.block_list.count():
            return
        item = self.block_list.takeItem(row)
        self.block_list.insertItem(target, item)
        self.block_list.setCurrentRow(target)
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Insert, Delete and Alt+Up/Down on the block list."""
        if watched is self.block_list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_Insert:
                self.open_picker()
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_current()
                return True
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else +1)
                return True
        return super().eventFilter(watched, event)

    # --- validation and the routine -----------------------------------------------------------

    def routine_id(self) -> str:
        if self._editing is not None:
            return self._editing.id
        return new_id(self.title_edit.text(), taken_ids(self._library))

    def build_routine(self) -> Routine:
        """The routine as the form stands; ``DraftError`` names the first thing missing."""
        title = self.title_edit.text().strip()
        if not title:
            raise DraftError("title", self.tr("Give the routine a title."))
        summary = self.summary_edit.text().strip()
        if not summary:
            raise DraftError("summary", self.tr("Write a one-line summary for the library."))
        drafts = self.drafts()
        if not drafts:
            raise DraftError(
                "blocks", self.tr("Add at least one exercise (Insert, or the Add button).")
            )
        blocks = []
        for number, draft in enumerate(drafts, start=1):
            try:
                blocks.append(draft.to_block())
            except DraftError as error:
                raise DraftError(
                    error.field,
                    self.tr("Exercise {number}: {message}").format(
                        number=number, message=error.message
                    ),
                ) from error
        base = self._original
        return Routine(
            id=self.routine_id(),
            title=title,
            category=RoutineCategory(self.category.currentData()),
            level=Level(self.level.currentData()),
            summary=summary,
            blocks=tuple(blocks),
            prepare_s=float(self.prepare.value()),
            description=base.description if base is not None else "",
        )

    @Slot()
    def _refresh(self) -> None:
        """Relabel the blocks, recompute the total and say why Save is off (if it is)."""
        for row, draft in enumerate(self.drafts()):
            item = self.block_list.item(row)
            try:
                dosage = describe_dosage(draft.to_block())
                mark = ""
            except DraftError as error:
                dosage, mark = error.message, "⚠ "
            item.setText(
                self.tr("{mark}{value}. {exercise_name} — {dosage}").format(
                    mark=mark,
                    value=row + 1,
                    exercise_name=self._exercise_name(draft.exercise_id),
                    dosage=dosage,
                )
            )
            item.setToolTip(dosage)
        has_title = bool(self.title_edit.text().strip() or self._editing)
        self.id_label.setText(
            self.tr("Saved as {routine_id}.toml in your routines folder").format(
                routine_id=self.routine_id()
            )
        )
        self.id_label.setVisible(has_title)
        try:
            routine = self.build_routine()
        except DraftError as error:
            self._show_reason(error.field, error.message)
            partial = [d.to_block() for d in self.drafts() if _valid(d)]
            seconds = (
                build_plan(_placeholder(partial, self.prepare.value()), self._exercises).total_s
                if partial
                else 0.0
            )
        else:
            self._show_reason(None, "")
            seconds = build_plan(routine, self._exercises).total_s
        self.total.setText(
            self.tr("Total: {format_seconds}  (about {round} min)").format(
                format_seconds=format_seconds(seconds), round=round(seconds / 60)
            )
        )

    def _show_reason(self, field_name: str | None, message: str) -> None:
        show_error(self.title_error, message if field_name == "title" else "")
        show_error(self.summary_error, message if field_name == "summary" else "")
        show_error(self.blocks_error, message if field_name == "blocks" else "")
        self.block_form.show_errors(field_name, message)
        show_error(self.save_reason, f"Save is off: {message}" if message else "")
        self.save_button.setEnabled(not message)

    @Slot()
    def save(self) -> None:
        try:
            routine = self.build_routine()
        except DraftError as error:
            self._show_reason(error.field, error.message)
            return
        try:
            self._store.save_routine(routine, self._library)
        except InvalidRoutineError as error:
            lines = "\n".join(str(problem) for problem in error.problems)
            show_error(
                self.save_reason,
                self.tr("Not saved; the file would have problems:\n{lines}").format(lines=lines),
            )
            return
        except UserFacingError as error:
            show_error(self.save_reason, self.tr("Not saved: {error}").format(error=error))
            return
        self.accept()
        self.routine_saved.emit(routine.id)

    # --- exercises ----------------------------------------------------------------------------

    def _exercise_name(self, exercise_id: str) -> str:
        exercise = self._exercises.get(exercise_id)
        return exercise.name if exercise is not None else f"unknown exercise {exercise_id!r}"

    @Slot(str)
    def _on_exercise_picked(self, exercise_id: str) -> None:
        draft = self._current_draft()
        if self._picker_target == "change" and draft is not None:
            draft.exercise_id = exercise_id
            self.block_form.refresh_exercise()
            self._refresh()
        else:
            self.add_exercise(exercise_id)
        self.block_form.mode.setFocus()

    @Slot()
    def _open_exercise_form(self) -> None:
        taken = taken_ids(self._library) | set(self._exercises)
        self.exercise_form = ExerciseFormDialog(
            self._store, taken, self.picker or self, pick_picture=self._pick_picture
        )
        self.exercise_form.exercise_saved.connect(self._on_exercise_saved)
        self.exercise_form.open()

    @Slot(object)
    def _on_exercise_saved(self, exercise: Exercise) -> None:
        self._exercises[exercise.id] = exercise
        if self.picker is not None:
            self.picker.add_exercise(exercise)
        self.exercise_created.emit(exercise.id)

    @Slot(int)
    def _on_current_row_changed(self, _row: int) -> None:
        self.block_form.show_draft(self._current_draft())
        self._refresh()


def _valid(draft: BlockDraft) -> bool:
    try:
        draft.to_block()
    except DraftError:
        return False
    return True


def _placeholder(blocks: list[Block], prepare_s: int) -> Routine:
    """A routine shell around the blocks that are valid, so the total shows while typing."""
    return Routine(
        "draft", "draft", RoutineCategory.MOBILITY, Level.BEGINNER, "", tuple(blocks), prepare_s
    )

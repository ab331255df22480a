"""Write a custom exercise: name, steps, cues, mistakes, when to stop, and an optional picture.

The form says next to each field what is missing, keeps Save off until the exercise is complete,
and saves through the store (checked by the loader, picture copied beside the file).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.errors import UserFacingError
from backtimer.library._items import ILLUSTRATION_SUFFIXES
from backtimer.library.model import Category, Exercise, Level
from backtimer.library.user_store import UserRoutineStore, new_id
from backtimer.ui.library.block_form import add_row, error_label, show_error
from backtimer.ui.wording import category_label, level_label

MIN_STEPS = 3
MAX_STEPS = 5


def choose_picture(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent, "Choose a picture", str(Path.home()), "Pictures (*.svg *.png)"
    )
    return Path(name) if name else None


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class ExerciseFormDialog(QDialog):
    """A new custom exercise.

    Signals:
        exercise_saved: the exercise as written (its picture path is the saved copy).
    """

    exercise_saved = Signal(object)

    def __init__(
        self,
        store: UserRoutineStore,
        taken_ids: Container[str],
        parent: QWidget | None = None,
        *,
        pick_picture: Callable[[QWidget], Path | None] = choose_picture,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New exercise"))
        body_font = self.font()
        body_font.setPixelSize(15)
        self.setFont(body_font)
        self._store = store
        self._taken = taken_ids
        self._pick_picture = pick_picture

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Exercise name"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Exercise category"))
        for category in Category:
            self.category.addItem(category_label(category), category.value)
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Exercise level"))
        for level in Level:
            self.level.addItem(level_label(level), level.value)
        self.steps = self._lines_edit(self.tr("Steps, one per line"), 110)
        self.cues = self._lines_edit(self.tr("Cues, one per line"), 60)
        self.mistakes = self._lines_edit(self.tr("Common mistakes, one per line"), 60)
        self.stop_if = QLineEdit()
        self.stop_if.setAccessibleName(self.tr("Stop if"))
        self.stop_if.setPlaceholderText(self.tr("e.g. Pain that spreads down a leg, or sharpens."))
        self.picture = QLineEdit()
        self.picture.setAccessibleName(self.tr("Picture file (optional)"))
        self.picture.setPlaceholderText(self.tr("optional: an .svg or .png file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose a picture file"))
        browse.clicked.connect(self._on_browse_clicked)

        self.name_error = error_label(self.tr("Problem with the name"))
        self.steps_error = error_label(self.tr("Problem with the steps"))
        self.stop_error = error_label(self.tr("Problem with stop if"))
        self.picture_error = error_label(self.tr("Problem with the picture"))
        self.save_error = error_label(self.tr("Why the exercise was not saved"))

        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture, 1)
        picture_row.addWidget(browse)
        form = QFormLayout()
        add_row(form, self.tr("&Name:"), self._with_error(self.name, self.name_error), self.name)
        add_row(form, self.tr("&Category:"), self.category)
        add_row(form, self.tr("&Level:"), self.level)
        add_row(
            form,
            self.tr("S&teps ({MIN_STEPS}–{MAX_STEPS}):").format(
                MIN_STEPS=MIN_STEPS, MAX_STEPS=MAX_STEPS
            ),
            self._with_error(self.steps, self.steps_error),
            self.steps,
        )
        add_row(form, self.tr("C&ues:"), self.cues)
        add_row(form, self.tr("&Mistakes:"), self.mistakes)
        add_row(
            form,
            self.tr("Sto&p if:"),
            self._with_error(self.stop_if, self.stop_error),
            self.stop_if,
        )
        picture_box = QVBoxLayout()
        picture_box.addLayout(picture_row)
        picture_box.addWidget(self.picture_error)
        add_row(form, self.tr("P&icture:"), picture_box, self.picture)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.stop_if, self.picture):
            edit.textChanged.connect(self._validate)
        self.steps.textChanged.connect(self._validate)
        self.resize(620, 640)
        self._validate()

    def _lines_edit(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(self.tr("one per line"))
        edit.setMinimumHeight(height)
        return edit

    @staticmethod
    def _with_error(widget: QWidget, label: QLabel) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(widget)
        column.addWidget(label)
        return column

    def picture_path(self) -> Path | None:
        text = self.picture.text().strip()
        return Path(text).expanduser() if text else None

    @Slot()
    def _validate(self) -> bool:
        steps = len(_lines(self.steps))
        show_error(
            self.name_error,
            "" if self.name.text().strip() else self.tr("Give the exercise a name."),
        )
        show_error(
            self.steps_error,
            ""
            if MIN_STEPS <= steps <= MAX_STEPS
            else f"Write {MIN_STEPS} to {MAX_STEPS} steps, one per line (now {steps}).",
        )
        show_error(
            self.stop_error,
            ""
            if self.stop_if.text().strip()
            else self.tr("Say when to stop, e.g. pain that sharpens."),
        )
        picture = self.picture_path()
        picture_problem = ""
        if picture is not None:
            if picture.suffix.lower() not in ILLUSTRATION_SUFFIXES:
                picture_problem = "The picture must be an .svg or .png file."
            elif not picture.is_file():
                picture_problem = f"No such file: {picture}"
        show_error(self.picture_error, picture_problem)
        errors = (self.name_error, self.steps_error, self.stop_error, self.picture_error)
        ok = not any(label.text() for label in errors)
        self.save_button.setEnabled(ok)
        return ok

    def exercise(self) -> Exercise:
        name = self.name.text().strip()
        return Exercise(
            id=new_id(name, self._taken, fallback="my_exercise"),
            name=name,
            category=Category(self.category.currentData()),
            level=Level(self.level.currentData()),
            equipment=(),
            steps=_lines(self.steps),
            cues=_lines(self.cues),
            mistakes=_lines(self.mistakes),
            stop_if=self.stop_if.text().strip(),
        )

    def accept(self) -> None:
        if not self._validate():
            return
        try:
            saved = self._store.save_exercise(self.exercise(), self.picture_path())
        except UserFacingError as error:
            show_error(self.save_error, str(error))
            return
        super().accept()
        self.exercise_saved.emit(saved)

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = self._pick_picture(self)
        if chosen is not None:
            self.picture.setText(str(chosen))

"""Pick an exercise for a block: search the whole library (bundled and yours) by typing.

The search box keeps the focus: Up/Down move through the matches and Enter takes the current one,
so adding an exercise is Insert, a few letters, Enter.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.library.model import Exercise, SourceKind
from backtimer.ui.wording import category_label, level_label

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole
_NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def exercise_line(exercise: Exercise) -> str:
    mine = (
        QCoreApplication.translate("ExercisePickerDialog", " · yours")
        if exercise.source.kind is SourceKind.USER
        else ""
    )
    return (
        f"{exercise.name} — {category_label(exercise.category)}, "
        f"{level_label(exercise.level).lower()}{mine}"
    )


class ExercisePickerDialog(QDialog):
    """Lists exercises matching the search text.

    Signals:
        exercise_picked: the chosen exercise id (emitted on accept).
        new_exercise_requested: the user wants to write a custom exercise instead.
    """

    exercise_picked = Signal(str)
    new_exercise_requested = Signal()

    def __init__(self, exercises: Mapping[str, Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an exercise"))
        body_font = self.font()
        body_font.setPixelSize(15)
        self.setFont(body_font)
        self._exercises = dict(exercises)
        self.search = QLineEdit(placeholderText="Type to search, Enter to add")
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Matching exercises"))
        self.matches.itemActivated.connect(lambda _item: self.accept())
        self.count = QLabel()
        self.new_exercise = QPushButton(self.tr("&New exercise…"))
        self.new_exercise.setAccessibleName(self.tr("New custom exercise"))
        self.new_exercise.clicked.connect(self._on_new_exercise_clicked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.addButton(self.new_exercise, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&Search:"), buddy=self.search))
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self._filter("")

    def add_exercise(self, exercise: Exercise) -> None:
        """A custom exercise made meanwhile: list it and select it."""
        self._exercises[exercise.id] = exercise
        self.search.clear()
        self._filter("")
        for row in range(self.matches.count()):
            if self.matches.item(row).data(EXERCISE_ID_ROLE) == exercise.id:
                self.matches.setCurrentRow(row)

    def selected_id(self) -> str | None:
        item = self.matches.currentItem()
        return item.data(EXERCISE_ID_ROLE) if item is not None else None

    def accept(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        super().accept()
        self.exercise_picked.emit(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the search box move the selection in the list."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _NAVIGATION_KEYS
        ):
            self.matches.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    @Slot(str)
    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        self.matches.clear()
        ordered = sorted(self._exercises.values(), key=lambda e: (e.category, e.name.casefold()))
        for exercise in ordered:
            haystack = " ".join(  # the category as shown, and in English, which is what the ids say
                (
                    exercise.name,
                    exercise.id,
                    category_label(exercise.category),
                    exercise.category.label,
                )
            ).casefold()
            if all(word in haystack for word in words):
                item = QListWidgetItem(exercise_line(exercise))
                item.setData(EXERCISE_ID_ROLE, exercise.id)
                item.setToolTip(exercise.summary or exercise.steps[0])
                self.matches.addItem(item)
        self.matches.setCurrentRow(0)
        shown = self.matches.count()
        self.count.setText(
            self.tr("1 exercise")
            if shown == 1
            else self.tr("{shown} exercises").format(shown=shown)
        )
        self._ok.setEnabled(shown > 0)

    @Slot()
    def _on_new_exercise_clicked(self) -> None:
        self.new_exercise_requested.emit()

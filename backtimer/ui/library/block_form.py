"""The routine editor's form for one block: exercise, dosage mode and the mode's values.

The mode picks a page of a ``QStackedWidget``, so only the values that mode uses are on screen.
Every field writes straight into the ``BlockDraft`` it shows and reports ``changed``; the editor
then rebuilds the routine, the total time and the reasons Save is off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.library.drafts import (
    MAX_REPS,
    MAX_SECONDS,
    MAX_SETS,
    MODE_LABELS,
    ROUTINE_DEFAULT_PREPARE,
    BlockDraft,
)
from backtimer.library.model import Sides
from backtimer.ui.theme import is_dark
from backtimer.ui.wording import library_text

SIDES_LABELS = {
    Sides.NONE: QT_TRANSLATE_NOOP("BlockForm", "No sides"),
    Sides.EACH: QT_TRANSLATE_NOOP("BlockForm", "Each side in turn (all left, then all right)"),
    Sides.ALTERNATE: QT_TRANSLATE_NOOP("BlockForm", "Alternate left and right (counts per side)"),
}
ERROR_COLOUR = {False: "#B00020", True: "#FF9E9E"}  # ≥ 4.5:1 on our light and dark windows


class ErrorLabel(QLabel):
    """Says why a value cannot be saved, right under its field; red that suits the theme."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.setObjectName("fieldError")
        self._follow_palette()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def _follow_palette(self) -> None:
        style = f"color: {ERROR_COLOUR[is_dark(self)]}; font-weight: bold;"
        if style != self.styleSheet():  # the style sheet itself changes the palette
            self.setStyleSheet(style)


def error_label(accessible_name: str) -> ErrorLabel:
    return ErrorLabel(accessible_name)


def add_row(
    form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget | None = None
) -> None:
    """A form row whose label's Alt+letter moves to the field, also when the field is a layout."""
    label = QLabel(text)
    target = buddy if buddy is not None else field
    if isinstance(target, QWidget):
        label.setBuddy(target)
    form.addRow(label, field)


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


class BlockForm(QWidget):
    """Edits one ``BlockDraft`` in place.

    Signals:
        changed: a value of the shown draft was edited.
        exercise_change_requested: the user wants to pick another exercise for this block.
    """

    changed = Signal()
    exercise_change_requested = Signal()

    def __init__(self, exercise_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise_name = exercise_name
        self._draft: BlockDraft | None = None
        self._loading = False
        self._setters: list[Callable[[BlockDraft], None]] = []

        self.exercise_label = QLabel()
        self.exercise_label.setWordWrap(True)
        self.change_exercise = QPushButton(self.tr("Change e&xercise…"))
        self.change_exercise.setAccessibleName(self.tr("Change exercise"))
        self.change_exercise.clicked.connect(self.exercise_change_requested)

        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Dosage mode"))
        for mode, label in MODE_LABELS.items():
            self.mode.addItem(library_text(label), mode)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)

        self.pages = QStackedWidget()
        self.pages.setAccessibleName(self.tr("Mode settings"))
        self._pages: dict[str, QWidget] = {}
        self.pyramid_error = error_label(self.tr("Problem with reps per set"))
        self._build_pages()

        self.sides = QComboBox()
        self.sides.setAccessibleName(self.tr("Sides"))
        for sides, label in SIDES_LABELS.items():
            self.sides.addItem(self.tr(label), sides.value)
        self._setters.append(
            lambda draft: self.sides.setCurrentIndex(self.sides.findData(draft.sides.value))
        )
        self.sides.currentIndexChanged.connect(
            lambda _i: self._store("sides", Sides(self.sides.currentData()))
        )
        self.sides_error = error_label(self.tr("Problem with sides"))
        self.switch_s = self._seconds("switch_s", "Switch-sides pause", minimum=0)
        self.prepare_s = self._seconds(
            "prepare_s", "Get-ready time", minimum=ROUTINE_DEFAULT_PREPARE
        )
        self.prepare_s.setSpecialValueText(self.tr("Routine default"))
        self.note = self._text("note", "Note shown during this block")

        common = QFormLayout()
        add_row(common, self.tr("Exercise:"), self.exercise_label, self.change_exercise)
        common.addRow("", self.change_exercise)
        add_row(common, self.tr("&Mode:"), self.mode)
        sides_column = QVBoxLayout()
        sides_column.addWidget(self.sides)
        sides_column.addWidget(self.sides_error)
        add_row(common, self.tr("S&ides:"), sides_column, self.sides)
        add_row(common, self.tr("Switch pause:"), self.switch_s)
        add_row(common, self.tr("Get ready:"), self.prepare_s)
        add_row(common, self.tr("N&ote:"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(common)
        layout.addWidget(self.pages)
        layout.addStretch(1)
        self.setEnabled(False)

    # --- building -------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        hold = QFormLayout()
        add_row(hold, self.tr("Hol&d each:"), self._seconds("hold_s", "Hold time"))
        self._add_counts(hold, "hold")
        add_row(
            hold,
            self.tr("Rest between holds:"),
            self._seconds("rest_rep_s", "Rest between holds", 0),
        )
        add_row(
            hold, self.tr("Rest between sets:"), self._seconds("rest_set_s", "Rest between sets", 0)
        )
        reps = QFormLayout()
        add_row(reps, self.tr("Eac&h rep takes:"), self._seconds("rep_s", "Seconds per rep"))
        self._add_counts(reps, "reps")
        add_row(
            reps, self.tr("Rest between sets:"), self._seconds("rest_set_s", "Rest between sets", 0)
        )
        add_row(reps, self.tr("Pace cue:"), self._text("cue", "Pace cue, e.g. in 4 s, out 6 s"))
        interval = QFormLayout()
        add_row(interval, self.tr("Wor&k:"), self._seconds("work_s", "Work time"))
        add_row(interval, self.tr("Work label:"), self._text("work_label", "Work label"))
        add_row(interval, self.tr("Rest:"), self._seconds("rest_s", "Rest time", 0))
        add_row(interval, self.tr("Rest label:"), self._text("rest_label", "Rest label"))
        add_row(interval, self.tr("Rou&nds:"), self._count("rounds", "Rounds", 100))
        continuous = QFormLayout()
        add_row(continuous, self.tr("&Duration:"), self._seconds("duration_s", "Duration"))
        tap = QFormLayout()
        add_row(tap, self.tr("Target:"), self._text("target", "Target, e.g. 10 sit-to-stands"))
        add_row(tap, self.tr("Time estimate:"), self._seconds("estimate_s", "Time estimate"))
        for mode, form in (
            ("hold", hold),
            ("reps", reps),
            ("interval", interval),
            ("continuous", continuous),
            ("tap", tap),
        ):
            page = QWidget()
            page.setLayout(form)
            form.setContentsMargins(0, 8, 0, 0)
            self.pages.addWidget(page)
            self._pages[mode] = page

    def _add_counts(self, form: QFormLayout, mode: str) -> None:
        add_row(form, self.tr("Reps i&n each set:"), self._count("reps", "Reps per set", MAX_REPS))
        add_row(form, self.tr("Set&s:"), self._count("sets", "Sets", MAX_SETS))
        pyramid = self._text("pyramid", "Pyramid: reps of each set, like 5, 3, 1")
        pyramid.setPlaceholderText(self.tr("optional, e.g. 5, 3, 1 (replaces reps and sets)"))
        add_row(form, self.tr("P&yramid:"), pyramid)
        if mode == "hold":
            form.addRow("", self.pyramid_error)
        else:
            self.reps_pyramid_error = error_label(self.tr("Problem with reps per set"))
            form.addRow("", self.reps_pyramid_error)

    def _seconds(self, attribute: str, name: str, minimum: int = 1) -> QSpinBox:
        spin = self._count(attribute, name, MAX_SECONDS, minimum)
        spin.setSuffix(" s")
        return spin

    def _count(self, attribute: str, name: str, maximum: int, minimum: int = 1) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        spin.setAccessibleName(name)
        spin.setAccelerated(True)
        self._setters.append(lambda draft: spin.setValue(getattr(draft, attribute)))
        spin.valueChanged.connect(lambda value: self._store(attribute, value))
        return spin

    def _text(self, attribute: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        self._setters.append(lambda draft: edit.setText(getattr(draft, attribute)))
        edit.textChanged.connect(lambda text: self._store(attribute, text))
        return edit

    # --- showing and editing --------------------------------------------------------------------

    def show_draft(self, draft: BlockDraft | None) -> None:
        self._draft = draft
        self.setEnabled(draft is not None)
        if draft is None:
            self.exercise_label.setText(self.tr("Add an exercise with Insert to set its dosage."))
            return
        self._loading = True
        try:
            self.mode.setCurrentIndex(self.mode.findData(draft.mode))
            self.pages.setCurrentWidget(self._pages[draft.mode])
            for setter in self._setters:
                setter(draft)
            self.refresh_exercise()
        finally:
            self._loading = False
        self._update_sides_allowed()

    def refresh_exercise(self) -> None:
        if self._draft is not None:
            self.exercise_label.setText(
                self.tr("<b>{exercise_name}</b>").format(
                    exercise_name=self._exercise_name(self._draft.exercise_id)
                )
            )

    def show_errors(self, field_name: str | None, message: str) -> None:
        """Show ``message`` beside ``field_name`` (and clear the other fields' messages)."""
        show_error(self.sides_error, message if field_name == "sides" else "")
        show_error(self.pyramid_error, message if field_name == "pyramid" else "")
        show_error(self.reps_pyramid_error, message if field_name == "pyramid" else "")

    def _store(self, attribute: str, value: object) -> None:
        if self._loading or self._draft is None:
            return
        setattr(self._draft, attribute, value)
        self.changed.emit()

    def _update_sides_allowed(self) -> None:
        interval = self.mode.currentData() == "interval"
        self.sides.setEnabled(not interval)
        self.switch_s.setEnabled(not interval)
        if interval and self._draft is not None and self._draft.sides is not Sides.NONE:
            self.sides.setCurrentIndex(self.sides.findData(Sides.NONE.value))

    @Slot(int)
    def _on_mode_changed(self, _index: int) -> None:
        mode = self.mode.currentData()
        self.pages.setCurrentWidget(self._pages[mode])
        self._store("mode", mode)
        if not self._loading:
            self._update_sides_allowed()

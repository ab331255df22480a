"""The "This hurts" box: how bad, whether it spreads or brings nerve symptoms, and what to do.

Asked while the workout is paused. It returns what the user chose, or None when they pressed Esc
or "Back to the workout": then nothing is logged and the workout stays paused, as it was. A score
and the leg/nerve answer travel with the choice into the journal, where the progression rule
reads them (a "this hurts" is a step back only when it was bad or came with those symptoms).

The box is never larger than the screen: at 2x scale a 1280x800 laptop offers 640x400, where the
German box did not fit at any text size and the window manager squeezed it, drawing "When to get
help" and "Back to the workout" over "Stop the workout". The questions then scroll and the
choices stay whole below them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.journal.records import HurtAction
from backtimer.ui.dialogs.screen_fit import ScrollingBody, fit_to_screen, keep_on_screen, side_width

CHOSEN_SCORE_STYLE = (
    "QPushButton:checked { background: palette(highlight);"
    " color: palette(highlighted-text); border: 3px solid palette(window-text);"
    " font-weight: bold; }"
)
"""The chosen score stands out by more than a colour: bold, a thick frame, inverted."""
TEXT_SCALES = (1.4, 1.2, 1.0)
"""Tried in turn: the largest at which the whole box fits the screen; at the last the questions
scroll if need be (a 2x-scaled laptop has little room)."""


@dataclass(frozen=True)
class HurtAnswer:
    """What the user chose; ``score`` is None when they gave none."""

    action: HurtAction
    score: int | None
    leg_or_nerve: bool


class HurtsDialog(QDialog):
    """Keys: 0–9 give the score (1 then 0 gives 10), Esc goes back to the paused workout."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        exercise_name: str,
        easier_name: str | None = None,
        show_safety: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This hurts"))
        self.setAccessibleName(self.tr("This hurts"))
        self._score: int | None = None
        self._action: HurtAction | None = None
        self._last_digit: int | None = None
        self._show_safety = show_safety

        intro = QLabel(
            self.tr(
                "<b>%1</b> is paused. Pain during exercise is common and is not harm, but "
                "sharp or spreading pain is a reason to stop this one."
            ).replace("%1", escape(exercise_name))
        )
        intro.setWordWrap(True)
        question = QLabel("<h3>" + self.tr("How bad is it now (0–10)?") + "</h3>")
        question.setWordWrap(True)

        self._group = QButtonGroup(self)
        scale = QHBoxLayout()
        scale.setSpacing(4)
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setMinimumSize(44, 44)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(self.tr("Pain %1 of 10").replace("%1", str(value)))
            self._group.addButton(button, value)
            scale.addWidget(button)
        self._group.idClicked.connect(self._select)
        anchors = QHBoxLayout()
        anchors.addWidget(QLabel(self.tr("0 = No pain")))
        anchors.addStretch(1)
        anchors.addWidget(QLabel(self.tr("10 = Worst pain imaginable")))

        spreads = self.tr("Does it spread down a leg, or come with numbness, tingling or weakness?")
        spreads_question = QLabel(spreads)
        spreads_question.setWordWrap(True)
        self._leg_or_nerve = QCheckBox(self.tr("&Yes, it does"))
        self._leg_or_nerve.setAccessibleName(spreads)
        spreads_question.setBuddy(self._leg_or_nerve)
        self._leg_or_nerve.toggled.connect(self._on_leg_or_nerve_toggled)
        self._advice = QLabel(
            self.tr(
                "Stop this exercise. If it does not settle, or your legs feel weak or numb, "
                "see “When to get help”."
            )
        )
        self._advice.setWordWrap(True)
        self._advice.setObjectName("hurtAdvice")
        self._advice.setStyleSheet(
            "QLabel#hurtAdvice { border: 2px solid #C44E00; border-radius: 6px; padding: 6px; }"
        )
        self._advice.setVisible(False)

        # Parented now: a default button finds its dialog only when it is put into it.
        self._below = QWidget(self)
        actions = QVBoxLayout(self._below)
        actions.setContentsMargins(0, 8, 0, 0)
        self._easier = None
        if easier_name is not None:
            self._easier = self._action_button(
                self.tr("Try the &gentler one: %1").replace("%1", easier_name), HurtAction.EASIER
            )
            actions.addWidget(self._easier)
        self._skip = self._action_button(self.tr("&Skip this exercise"), HurtAction.SKIPPED)
        self._stop = self._action_button(self.tr("S&top the workout"), HurtAction.STOPPED)
        actions.addWidget(self._skip)
        actions.addWidget(self._stop)
        self._skip.setDefault(True)
        lower = QHBoxLayout()
        help_button = QPushButton(self.tr("&When to get help"))
        help_button.setAutoDefault(False)
        help_button.clicked.connect(self._on_help_clicked)
        help_button.setVisible(show_safety is not None)
        back = QPushButton(self.tr("&Back to the workout (Esc)"))
        back.setAutoDefault(False)
        back.setAccessibleDescription(self.tr("Nothing is recorded; the workout stays paused."))
        back.clicked.connect(self.reject)
        lower.addWidget(help_button)
        lower.addStretch(1)
        lower.addWidget(back)
        actions.addLayout(lower)

        self._body = ScrollingBody(
            intro,
            question,
            scale,
            anchors,
            spreads_question,
            self._leg_or_nerve,
            self._advice,
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self._body, 1)
        layout.addWidget(self._below)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Taken before the first fit: the style sheet's size becomes the box's own font, and a
        # refit (the nerve advice) would scale the scaled size again.
        base = self.font()
        self._base_text_size = (
            (base.pointSizeF(), "pt") if base.pointSizeF() > 0 else (float(base.pixelSize()), "px")
        )
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Read from a mat on the floor: text a size up, as far as the screen has room for the
        whole box; at the smallest size the questions scroll and the choices stay whole below."""
        size, unit = self._base_text_size
        body = self._body.widget()
        for scale in TEXT_SCALES:
            # A style sheet (the chosen score's frame) stops setFont reaching the children, so
            # the size goes into the style sheet too.
            self.setStyleSheet(f"* {{ font-size: {size * scale:.1f}{unit}; }} {CHOSEN_SCORE_STYLE}")
            for layout in (body.layout(), self._below.layout(), self.layout()):
                layout.invalidate()
            # Wrapped text asks for its one-line width; the box wraps it at what fits.
            margins = self.layout().contentsMargins()
            width = max(
                body.sizeHint().width() + side_width(self, self._body),
                self._below.sizeHint().width() + margins.left() + margins.right(),
            )
            if fit_to_screen(self, self._body, self._below, width):
                return

    def _action_button(self, text: str, action: HurtAction) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(48)
        button.clicked.connect(lambda: self._choose(action))
        return button

    # --- public -----------------------------------------------------------------------------

    @classmethod
    def ask(cls, parent: QWidget | None = None, **kwargs: object) -> HurtAnswer | None:
        """Show the box modally; None when the user went back to the workout (Esc)."""
        dialog = cls(parent, **kwargs)  # type: ignore[arg-type]
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.answer() if accepted else None

    def answer(self) -> HurtAnswer | None:
        if self._action is None:
            return None
        return HurtAnswer(self._action, self._score, self._leg_or_nerve.isChecked())

    @property
    def score(self) -> int | None:
        return self._score

    # --- keyboard and choices ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Digits go to the scale: the dialog itself takes the keyboard first."""
        super().showEvent(event)
        keep_on_screen(self)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers():
            digit = key - Qt.Key.Key_0
            self._select(10 if digit == 0 and self._last_digit == 1 else digit)
            self._last_digit = None if digit == 0 and self._last_digit == 1 else digit
            return
        super().keyPressEvent(event)

    @Slot(int)
    def _select(self, value: int) -> None:
        self._score = value
        button = self._group.button(value)
        if button is not None:
            button.setChecked(True)

    @Slot(bool)
    def _on_leg_or_nerve_toggled(self, checked: bool) -> None:
        self._advice.setVisible(checked)
        # adjustSize() narrowed the box to its bare hint and gave it too little height for the
        # wrapped text, so the action buttons were drawn over each other: fit it as on opening.
        self._fit_to_screen()
        if checked:  # once the body is laid out anew: before, the advice has no place yet
            QTimer.singleShot(0, self._scroll_to_advice)

    @Slot()
    def _scroll_to_advice(self) -> None:
        if self._advice.isVisible():
            self._body.ensureWidgetVisible(self._advice, 0, 0)

    @Slot()
    def _on_help_clicked(self) -> None:
        if self._show_safety is not None:
            self._show_safety()

    def _choose(self, action: HurtAction) -> None:
        self._action = action
        self.accept()

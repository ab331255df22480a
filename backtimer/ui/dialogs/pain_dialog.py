"""The 0–10 pain prompt: keyboard first, never pre-filled, skippable.

Anchors stay identical everywhere (``0 = No pain``, ``10 = Worst pain imaginable``): changing them
would break the history. The previous score is never shown while asking, to avoid anchoring.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.safety import needs_guidance

QUESTION = QT_TRANSLATE_NOOP("PainScoreDialog", "How bad is your low back pain right now?")
BANDS = {
    0: QT_TRANSLATE_NOOP("PainScoreDialog", "no pain"),
    1: QT_TRANSLATE_NOOP("PainScoreDialog", "mild"),
    4: QT_TRANSLATE_NOOP("PainScoreDialog", "moderate"),
    7: QT_TRANSLATE_NOOP("PainScoreDialog", "severe"),
}
TEN_CHORD_S = 0.8


@dataclass(frozen=True)
class PainAnswer:
    score: int
    note: str


def band(score: int) -> str:
    return next(label for start, label in sorted(BANDS.items(), reverse=True) if score >= start)


class PainScoreDialog(QDialog):
    """Asks for one 0–10 score and an optional note.

    Keys: 0–9 pick a score (1 then 0 quickly picks 10), ← → move, Enter confirms, Esc skips.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = "Pain score",
        context: str = "",
        before: int | None = None,
        ask_note: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._before = before
        self._score: int | None = None
        self._last_digit: tuple[int, float] | None = None
        self._guidance_shown = False

        intro = QLabel(f"<p>{context}</p>" if context else "")
        intro.setVisible(bool(context))
        intro.setWordWrap(True)
        question = QLabel(f"<h2>{self.tr(QUESTION)}</h2>")
        question.setWordWrap(True)

        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        scale = QHBoxLayout()
        scale.setSpacing(4)
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setMinimumSize(56, 56)
            button.setAccessibleName(
                self.tr("Pain %1 of 10, %2")
                .replace("%1", self.locale().toString(value))
                .replace("%2", self.tr(band(value)))
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._group.addButton(button, value)
            scale.addWidget(button)
        self._group.idClicked.connect(self._select)
        scale_font = self.font()
        scale_font.setPixelSize(20)
        for button in self._group.buttons():
            button.setFont(scale_font)
        # The chosen score must stand out by more than a colour: bold, a thick frame, inverted.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border: 3px solid palette(window-text);"
            " font-weight: bold; }"
        )

        anchors = QHBoxLayout()
        anchors.addWidget(QLabel(self.tr("0 = No pain")))
        anchors.addStretch(1)
        anchors.addWidget(QLabel(self.tr("10 = Worst pain imaginable")))

        self._chosen = QLabel(self.tr("Type a number from 0 to 10, or click one."))
        self._chosen.setAccessibleName(self.tr("Chosen score"))
        self._guidance = QLabel()
        self._guidance.setWordWrap(True)
        self._guidance.setObjectName("painGuidance")
        self._guidance.setVisible(False)
        self._guidance.setStyleSheet(
            "QLabel#painGuidance { border: 2px solid #C44E00; border-radius: 6px; padding: 8px; }"
        )

        self._note = QPlainTextEdit()
        self._note.setPlaceholderText(self.tr("Note (optional): anything you noticed today"))
        self._note.setAccessibleName(self.tr("Note"))
        self._note.setFixedHeight(64)
        self._note.setVisible(ask_note)
        self._note.setTabChangesFocus(True)

        self._buttons = QDialogButtonBox()
        self._ok = self._buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._ok.setEnabled(False)
        self._ok.setAccessibleName(self.tr("Save score"))
        skip = self._buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setAccessibleName(self.tr("Skip without a score"))
        self._buttons.accepted.connect(self._on_accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(question)
        layout.addLayout(scale)
        layout.addLayout(anchors)
        layout.addWidget(self._chosen)
        layout.addWidget(self._guidance)
        layout.addWidget(self._note)
        layout.addWidget(self._buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- public -----------------------------------------------------------------------------

    @property
    def score(self) -> int | None:
        return self._score

    def answer(self) -> PainAnswer | None:
        if self._score is None:
            return None
        return PainAnswer(self._score, self._note.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None = None, **kwargs: object) -> PainAnswer | None:
        """Show the dialog modally; None if skipped. Tests patch this, or drive the dialog."""
        dialog = cls(parent, **kwargs)  # type: ignore[arg-type]
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.answer() if accepted else None

    def showEvent(self, event: QShowEvent) -> None:
        """Digits go to the scale, not the note: the dialog itself takes the keyboard first."""
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._note.hasFocus():
            super().keyPressEvent(event)
            return
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._on_digit(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self._select(max(0, (self._score if self._score is not None else 1) - 1))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self._select(min(10, (self._score if self._score is not None else -1) + 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._score is not None:
                self._on_accept()
        else:
            super().keyPressEvent(event)

    def _on_digit(self, digit: int) -> None:
        now = time.monotonic()
        if (
            digit == 0
            and self._last_digit is not None
            and self._last_digit[0] == 1
            and now - self._last_digit[1] <= TEN_CHORD_S
        ):
            self._select(10)
            self._last_digit = None
            return
        self._last_digit = (digit, now)
        self._select(digit)

    # --- selection --------------------------------------------------------------------------

    @Slot(int)
    def _select(self, value: int) -> None:
        self._score = value
        button = self._group.button(value)
        if button is not None:
            button.setChecked(True)
        self._chosen.setText(
            self.tr("<b>%1 out of 10</b> — %2. Press Enter to save.")
            .replace("%1", self.locale().toString(value))
            .replace("%2", self.tr(band(value)))
        )
        self._ok.setEnabled(True)
        self._guidance_shown = False
        self._guidance.setVisible(False)

    @Slot()
    def _on_accept(self) -> None:
        if self._score is None:
            return
        guidance = needs_guidance(self._score, self._before)
        if guidance and not self._guidance_shown:
            # Show the guidance first; a second Enter saves. The score is kept either way.
            self._guidance.setText(guidance + "<br><br>" + self.tr("Press Enter again to save."))
            self._guidance.setVisible(True)
            self._guidance_shown = True
            return
        self.accept()

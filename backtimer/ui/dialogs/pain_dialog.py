"""The 0–10 pain prompt: keyboard first, never pre-filled, skippable.

Anchors stay identical everywhere (``0 = No pain``, ``10 = Worst pain imaginable``): changing them
would break the history. The previous score is never shown while asking, to avoid anchoring.

Below the scale the person can tick leg and nerve symptoms (clinical brief §6.1, §7): pain down a
leg; numbness, tingling or weakness; and the urgent ones (saddle numbness, bladder or bowel
changes), which bring up the emergency guidance the moment they are ticked. After a session the
dialog can also ask the optional effort question that progression needs (§4.2).

The box is never larger than the screen: at 2x scale a 1280x800 laptop offers 640x400, where the
eleven scores did not fit across ("10" and Skip were cut off) and Save fell below the screen.
The scores then narrow (never under ``NARROW_SCORE_PX``), the body scrolls, and Save and Skip
stay in view under it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backtimer.safety import (
    LEG_PAIN_WORDS,
    NERVE_WORDS,
    URGENT_GUIDANCE,
    URGENT_WORDS,
    needs_guidance,
)
from backtimer.ui.dialogs.screen_fit import ScrollingBody, fit_to_screen, room_width, side_width
from backtimer.ui.wording import safety_text

QUESTION = QT_TRANSLATE_NOOP("PainScoreDialog", "How bad is your low back pain right now?")
BANDS = {
    0: QT_TRANSLATE_NOOP("PainScoreDialog", "no pain"),
    1: QT_TRANSLATE_NOOP("PainScoreDialog", "mild"),
    4: QT_TRANSLATE_NOOP("PainScoreDialog", "moderate"),
    7: QT_TRANSLATE_NOOP("PainScoreDialog", "severe"),
}
TEN_CHORD_S = 0.8
SCORE_PX = 56
"""Width and height of a score button when the screen has room."""
NARROW_SCORE_PX = 44
"""The narrowest a score button gets on a small screen: still an easy target for a finger."""
SCORE_SPACING = 4
EFFORT_QUESTION = QT_TRANSLATE_NOOP(
    "PainScoreDialog", "&Effort (optional): could you have done 2–3 more of each exercise?"
)
EFFORT_WORDS = {
    0: QT_TRANSLATE_NOOP("PainScoreDialog", "very easy"),
    2: QT_TRANSLATE_NOOP("PainScoreDialog", "easy"),
    4: QT_TRANSLATE_NOOP("PainScoreDialog", "moderate, could have done plenty more"),
    6: QT_TRANSLATE_NOOP("PainScoreDialog", "could have done 2–3 more"),
    8: QT_TRANSLATE_NOOP("PainScoreDialog", "hard, one more at most"),
    10: QT_TRANSLATE_NOOP("PainScoreDialog", "could not have done one more"),
}


@dataclass(frozen=True)
class PainAnswer:
    score: int
    note: str
    leg_pain: bool = False
    nerve_symptoms: bool = False
    urgent_symptoms: bool = False
    effort: int | None = None
    """0-10, asked after a session only; None when not asked or not rated."""

    @property
    def symptoms(self) -> dict[str, bool]:
        """The flags as ``Journal.record_pain`` / ``JournalWrites.record_pain`` keywords."""
        return {
            "leg_pain": self.leg_pain,
            "nerve_symptoms": self.nerve_symptoms,
            "urgent_symptoms": self.urgent_symptoms,
        }


def band(score: int) -> str:
    return next(label for start, label in sorted(BANDS.items(), reverse=True) if score >= start)


class PainScoreDialog(QDialog):
    """Asks for one 0–10 score, optional symptoms, an optional note (and effort after a session).

    Keys: 0–9 pick a score (1 then 0 quickly picks 10), ← → move, Enter confirms, Esc skips;
    Alt+P, Alt+N and Alt+B tick the symptoms, Alt+E goes to the effort.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = "Pain score",
        context: str = "",
        before: int | None = None,
        ask_note: bool = True,
        ask_symptoms: bool = True,
        ask_effort: bool = False,
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
        scale.setSpacing(SCORE_SPACING)
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setMinimumSize(SCORE_PX, SCORE_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
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
        self._chosen.setWordWrap(True)
        self._chosen.setAccessibleName(self.tr("Chosen score"))
        self._guidance = QLabel()
        self._guidance.setWordWrap(True)
        self._guidance.setObjectName("painGuidance")
        self._guidance.setVisible(False)
        self._guidance.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self._guidance.linkActivated.connect(self._on_help_link_activated)
        self._guidance.setStyleSheet(
            "QLabel#painGuidance { border: 2px solid #C44E00; border-radius: 6px; padding: 8px; }"
        )

        self._leg = QCheckBox(self.tr("&Pain down a leg"))
        self._nerve = QCheckBox(self.tr("&Numbness, tingling or weakness"))
        self._urgent = QCheckBox(
            self.tr(
                "Numbness around the genitals or back passage, or new &bladder or bowel changes"
            )
        )
        self._symptom_texts: dict[QCheckBox, str] = {}
        for box, words in (
            (self._leg, LEG_PAIN_WORDS),
            (self._nerve, NERVE_WORDS),
            (self._urgent, URGENT_WORDS),
        ):
            box.setAccessibleName(safety_text(words))
            self._symptom_texts[box] = box.text()
            box.setVisible(ask_symptoms)
            box.toggled.connect(self._on_symptoms_changed)
        symptoms_label = QLabel(self.tr("Also today (tick any that apply):"))
        symptoms_label.setWordWrap(True)
        symptoms_label.setVisible(ask_symptoms)

        self._effort = QComboBox()
        self._effort.addItem(self.tr("Not rated"), None)
        for value in range(11):
            words = next(
                label
                for start, label in sorted(EFFORT_WORDS.items(), reverse=True)
                if value >= start
            )
            self._effort.addItem(f"{value} – {self.tr(words)}", value)
        self._effort.setAccessibleName(self.tr("Effort from 0 to 10"))
        effort_label = QLabel(self.tr(EFFORT_QUESTION))
        effort_label.setWordWrap(True)
        effort_label.setBuddy(self._effort)
        for widget in (effort_label, self._effort):
            widget.setVisible(ask_effort)

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

        self._body = ScrollingBody(
            intro,
            question,
            scale,
            anchors,
            self._chosen,
            symptoms_label,
            self._leg,
            self._nerve,
            self._urgent,
            self._guidance,
            effort_label,
            self._effort,
            self._note,
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self._body, 1)
        layout.addWidget(self._buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit_to_screen()

    # --- public -----------------------------------------------------------------------------

    @property
    def score(self) -> int | None:
        return self._score

    def answer(self) -> PainAnswer | None:
        if self._score is None:
            return None
        return PainAnswer(
            self._score,
            self._note.toPlainText().strip(),
            leg_pain=self._leg.isChecked(),
            nerve_symptoms=self._nerve.isChecked(),
            urgent_symptoms=self._urgent.isChecked(),
            effort=self._effort.currentData() if self._effort.isVisibleTo(self) else None,
        )

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
        if self._note.hasFocus() or self._effort.hasFocus():
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
        if not self._urgent.isChecked():
            self._guidance_shown = False
            self._guidance.setVisible(False)

    @Slot()
    def _on_symptoms_changed(self) -> None:
        """Urgent symptoms bring up the emergency guidance at once, score or not."""
        if self._urgent.isChecked():
            self._show_guidance(
                f"<b>{safety_text(URGENT_GUIDANCE)}</b><br><br>"
                + self.tr("A score saves these symptoms in your journal (Enter).")
            )
        else:
            self._guidance_shown = False
            self._guidance.setVisible(False)

    def _show_guidance(self, html: str) -> None:
        """Show guidance with a link to the full list, growing the dialog so none is cut off."""
        # Outside the f-string: the catalogue tool does not look inside one (it stayed English).
        link = self.tr("Show “When to get help”")
        self._guidance.setText(f"{html} <a href='help'>{link}</a>")
        self._guidance.setVisible(True)
        self._guidance_shown = True
        self._fit_to_screen()
        # Once the body is laid out anew: before, the guidance has no place yet to scroll to.
        QTimer.singleShot(0, self._scroll_to_guidance)

    @Slot()
    def _scroll_to_guidance(self) -> None:
        if self._guidance.isVisible():
            self._body.ensureWidgetVisible(self._guidance, 0, 0)

    def _fit_to_screen(self) -> None:
        """As large as the content asks, as far as the screen has room; the body scrolls beyond.

        The scores narrow first, so all eleven stay in one row across a small screen.
        """
        room_w = room_width(self)
        frame_w = side_width(self, self._body)
        row_w = 11 * SCORE_PX + 10 * SCORE_SPACING
        score_px = SCORE_PX if row_w + frame_w <= room_w else NARROW_SCORE_PX
        for button in self._group.buttons():
            button.setMinimumWidth(score_px)
        for box, text in self._symptom_texts.items():
            box.setText(text)
        body = self._body.widget()
        body.layout().activate()
        # Wrapped labels would ask for their text on one line: the scores and tick boxes set
        # the width, the rest wraps in it.
        width = min(max(body.minimumSizeHint().width(), row_w) + frame_w, room_w)
        for box, text in self._symptom_texts.items():
            _wrap_check_box(box, text, width - frame_w)
        fit_to_screen(self, self._body, self._buttons, width)

    @Slot(str)
    def _on_help_link_activated(self, _link: str) -> None:
        from backtimer.ui.dialogs.safety_dialog import SafetyDialog

        SafetyDialog(self).exec()

    @Slot()
    def _on_accept(self) -> None:
        if self._score is None:
            return
        guidance = needs_guidance(
            self._score,
            self._before,
            urgent_symptoms=self._urgent.isChecked(),
            leg_or_nerve=self._leg.isChecked() or self._nerve.isChecked(),
            tr=safety_text,
        )
        if guidance and not self._guidance_shown:
            # Show the guidance first; a second Enter saves. The score is kept either way.
            self._show_guidance(guidance + "<br><br>" + self.tr("Press Enter again to save."))
            return
        self.accept()


def _wrap_check_box(box: QCheckBox, text: str, width: int) -> None:
    """Break a tick box's text into lines that fit ``width`` (a QCheckBox never wraps itself).

    ``box`` shows ``text`` on one line when called. Its accessible name is set apart, so a
    screen reader still hears one sentence.
    """
    metrics = box.fontMetrics()
    indicator = box.sizeHint().width() - metrics.horizontalAdvance(_shown(text))
    room = max(80, width - max(indicator, 24))
    lines: list[str] = []
    for word in text.split(" "):
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(_shown(candidate)) <= room:
            lines[-1] = candidate
        else:
            lines.append(word)
    box.setText("\n".join(lines))


def _shown(text: str) -> str:
    """A button's text as drawn: single '&' marks the shortcut, '&&' is an ampersand."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))

"""One session in full: its steps, pain before and after, "this hurts" reports, and its note.

A non-modal dialog, so the history table stays usable beside it. Pain scores and the note are
edited here and saved together through the controller; the dialog re-reads the journal after
each save so it always shows what was stored, not what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.journal.records import HurtAction, HurtEvent, PainEdit, PainEntry, StepRow
from backtimer.safety import LEG_OR_NERVE_WORDS
from backtimer.ui.history.history_controller import HistoryController, SessionDetail
from backtimer.ui.history.history_model import (
    change_tooltip,
    completion_text,
    date_text,
    minutes_text,
    signed_text,
)
from backtimer.ui.theme import PHASE_STYLES
from backtimer.ui.wording import day_text, safety_text, symptom_words
from backtimer.ui.wording import phase_word as translated_phase
from backtimer.workout.plan import StepKind
from backtimer.workout.progress import session_tally

STEP_HEADERS = (
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Exercise"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Phase"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Side"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Set"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Rep"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Planned"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Actual"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Skipped"),
)
HURT_ACTIONS = {
    HurtAction.EASIER: QT_TRANSLATE_NOOP("SessionDetailDialog", "made it easier"),
    HurtAction.SKIPPED: QT_TRANSLATE_NOOP("SessionDetailDialog", "skipped the exercise"),
    HurtAction.STOPPED: QT_TRANSLATE_NOOP("SessionDetailDialog", "stopped the session"),
    HurtAction.CONTINUED: QT_TRANSLATE_NOOP("SessionDetailDialog", "carried on"),
}
PAIN_LABELS = {
    "before": QT_TRANSLATE_NOOP("SessionDetailDialog", "Before"),
    "after": QT_TRANSLATE_NOOP("SessionDetailDialog", "After"),
}
SIDES = {
    "left": QT_TRANSLATE_NOOP("SessionDetailDialog", "Left"),
    "right": QT_TRANSLATE_NOOP("SessionDetailDialog", "Right"),
}
PAIN_NAMES = {
    "before": QT_TRANSLATE_NOOP("SessionDetailDialog", "Pain before the session, 0 to 10"),
    "after": QT_TRANSLATE_NOOP("SessionDetailDialog", "Pain after the session, 0 to 10"),
}
NOTE_NAMES = {
    "before": QT_TRANSLATE_NOOP("SessionDetailDialog", "Note on the pain before the session"),
    "after": QT_TRANSLATE_NOOP("SessionDetailDialog", "Note on the pain after the session"),
}
SYMPTOM_NAMES = {
    "before": QT_TRANSLATE_NOOP("SessionDetailDialog", "Symptoms with the pain before the session"),
    "after": QT_TRANSLATE_NOOP("SessionDetailDialog", "Symptoms with the pain after the session"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionDetailDialog", text)


def phase_word(kind: str) -> str:
    try:
        return translated_phase(PHASE_STYLES[StepKind(kind)].word)
    except (ValueError, KeyError):
        return kind.replace("_", " ").capitalize()


def hurt_text(event: HurtEvent) -> str:
    score = (
        QCoreApplication.translate("SessionDetailDialog", "pain {score}/10, ").format(
            score=event.score
        )
        if event.score is not None
        else ""
    )
    nerve = f"{safety_text(LEG_OR_NERVE_WORDS)}, " if event.leg_or_nerve else ""
    action = HURT_ACTIONS.get(event.action)
    return (
        f"{event.recorded:%H:%M}  {event.exercise_name}: "
        f"{score}{nerve}{_tr(action) if action else event.action.value}"
    )


class PainEditor(QWidget):
    """Score and note of one recorded pain entry."""

    edited = Signal()

    def __init__(self, entry: PainEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        context = entry.context.value
        self.score = QSpinBox()
        self.score.setRange(0, 10)
        self.score.setValue(entry.score)
        self.score.setSuffix(" / 10")
        self.score.setAccessibleName(_tr(PAIN_NAMES.get(context, PAIN_NAMES["after"])))
        self.note = QLineEdit(entry.note)
        self._shown = (entry.score, self.note.text())
        """What the editors showed when loaded (they may normalise line breaks): "unchanged"."""
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(_tr(NOTE_NAMES.get(context, NOTE_NAMES["after"])))
        self.note.setClearButtonEnabled(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.score)
        layout.addWidget(self.note, stretch=1)
        self.score.valueChanged.connect(self.edited)
        self.note.textChanged.connect(self.edited)

    def is_dirty(self) -> bool:
        return (self.score.value(), self.note.text()) != self._shown

    def mark_saved(self) -> None:
        self._shown = (self.score.value(), self.note.text())

    def set_read_only(self, reason: str) -> None:
        self.score.setReadOnly(True)
        self.note.setReadOnly(True)
        self.setToolTip(reason)


class SessionDetailDialog(QDialog):
    """Shows one session and saves edits to its pain scores and note.

    Signals:
        saved(): edits were handed to the journal writer.
    """

    saved = Signal()

    def __init__(
        self, controller: HistoryController, session_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._session_id = session_id
        self._pain_editors: list[PainEditor] = []
        self._shown_note: str | None = None
        """The note as the editor showed it when loaded; None until the first load."""
        self.setWindowTitle(self.tr("Session"))
        self.setAccessibleName(self.tr("Session details"))
        self.resize(820, 680)

        self._title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._subtitle = QLabel()
        self._subtitle.setWordWrap(True)
        self._subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._pain_box = QGroupBox(self.tr("Pain (0 = none, 10 = worst imaginable)"))
        self._pain_form = QFormLayout(self._pain_box)
        self._effect = QLabel()
        self._effect.setWordWrap(True)

        self._hurts = QLabel()
        self._hurts.setWordWrap(True)
        self._hurts.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._hurts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hurt_box = QGroupBox(self.tr("“This hurts” during the session"))
        QVBoxLayout(hurt_box).addWidget(self._hurts)

        self._steps = QTableWidget(0, len(STEP_HEADERS))
        self._steps.setHorizontalHeaderLabels([self.tr(header) for header in STEP_HEADERS])
        self._steps.setAccessibleName(self.tr("Steps of the session"))
        self._steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._steps.setAlternatingRowColors(True)
        self._steps.verticalHeader().hide()
        header = self._steps.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        steps_box = QGroupBox(self.tr("Steps"))
        QVBoxLayout(steps_box).addWidget(self._steps)

        self._note = QPlainTextEdit()
        self._note.setPlaceholderText(
            self.tr("How did it go? Anything to tell your physiotherapist?")
        )
        self._note.setAccessibleName(self.tr("Session note"))
        self._note.setTabChangesFocus(True)
        self._note.setMaximumHeight(90)
        self._note.textChanged.connect(self._on_edited)
        note_box = QGroupBox(self.tr("Note"))
        QVBoxLayout(note_box).addWidget(self._note)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button: QPushButton = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save changes"))
        self._buttons.accepted.connect(self.save)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        top = QHBoxLayout()
        pain_column = QVBoxLayout()
        pain_column.addWidget(self._pain_box)
        pain_column.addWidget(self._effect)
        top.addLayout(pain_column, stretch=3)
        top.addWidget(hurt_box, stretch=2)
        layout.addLayout(top)
        layout.addWidget(note_box)
        layout.addWidget(steps_box, stretch=1)
        layout.addWidget(self._buttons)
        self.reload()

    @property
    def session_id(self) -> int:
        return self._session_id

    @property
    def note_editor(self) -> QPlainTextEdit:
        return self._note

    @property
    def pain_editors(self) -> list[PainEditor]:
        return list(self._pain_editors)

    @property
    def hurts_label(self) -> QLabel:
        return self._hurts

    @property
    def steps_table(self) -> QTableWidget:
        return self._steps

    def is_dirty(self) -> bool:
        return self._note.toPlainText() != self._shown_note or any(
            editor.is_dirty() for editor in self._pain_editors
        )

    # --- showing ------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Re-read the session; unsaved typing is kept rather than overwritten."""
        if self._shown_note is not None and self.is_dirty():
            return
        self._detail: SessionDetail = self._controller.session_detail(self._session_id)
        summary = self._detail.summary
        self.setWindowTitle(
            f"{summary.routine_title} — {day_text(summary.started.date(), self.locale())}"
        )
        self._title.setText(summary.routine_title)
        ended = f"–{summary.ended:%H:%M}" if summary.ended else ""
        effort = (
            self.tr(" · effort {effort}/10").format(effort=summary.effort)
            if summary.effort is not None
            else ""
        )
        done = self.tr("{done} done of {planned} planned").format(
            done=minutes_text(session_tally(summary).used_s),
            planned=minutes_text(summary.planned_s),
        )
        self._subtitle.setText(
            f"{date_text(summary)}{ended} · {completion_text(summary)} · {done}{effort}"
        )
        self._show_pain(self._detail.pain)
        change = summary.pain_change
        self._effect.setText(
            self.tr("Session effect: {change}. {meaning}").format(
                change=signed_text(change), meaning=change_tooltip(change)
            )
        )
        hurts = self._detail.hurts
        self._hurts.setText(
            "\n".join(hurt_text(event) for event in hurts)
            if hurts
            else self.tr("Not pressed in this session.")
        )
        self._show_steps(self._detail.steps)
        self._note.blockSignals(True)
        self._note.setPlainText(summary.note)
        self._shown_note = self._note.toPlainText()  # "\r\n" comes back as "\n"
        self._note.blockSignals(False)
        self._apply_read_only()
        self._on_edited()

    def _show_pain(self, entries: list[PainEntry]) -> None:
        while self._pain_form.rowCount():
            self._pain_form.removeRow(0)
        self._pain_editors = []
        for entry in entries:
            editor = PainEditor(entry)
            editor.edited.connect(self._on_edited)
            self._pain_editors.append(editor)
            context = entry.context.value
            label = self.tr(PAIN_LABELS[context]) if context in PAIN_LABELS else context
            self._pain_form.addRow(
                self.tr("{label} ({time}):").format(label=label, time=f"{entry.recorded:%H:%M}"),
                editor,
            )
            symptoms = symptom_words(entry.leg_pain, entry.nerve_symptoms, entry.urgent_symptoms)
            if symptoms:
                also = QLabel(self.tr("With: {symptoms}").format(symptoms=symptoms))
                also.setWordWrap(True)
                also.setAccessibleName(self.tr(SYMPTOM_NAMES.get(context, SYMPTOM_NAMES["after"])))
                self._pain_form.addRow("", also)
        if not entries:
            self._pain_form.addRow(QLabel(self.tr("No pain score was recorded for this session.")))

    def _show_steps(self, steps: list[StepRow]) -> None:
        self._steps.setRowCount(len(steps))
        for row, step in enumerate(steps):
            cells = (
                step.exercise_name,
                phase_word(step.kind),
                _tr(SIDES[step.side]) if step.side in SIDES else (step.side or "").capitalize(),
                str(step.set_number),
                str(step.rep_number),
                minutes_text(step.planned_s),
                minutes_text(step.actual_s),
                self.tr("Skipped") if step.skipped else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 3 <= column <= 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self._steps.setItem(row, column, item)

    def _apply_read_only(self) -> None:
        if not self._controller.read_only:
            return
        reason = self._controller.read_only_reason
        for editor in self._pain_editors:
            editor.set_read_only(reason)
        self._note.setReadOnly(True)
        self._note.setToolTip(reason)
        self.save_button.setToolTip(reason)

    # --- editing ------------------------------------------------------------------------------

    @Slot()
    def _on_edited(self) -> None:
        self.save_button.setEnabled(not self._controller.read_only and self.is_dirty())

    @Slot()
    def save(self) -> None:
        """Hand every changed field to the journal writer; the table refreshes when it is done."""
        if self._controller.read_only or not self.is_dirty():
            return
        pain = [
            PainEdit(editor.entry.id, editor.score.value(), editor.note.text())
            for editor in self._pain_editors
            if editor.is_dirty()
        ]
        note = self._note.toPlainText()
        changed_note = note if note != self._shown_note else None
        self._controller.save_edits(self._session_id, changed_note, pain)
        # Treat what was sent as stored, so the reload after the write is not held back.
        self._shown_note = note
        for editor in self._pain_editors:
            editor.mark_saved()
        self._on_edited()
        self.saved.emit()

    def reject(self) -> None:
        """Esc, Close and the window's close button all come here: never drop edits silently."""
        if self.is_dirty() and not self._controller.read_only:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save your changes to this session?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
        super().reject()

"""The weekly activity check-in: rate each activity 0–10, or skip for a week; manage the list.

Keyboard first: every score is a spin box (type a digit, Tab to the next), Enter saves, and
"Not this week" is one Alt+N away. The list of activities is edited in the same dialog (add,
rename, retire) so a person never has to find a settings page; retiring keeps the history.
The dialog never touches the journal itself: it reads through an ``ActivityJournal`` on the GUI
connection and writes through ``JournalWrites``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backtimer.i18n import QT_TRANSLATE_NOOP
from backtimer.journal.activities import (
    MAX_ACTIVE,
    Activity,
    ActivityError,
    ActivityJournal,
    ActivityRating,
    ScoreInput,
    clean_name,
)
from backtimer.journal.course import CHECKIN_SKIPPED
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.theme import scaled_font

WRITE_TIMEOUT_S = 5.0
"""List edits wait for their write so the dialog shows the result (a write takes milliseconds)."""
EXAMPLES = QT_TRANSLATE_NOOP(
    "ActivityCheckinDialog", "putting on socks, gardening for 30 minutes, sitting through a film"
)


UNRATED = -1
"""The score boxes' "not rated yet" value, shown as "–"."""


class ActivityCheckinDialog(QDialog):
    """Rate this week's activities.

    Signals:
        checkin_saved(int): the ratings were queued for the journal (how many).
        checkin_skipped(): the user chose "Not this week" (recorded; asked again in a week).
    """

    checkin_saved = Signal(int)
    checkin_skipped = Signal()

    def __init__(
        self,
        reader: ActivityJournal,
        writes: JournalWrites,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._writes = writes
        self._now = now
        self._scores: dict[int, QSpinBox] = {}
        self._notes: dict[int, QLineEdit] = {}
        self.setWindowTitle(self.tr("Weekly check-in"))
        self.setMinimumWidth(780)

        self.intro = intro = QLabel(
            self.tr(
                "How well can you do these this week?<br><b>0</b> = can't do it, "
                "<b>10</b> = as well as before your back problem."
            )
        )
        intro.setWordWrap(True)
        intro.setFont(scaled_font(intro.font(), 16))
        self._rows = QGridLayout()
        self._rows.setColumnStretch(0, 3)
        self._rows.setColumnStretch(2, 2)
        self._rows.setHorizontalSpacing(12)
        self.empty_label = QLabel(
            self.tr(
                "Name up to {count} everyday activities your back makes hard — for example "
                "{examples}. Each week you rate them, and Trends shows how they change."
            ).format(count=MAX_ACTIVE, examples=self.tr(EXAMPLES))
        )
        self.empty_label.setWordWrap(True)

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("A new activity, e.g. “putting on socks”"))
        self.new_name.setAccessibleName(self.tr("New activity"))
        self.new_name.setMaxLength(80)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.new_name.installEventFilter(self)  # Enter here adds, it does not save the dialog
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("&Not this week"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("Ask me &later"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.skip_button.clicked.connect(self._on_skip_clicked)
        self.later_button.clicked.connect(self.reject)
        for button in (self.skip_button, self.later_button):
            button.setAutoDefault(False)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._rows)
        layout.addWidget(line)
        layout.addLayout(add_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.new_name
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_add_clicked()
            return True
        return super().eventFilter(watched, event)

    # --- what is shown ----------------------------------------------------------------------

    def activities(self) -> list[Activity]:
        return self._reader.activities()

    def refresh(self) -> None:
        """Rebuild the rows from the journal, keeping scores already typed in."""
        typed = {key: box.value() for key, box in self._scores.items()}
        noted = {key: edit.text() for key, edit in self._notes.items()}
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._scores.clear()
        self._notes.clear()
        activities = self.activities()
        latest = _latest_ratings(self._reader)
        today = self._now().date()
        for activity_id, rating in latest.items():  # reopened the same day: its notes come back
            if rating.day == today and activity_id not in noted:
                noted[activity_id] = rating.note
        for row, activity in enumerate(activities):
            last = latest.get(activity.id)
            self._add_row(row, activity, last.score if last else None, typed, noted)
        self.empty_label.setVisible(not activities)
        self.intro.setVisible(bool(activities))
        self.save_button.setEnabled(bool(activities))
        full = len(activities) >= MAX_ACTIVE
        self.new_name.setEnabled(not full)
        self.add_button.setEnabled(not full)
        if full:
            self.new_name.setPlaceholderText(self.tr("Five activities: retire one to add another"))
        naming = self.new_name.hasFocus() and not full  # naming several in a row: stay there
        first = next(iter(self._scores.values()), None)
        (first if first is not None and not naming else self.new_name).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _add_row(
        self,
        row: int,
        activity: Activity,
        last: int | None,
        typed: dict[int, int],
        noted: dict[int, str],
    ) -> None:
        name = QLabel(escape(activity.name))
        name.setWordWrap(True)
        name.setFont(scaled_font(name.font(), 15, bold=True))
        score = QSpinBox()
        # A new activity starts unrated ("–"), never at a made-up middle score that an Enter
        # would save; one rated before starts from its last score.
        score.setRange(UNRATED, 10)
        score.setSpecialValueText("–")
        score.setValue(typed.get(activity.id, last if last is not None else UNRATED))
        score.setAccessibleName(self.tr("Score for {name}").format(name=activity.name))
        score.setMinimumWidth(72)
        score.setFont(scaled_font(score.font(), 16))
        name.setBuddy(score)
        hint = self.tr("last time {score}").format(score=last) if last is not None else ""
        last_label = QLabel(hint)
        note = QLineEdit(noted.get(activity.id, ""))
        note.setPlaceholderText(self.tr("note (optional)"))
        note.setAccessibleName(self.tr("Note for {name}").format(name=activity.name))
        rename = QPushButton(self.tr("Rename…"))
        retire = QPushButton(self.tr("Retire"))
        retire.setToolTip(self.tr("Stop asking about it; its ratings stay in your history"))
        for button in (rename, retire):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab walks scores and notes only
        rename.clicked.connect(lambda _=False, a=activity: self._on_rename_clicked(a))
        retire.clicked.connect(lambda _=False, a=activity: self._on_retire_clicked(a))
        for column, widget in enumerate((name, score, note, last_label, rename, retire)):
            self._rows.addWidget(widget, row, column)
        self._scores[activity.id] = score
        self._notes[activity.id] = note

    def scores(self) -> list[ScoreInput]:
        """The activities given a score (an unrated one is left out, not saved as 0)."""
        return [
            ScoreInput(key, box.value(), self._notes[key].text().strip())
            for key, box in self._scores.items()
            if box.value() != UNRATED
        ]

    # --- actions ----------------------------------------------------------------------------

    @Slot()
    def _on_save_clicked(self) -> None:
        scores = self.scores()
        if not scores:
            return
        self._writes.rate_activities(scores, self._now())
        self.checkin_saved.emit(len(scores))
        self.accept()

    @Slot()
    def _on_skip_clicked(self) -> None:
        self._writes.set_course_day(CHECKIN_SKIPPED, self._now().date())
        self.checkin_skipped.emit()
        self.reject()

    @Slot()
    def _on_add_clicked(self) -> None:
        try:
            name = clean_name(self.new_name.text())
            if any(a.name.casefold() == name.casefold() for a in self.activities()):
                raise ActivityError(self.tr("“{name}” is already on your list.").format(name=name))
        except ActivityError as error:
            self._show_problem(str(error))
            return
        if self._wait(self._writes.add_activity(name, self._now())):
            self.new_name.clear()

    def _on_rename_clicked(self, activity: Activity) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename activity"),
            self.tr("New name (its ratings are kept):"),
            text=activity.name,
        )
        if ok and name.strip() and name.strip() != activity.name:
            try:
                cleaned = clean_name(name)
            except ActivityError as error:
                self._show_problem(str(error))
                return
            self._wait(self._writes.rename_activity(activity.id, cleaned))

    def _on_retire_clicked(self, activity: Activity) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Retire activity"),
            self.tr(
                "Stop asking about “{name}”? Its ratings stay in Trends, exports and the report."
            ).format(name=activity.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._wait(self._writes.retire_activity(activity.id, self._now()))

    def _wait(self, future: object) -> bool:
        """Wait briefly for a list edit, then show the list as the journal has it."""
        try:
            future.result(timeout=WRITE_TIMEOUT_S)  # type: ignore[attr-defined]
        except Exception as error:
            self._show_problem(str(error))
            return False
        self._show_problem("")
        self.refresh()
        return True

    def _show_problem(self, text: str) -> None:
        self.problem.setText(escape(text))


def _latest_ratings(reader: ActivityJournal) -> dict[int, ActivityRating]:
    """Each activity's latest rating (ratings come oldest first)."""
    return {rating.activity_id: rating for rating in reader.ratings()}

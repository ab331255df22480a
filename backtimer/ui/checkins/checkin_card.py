"""The weekly activity check-in on the Today page: when to offer it, the card, the skip.

Built at start-up (the card is part of Today's first frame), so it names only widgets Today
already uses; the dialog itself (``activity_checkin``) is imported when first opened.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backtimer.insights.activities import checkin_due
from backtimer.journal.activities import ActivityJournal
from backtimer.journal.course import CHECKIN_SKIPPED, Course
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.theme import scaled_font
from backtimer.ui.today.today_view import Card

if TYPE_CHECKING:
    from backtimer.ui.checkins.activity_checkin import ActivityCheckinDialog


class CheckinDueCard(Card):
    """The Today page's invitation when the weekly check-in is due (hidden otherwise).

    Signals:
        checkin_requested(): "Check in now".
        skip_requested(): "Not this week".
    """

    checkin_requested = Signal()
    skip_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("checkinDueCard")
        self.title = QLabel(self.tr("Weekly check-in"))
        self.title.setFont(scaled_font(self.title.font(), 18, bold=True))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setFont(scaled_font(self.text.font(), 15))
        self.checkin_button = QPushButton(self.tr("Check in now"))
        self.checkin_button.clicked.connect(self.checkin_requested)
        self.skip_button = QPushButton(self.tr("Not this week"))
        self.skip_button.clicked.connect(self.skip_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkin_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_due(self, due: bool, activities: int) -> None:
        self.setVisible(due)
        if activities == 1:
            self.text.setText(
                self.tr("How well can you do your activity this week? It takes under a minute.")
            )
            self.checkin_button.setText(self.tr("Check in now"))
        elif activities:
            self.text.setText(
                self.tr(
                    "How well can you do your {count} activities this week? "
                    "It takes under a minute."
                ).format(count=activities)
            )
            self.checkin_button.setText(self.tr("Check in now"))
        else:
            self.text.setText(
                self.tr(
                    "Pain is only part of the story. Name a few everyday things your back "
                    "makes hard and rate them once a week to see what you can do again."
                )
            )
            self.checkin_button.setText(self.tr("Choose activities"))


class ActivityCheckins(QObject):
    """When to ask, the Today card, the dialog and the skip: the check-in's one controller.

    Reads go through the GUI connection (``reader``), writes through ``JournalWrites``; the card
    is refreshed whenever the journal changes (``JournalWrites.written`` or an outside change).

    Signals:
        status_changed(str): a short message for the status bar.
    """

    status_changed = Signal(str)

    def __init__(
        self,
        *,
        connection: sqlite3.Connection,
        writes: JournalWrites,
        now: Callable[[], datetime],
        in_workout: Callable[[], bool],
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._activities = ActivityJournal(connection)
        self._course = Course(connection)
        self._writes = writes
        self._now = now
        self._in_workout = in_workout
        self._window = window
        self.card = CheckinDueCard()
        self.card.checkin_requested.connect(self.open_dialog)
        self.card.skip_requested.connect(self.skip)
        self.dialog: ActivityCheckinDialog | None = None

    def is_due(self) -> bool:
        return self._writes.can_write and checkin_due(
            self._now().date(),
            last_checkin=self._activities.last_checkin_day(),
            last_skipped=self._course.checkin_skipped,
            in_workout=self._in_workout(),
        )

    @Slot()
    def refresh(self) -> None:
        self.card.show_due(self.is_due(), len(self._activities.activities()))

    @Slot()
    def open_dialog(self) -> ActivityCheckinDialog | None:
        if self._in_workout() or not self._writes.can_write:
            return None
        from backtimer.ui.checkins.activity_checkin import ActivityCheckinDialog

        dialog = ActivityCheckinDialog(self._activities, self._writes, self._now, self._window)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checkin_saved.connect(
            lambda count: self.status_changed.emit(checkin_saved_text(count))
        )
        dialog.finished.connect(lambda _result: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def skip(self) -> None:
        self._writes.set_course_day(CHECKIN_SKIPPED, self._now().date())
        self.card.setVisible(False)
        self.status_changed.emit(self.tr("The check-in will be offered again next week."))


def checkin_saved_text(count: int) -> str:
    """The status bar's word after a check-in that rated ``count`` activities."""
    if count == 1:
        return QCoreApplication.translate(
            "ActivityCheckins", "Saved this week's check-in (1 activity)."
        )
    return QCoreApplication.translate(
        "ActivityCheckins", "Saved this week's check-in ({count} activities)."
    ).format(count=count)

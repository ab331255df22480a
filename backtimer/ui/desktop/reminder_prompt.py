"""The reminder itself, as a small non-modal window: where there is no tray to notify from.

It never blocks: the app keeps running behind it, and ignoring it is as good as closing it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReminderPrompt(QDialog):
    """ "Time for your routine" with Start now / Snooze 30 min / Skip today.

    Signals:
        start_chosen, snooze_chosen, skip_chosen: the user pressed that button.
    """

    start_chosen = Signal()
    snooze_chosen = Signal()
    skip_chosen = Signal()

    def __init__(self, routine_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Time for your routine"))
        self.setModal(False)
        self.setMinimumWidth(380)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = QLabel(
            self.tr(
                "<p style='font-size:large'>It is time for <b>{routine_title}</b>.</p>"
                "<p>A few minutes of gentle movement helps most backs. On a bad day, skipping is "
                "fine too.</p>"
            ).format(routine_title=escape(routine_title))
        )
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox()
        self.start_button = self._button(buttons, self.tr("&Start now"), self.start_chosen)
        self.start_button.setDefault(True)
        self.snooze_button = self._button(buttons, self.tr("S&nooze 30 min"), self.snooze_chosen)
        self.skip_button = self._button(buttons, self.tr("S&kip today"), self.skip_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, text: str, signal: Signal) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(signal)
        button.clicked.connect(self._close_after_choice)
        return button

    @Slot()
    def _close_after_choice(self) -> None:
        self.close()

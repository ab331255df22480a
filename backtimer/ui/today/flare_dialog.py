""" "I'm having a flare-up": the flare plan (clinical brief §4.3) and the switch into flare mode."""

from __future__ import annotations

from enum import StrEnum
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backtimer.insights.flare import FLARE_PLAN, LOWER_DAYS_TO_END
from backtimer.library.titles import FLARE_ROUTINE_ID, routine_title


class FlareChoice(StrEnum):
    FLARE_MODE = "flare_mode"
    """Turn flare mode on; the user will start the routine later."""
    START_ROUTINE = "start_routine"
    """Turn flare mode on and start the Flare-Up Day routine now."""


def flare_plan_html(flare_title: str) -> str:
    """The plan as an HTML list; ``flare_title`` names the flare routine as the library does."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("FlareDialog", text)

    items = "".join(
        f"<li>{escape(tr(line).format(routine=flare_title))}</li>" for line in FLARE_PLAN
    )
    ending = QCoreApplication.translate(
        "FlareDialog",
        "Flare mode marks each day as a flare day in your journal, so your trends show it. "
        "It ends when you say so; Backtimer suggests ending it after {days} days in a row of "
        "lower pain (log your pain each day).",
    ).format(days=LOWER_DAYS_TO_END)
    return f"<ol>{items}</ol><p>{ending}</p>"


class FlareDialog(QDialog):
    """Shows the flare plan and asks whether to switch to flare mode (and start R12 now).

    ``flare_title`` is the flare routine's title in the loaded library; without it the bundled
    title (the same, since a user's file cannot reuse a bundled id) is looked up.
    """

    def __init__(self, parent: QWidget | None = None, *, flare_title: str | None = None) -> None:
        super().__init__(parent)
        if flare_title is None:
            flare_title = routine_title(FLARE_ROUTINE_ID)
        self.setWindowTitle(self.tr("Having a flare-up?"))
        self.setAccessibleName(self.windowTitle())
        self.resize(680, 560)
        self.choice: FlareChoice | None = None
        heading = QLabel(self.tr("<h2>Having a flare-up? Here is the plan.</h2>"))
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Flare plan"))
        text.setOpenLinks(False)
        text.setHtml(flare_plan_html(flare_title))
        font = text.font()
        font.setPixelSize(16)
        text.setFont(font)
        buttons = QDialogButtonBox()
        self.start_button = QPushButton(
            self.tr("Flare mode and start {routine} now").format(
                routine=flare_title.replace("&", "&&")  # a title's "&" is no shortcut
            )
        )
        self.mode_button = QPushButton(self.tr("Flare mode only"))
        self.start_button.setDefault(True)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mode_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(lambda: self._choose(FlareChoice.START_ROUTINE))
        self.mode_button.clicked.connect(lambda: self._choose(FlareChoice.FLARE_MODE))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)

    def _choose(self, choice: FlareChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, *, flare_title: str | None = None
    ) -> FlareChoice | None:
        """Show the plan modally; None when the user cancels."""
        dialog = cls(parent, flare_title=flare_title)
        dialog.exec()
        return dialog.choice

"""First-run safety screen, also reachable from Help → When to get help."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from backtimer.safety import DISCLAIMER, red_flags_html
from backtimer.ui.wording import safety_text


class SafetyDialog(QDialog):
    """The disclaimer and the red-flag symptoms, in calm plain words."""

    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Welcome: please read") if first_run else self.tr("When to get help")
        )
        self.setAccessibleName(self.windowTitle())
        # A fixed 820×680 put "I understand" below the screen at 2× on a 1280×800 laptop
        # (640×400 logical). The text scrolls, so the box can be as small as the screen is.
        available = self.screen().availableGeometry()
        self.resize(min(820, available.width() - 16), min(680, available.height() - 48))
        heading = QLabel(
            "<h2>%s</h2>"
            % (self.tr("Welcome to Backtimer") if first_run else self.tr("When to get help"))
        )
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Safety information"))
        text.setOpenExternalLinks(False)
        text.setHtml(f"<p>{safety_text(DISCLAIMER)}</p>{red_flags_html(safety_text)}")
        body_font = text.font()
        body_font.setPixelSize(16)
        text.setFont(body_font)
        buttons = QDialogButtonBox()
        accept = buttons.addButton(
            self.tr("I understand") if first_run else self.tr("Close"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        accept.setDefault(True)
        accept.setAccessibleName(accept.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        text.setFocus()

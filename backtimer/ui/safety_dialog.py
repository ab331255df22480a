"""First-run safety screen, also reachable from Help → When to get help."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from backtimer.safety import DISCLAIMER, red_flags_html


class SafetyDialog(QDialog):
    """The disclaimer and the red-flag symptoms, in calm plain words."""

    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome: please read" if first_run else "When to get help")
        self.setAccessibleName(self.windowTitle())
        self.resize(820, 680)
        heading = QLabel(
            "<h2>Welcome to Backtimer</h2>" if first_run else "<h2>When to get help</h2>"
        )
        text = QTextBrowser()
        text.setAccessibleName("Safety information")
        text.setOpenExternalLinks(False)
        text.setHtml(f"<p>{DISCLAIMER}</p>{red_flags_html()}")
        body_font = text.font()
        body_font.setPixelSize(16)
        text.setFont(body_font)
        buttons = QDialogButtonBox()
        accept = buttons.addButton(
            "I understand" if first_run else "Close", QDialogButtonBox.ButtonRole.AcceptRole
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

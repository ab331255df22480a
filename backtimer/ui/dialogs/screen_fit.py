"""Dialogs no larger than the screen: the body scrolls, the buttons stay whole below it.

At 2x scale a 1280x800 laptop offers 640x400; a box larger than that runs off the screen or is
squeezed by the window manager, which draws its buttons over each other. The pain prompt and
the "this hurts" box share this fit.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

SCREEN_MARGIN_PX = 16
TITLE_BAR_PX = 48
"""Room left on the screen for the window frame and its title bar."""


class ScrollingBody(QScrollArea):
    """A dialog's body, scrolling when the screen is too low for it.

    It never takes the keyboard: digits, arrows and Enter stay the dialog's own keys, and Tab
    still scrolls the focused widget into view.
    """

    def __init__(self, *parts: QWidget | QLayout) -> None:
        """The parts one under another, from the top; room left over stays below them."""
        super().__init__()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for part in parts:
            if isinstance(part, QLayout):
                column.addLayout(part)
            else:
                column.addWidget(part)
        column.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(1, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()


def room_width(dialog: QDialog) -> int:
    """The widest the dialog may be, a margin inside the screen's free width."""
    return dialog.screen().availableGeometry().width() - SCREEN_MARGIN_PX


def side_width(dialog: QDialog, body: ScrollingBody) -> int:
    """What the dialog adds across to its body's content: its margins and a scroll bar."""
    margins = dialog.layout().contentsMargins()
    return margins.left() + margins.right() + body.verticalScrollBar().sizeHint().width()


def fit_to_screen(dialog: QDialog, body: ScrollingBody, below: QWidget, width: int) -> bool:
    """Size ``dialog`` (``body`` above ``below`` in its layout) to its content at ``width``, as far
    as the screen has room; the body scrolls beyond. True when all of it shows without scrolling.
    """
    available = dialog.screen().availableGeometry()
    room_h = available.height() - TITLE_BAR_PX
    width = min(width, room_width(dialog))
    layout = dialog.layout()
    margins = layout.contentsMargins()
    content = body.widget()
    content.layout().activate()
    inner_w = width - side_width(dialog, body)
    body_h = content.heightForWidth(inner_w) if content.hasHeightForWidth() else -1
    if body_h < 0:
        body_h = content.sizeHint().height()
    chrome_h = margins.top() + margins.bottom() + layout.spacing() + below.sizeHint().height()
    natural_h = body_h + chrome_h
    dialog.setMaximumSize(available.width(), room_h)
    dialog.resize(width, min(natural_h, room_h))
    keep_on_screen(dialog)
    least_w = max(
        content.minimumSizeHint().width() + side_width(dialog, body),
        below.minimumSizeHint().width() + margins.left() + margins.right(),
    )
    return natural_h <= room_h and least_w <= room_width(dialog)


def keep_on_screen(dialog: QDialog) -> None:
    """Move a shown dialog that grew past the screen's edge back inside its free area."""
    if not dialog.isVisible():
        return
    available = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    x = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
    y = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        dialog.move(QPoint(x, y))

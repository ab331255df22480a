"""A page in what a 1280×800 laptop offers at 2× scale (640×400), and the buttons it cuts off."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

LAPTOP_AT_2X = QSize(640, 400)


def show_in_window(qtbot: QtBot, page: QWidget, size: QSize = LAPTOP_AT_2X) -> QScrollArea:
    """The page in a window of ``size``, scrolling as the main window's pages do."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    qtbot.addWidget(area)
    area.resize(size)
    area.show()
    qtbot.waitExposed(area)
    settle()
    return area


def settle() -> None:
    """Rows that wrap ask for their height on the next layout pass: let the passes run."""
    for _ in range(6):
        QApplication.processEvents()


def buttons_cut_off(area: QScrollArea) -> list[str]:
    """The shown buttons not whole inside the window (cut by its edge or scrolled away)."""
    viewport = area.viewport()
    cut = []
    for button in area.widget().findChildren(QAbstractButton):
        if not button.isVisible():
            continue
        on_screen = QRect(button.mapTo(viewport, QPoint(0, 0)), button.size())
        if not viewport.rect().contains(on_screen):
            cut.append(button.text() or button.accessibleName())
    return cut


def focus_order(page: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` in the order Tab reaches them from ``page``."""
    order: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not page and len(order) < len(widgets):
        if widget in widgets and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order

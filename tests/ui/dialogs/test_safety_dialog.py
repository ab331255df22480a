"""The safety screen: whole on the screen, whatever its size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from backtimer.ui.dialogs.safety_dialog import SafetyDialog


@pytest.mark.parametrize("first_run", [True, False])
def test_the_box_and_its_button_fit_on_the_screen(qtbot: QtBot, first_run: bool) -> None:
    """At 2× a 1280×800 laptop is 640×400: the accept button was drawn below the screen.

    The offscreen screen (800×800) is narrower than the box's preferred 820 pixels.
    """
    dialog = SafetyDialog(first_run=first_run)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.width() <= available.width()
    assert dialog.height() <= available.height()
    accept = next(b for b in dialog.findChildren(QPushButton) if b.isDefault())
    assert dialog.rect().contains(QRect(accept.mapTo(dialog, QPoint(0, 0)), accept.size()))

"""The numbers the first frame sets through Qt properties are Qt's own enum values."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from backtimer.ui.desktop import qt_properties
from backtimer.ui.desktop.qt_properties import set_qt_property


def test_each_number_is_qts_own_value() -> None:
    assert Qt.TextFormat.RichText.value == qt_properties.RICH_TEXT
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == qt_properties.SELECTABLE_BY_MOUSE
    assert Qt.AlignmentFlag.AlignHCenter.value == qt_properties.ALIGN_H_CENTER
    assert Qt.FocusPolicy.NoFocus.value == qt_properties.NO_FOCUS


def test_a_property_set_by_number_reads_back_as_the_enum(qtbot: object) -> None:
    label = QLabel()
    set_qt_property(label, "textFormat", qt_properties.RICH_TEXT)
    set_qt_property(label, "textInteractionFlags", qt_properties.SELECTABLE_BY_MOUSE)
    area = QScrollArea()
    set_qt_property(area, "alignment", qt_properties.ALIGN_H_CENTER)
    set_qt_property(area, "focusPolicy", qt_properties.NO_FOCUS)
    assert label.textFormat() == Qt.TextFormat.RichText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert area.alignment() == Qt.AlignmentFlag.AlignHCenter
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_misspelt_property_is_an_error_not_a_silent_dynamic_property(qtbot: object) -> None:
    with pytest.raises(ValueError, match="textFromat"):
        set_qt_property(QLabel(), "textFromat", qt_properties.RICH_TEXT)

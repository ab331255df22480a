"""FlowLayout: rows like words in a paragraph, asking only for the widest widget's width."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from backtimer.ui.layouts.flow_layout import FlowLayout


def _host(qtbot: QtBot, layout: FlowLayout) -> QWidget:
    host = QWidget()
    host.setLayout(layout)
    qtbot.addWidget(host)
    return host


def _buttons(layout: FlowLayout, count: int, width: int = 100) -> list[QPushButton]:
    buttons = []
    for number in range(count):
        button = QPushButton(f"Button {number}")
        button.setFixedSize(width, 30)
        layout.addWidget(button)
        buttons.append(button)
    return buttons


def _lay_out(host: QWidget, layout: FlowLayout, width: int) -> None:
    host.resize(width, layout.heightForWidth(width))
    host.show()
    QApplication.processEvents()


def test_one_row_when_wide_more_rows_in_order_when_narrow(qtbot: QtBot) -> None:
    layout = FlowLayout(spacing=6)
    host = _host(qtbot, layout)
    buttons = _buttons(layout, 4)
    assert layout.sizeHint().width() == 4 * 100 + 3 * 6  # as the box layout it replaces
    assert layout.minimumSize().width() == 100  # only the widest widget
    _lay_out(host, layout, 450)
    assert [(b.x(), b.y()) for b in buttons] == [(0, 0), (106, 0), (212, 0), (318, 0)]
    assert layout.heightForWidth(250) == 30 + 6 + 30
    _lay_out(host, layout, 250)
    assert [(b.x(), b.y()) for b in buttons] == [(0, 0), (106, 0), (0, 36), (106, 36)]
    assert layout.minimumSize().height() == 66  # what a splitter above gets asked for


def test_rows_end_at_the_right_edge_when_asked(qtbot: QtBot) -> None:
    layout = FlowLayout(spacing=6, align_right=True)
    host = _host(qtbot, layout)
    buttons = _buttons(layout, 3)
    _lay_out(host, layout, 250)
    assert [b.geometry().right() + 1 for b in buttons] == [144, 250, 250]


def test_growing_widgets_share_a_row_and_extra_spacing_skips_a_row_start(qtbot: QtBot) -> None:
    layout = FlowLayout(spacing=6, fill_rows=True)
    host = _host(qtbot, layout)
    first, second = QLineEdit(), QLineEdit()
    for edit in (first, second):
        edit.setFixedHeight(30)
        edit.setMinimumWidth(80)
        layout.addWidget(edit)
    layout.addSpacing(20)
    fixed = QPushButton("Save")
    fixed.setFixedSize(100, 30)
    layout.addWidget(fixed)
    _lay_out(host, layout, 600)
    assert first.width() == second.width()
    assert fixed.x() == second.geometry().right() + 1 + 6 + 20
    assert fixed.geometry().right() + 1 == 600
    _lay_out(host, layout, 150)
    assert fixed.x() == 0  # first of its row: no extra room before it

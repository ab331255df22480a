"""The Trends page's "Activities" tab: the check-in reading in one line, and its chart.

This module does not import pyqtgraph: the chart (``activity_chart``) is built the first time
the tab is shown, like the pain chart, so Trends opens as fast as before.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from backtimer.insights.activities import read_activities
from backtimer.journal.activities import ActivityRating
from backtimer.ui.theme import scaled_font
from backtimer.ui.wording import core_text

if TYPE_CHECKING:
    from backtimer.ui.trends.activity_chart import ActivityChart

CHART_MODULE = "backtimer.ui.trends.activity_chart"


class ActivitiesPanel(QWidget):
    """Reading + chart of the weekly activity check-ins.

    Signals:
        checkin_requested(): "Start your first check-in" on the empty page.
    """

    checkin_requested = Signal()

    def __init__(
        self, ratings: Callable[[], Sequence[ActivityRating]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ratings_source = ratings
        self._ratings: Sequence[ActivityRating] = ()
        self._chart: ActivityChart | None = None
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setFont(scaled_font(self.font(), 16, bold=True))
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reading.setAccessibleName(self.tr("Activities reading"))
        scale = QLabel(
            self.tr(
                "Your own activities, rated each week: 0 = can't do it, 10 = as well as before "
                "the problem. Higher is better. A change of the average by 2 points, or of one "
                "activity by 3, is more than week-to-week noise."
            )
        )
        scale.setWordWrap(True)
        self._empty = QWidget()
        empty_layout = QVBoxLayout(self._empty)
        empty_layout.addStretch(1)
        empty_text = QLabel(
            self.tr(
                "No weekly check-ins yet. Name a few everyday things your back makes hard and "
                "rate them once a week: this page then shows what you can do again."
            )
        )
        empty_text.setWordWrap(True)
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        start = QPushButton(self.tr("Start your first check-in"))
        start.clicked.connect(self.checkin_requested)
        empty_layout.addWidget(empty_text)
        empty_layout.addWidget(start, alignment=Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        self._placeholder = QLabel(self.tr("Drawing the chart…"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self._empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reading)
        layout.addWidget(scale)
        layout.addWidget(self._stack, 1)
        self.refresh()

    @property
    def chart(self) -> ActivityChart | None:
        return self._chart

    @Slot()
    def refresh(self) -> None:
        self._ratings = list(self._ratings_source())
        self.reading.setText(
            read_activities(self._ratings, core_text).text if self._ratings else ""
        )
        self.reading.setVisible(bool(self._ratings))
        if not self._ratings:
            self._stack.setCurrentWidget(self._empty)
        elif self._chart is not None:
            self._chart.set_ratings(self._ratings)
            self._stack.setCurrentWidget(self._chart)
        else:
            self._stack.setCurrentWidget(self._placeholder)

    def ensure_chart(self) -> ActivityChart:
        if self._chart is None:
            module = importlib.import_module(CHART_MODULE)
            self._chart = module.ActivityChart()
            self._stack.addWidget(self._chart)
            self.refresh()
        assert self._chart is not None
        return self._chart

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._ratings and self._chart is None:
            self.ensure_chart()

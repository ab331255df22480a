"""The trends page: the pain chart, its reading in plain words, session effects, staying active.

The chart module imports pyqtgraph (≈ 300 ms), so this page does not import it at start-up: it
paints a light placeholder first and builds the chart right after that first paint. Everything
shown comes from the ``TrendsSource`` given to ``__init__``; the page never opens the journal.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backtimer.errors import UserFacingError
from backtimer.i18n import QT_TRANSLATE_NOOP, decimal
from backtimer.insights.adherence import minutes_per_week_words, sessions_per_week_words
from backtimer.insights.effects import EffectSummary, RoutineEffect, session_effect_text
from backtimer.insights.reading import ChangeKind, format_percent, format_points
from backtimer.insights.snapshot import TrendsSnapshot, TrendsSource
from backtimer.ui.layouts.flow_layout import FlowLayout
from backtimer.ui.trends.activity_calendar import ActivityCalendar
from backtimer.ui.wording import core_text

if TYPE_CHECKING:
    from backtimer.ui.trends.trend_chart import TrendChart

logger = logging.getLogger(__name__)

CHART_MODULE = "backtimer.ui.trends.trend_chart"
RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("TrendsView", "4 weeks"), 28),
    (QT_TRANSLATE_NOOP("TrendsView", "3 months"), 91),
    (QT_TRANSLATE_NOOP("TrendsView", "1 year"), 365),
    (QT_TRANSLATE_NOOP("TrendsView", "All"), None),
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "TrendsView",
    "No pain scores yet. Your chart appears after your first session — start one from the Library.",
)
EMPTY_EXPLANATION = QT_TRANSLATE_NOOP(
    "TrendsView",
    "Before and after each session, Backtimer asks how your back feels right now, from 0 (no "
    "pain) to 10 (worst pain imaginable). After two weeks of ratings this page tells you, in plain "
    "words, whether your pain is changing, and how each routine tends to feel on the day (the "
    "session effect).",
)
MIN_RATED_SESSIONS = 3
"""A routine's average session effect is shown only from this many sessions with both scores."""


def preload_chart_when_idle(is_busy: Callable[[], bool], delay_ms: int = 1500) -> QTimer:
    """Import the chart module (and pyqtgraph, ≈ 300 ms) on the GUI thread once the app is idle.

    Opening the trends page later then costs only the chart's construction. The import is not
    done on a worker thread: a thread importing pyqtgraph while the GUI thread used Qt (loading
    QtMultimedia for a workout's sounds) deadlocked on the GIL and a Qt lock under load. It is
    skipped while ``is_busy()`` (a workout is running); the page then imports it when opened.
    """

    def preload() -> None:
        if not is_busy():
            importlib.import_module(CHART_MODULE)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(preload)
    timer.start(delay_ms)
    return timer


class TrendsView(QWidget):
    """Pain trend page.

    Signals:
        session_requested(int): open this session in the history table (a chart point clicked).
        library_requested(): the empty state's button asks for the routine library.
        chart_painted(): the chart has painted (first and later paints).
    """

    session_requested = Signal(int)
    library_requested = Signal()
    chart_painted = Signal()

    def __init__(self, source: TrendsSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._snapshot = source.snapshot()
        self._chart: TrendChart | None = None
        self._chart_scheduled = False
        self._range_days = self._default_range(self._snapshot)

        self._build_header()
        self._build_reading()
        self._build_chart_area()
        self._build_bottom()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        self._pain_tab = QWidget()
        pain_layout = QVBoxLayout(self._pain_tab)
        pain_layout.setContentsMargins(0, 6, 0, 0)
        pain_layout.addLayout(self._header)
        pain_layout.addWidget(self._reading_box)
        pain_layout.addWidget(self._chart_stack, stretch=1)
        pain_layout.addWidget(self._bottom)
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setDocumentMode(True)
        self.chart_tabs.addTab(self._pain_tab, self.tr("&Pain"))
        self._extra_tabs: list[QWidget] = []
        layout.addWidget(self.chart_tabs, stretch=1)
        self._show_snapshot()

    # --- building ----------------------------------------------------------------------------

    def _build_header(self) -> None:
        title = QLabel(self.tr("Your pain over time"))
        title.setFont(_bigger(title.font(), 1.35, bold=True))
        self._range_group = QButtonGroup(self)
        self._range_group.setExclusive(True)
        # Rows that wrap in a narrow window (2x scale); the title takes the spare width, so
        # the range buttons and Save stay at the right edge as before.
        self._header = FlowLayout(fill_rows=True)
        self._header.addWidget(title)
        controls = FlowLayout(align_right=True)
        self._header.addLayout(controls)
        controls.addWidget(QLabel(self.tr("Show:")))
        self._range_buttons: dict[int | None, QPushButton] = {}
        for label, days in RANGES:
            button = QPushButton(self.tr(label))
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("Show all of it")
                if days is None
                else self.tr("Show the last {period}").format(period=self.tr(label))
            )
            # Like radio buttons: Qt keeps only the checked one in the Tab order, and the arrow
            # keys reach the others only for auto-exclusive buttons.
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _checked=False, days=days: self.show_range(days))
            self._range_group.addButton(button)
            self._range_buttons[days] = button
            controls.addWidget(button)
        self._save_button = QPushButton(self.tr("Save as PNG…"))
        self._save_button.setToolTip(
            self.tr("Save the chart as an image, e.g. for your physiotherapist")
        )
        self._save_button.clicked.connect(self._on_save_clicked)
        controls.addSpacing(12)
        controls.addWidget(self._save_button)

    def _build_reading(self) -> None:
        self._headline = QLabel()
        self._headline.setFont(_bigger(self.font(), 1.2, bold=True))
        self._reading = QLabel()
        self._reading.setWordWrap(True)
        self._reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._reading_box = QFrame()
        self._reading_box.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self._reading_box)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(4)
        box.addWidget(self._headline)
        box.addWidget(self._reading)

    def _build_chart_area(self) -> None:
        self._placeholder = QLabel(self.tr("Drawing your chart…"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.installEventFilter(self)
        self._empty = QWidget()
        empty_layout = QVBoxLayout(self._empty)
        empty_layout.addStretch(1)
        self._empty_text = QLabel(self.tr(EMPTY_TEXT))
        self._empty_text.setWordWrap(True)
        self._empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_text.setFont(_bigger(self.font(), 1.25))
        explain = QLabel(self.tr(EMPTY_EXPLANATION))
        explain.setWordWrap(True)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explain.setMaximumWidth(620)
        empty_layout.addWidget(self._empty_text)
        explain_row = QHBoxLayout()  # centred by stretches: an aligned item loses its wrapped
        explain_row.addStretch(1)  # height (the text was cut to two lines)
        explain_row.addWidget(explain, 100)
        explain_row.addStretch(1)
        empty_layout.addLayout(explain_row)
        start = QPushButton(self.tr("Go to the Library"))
        start.setMinimumHeight(40)
        start.clicked.connect(self.library_requested)
        empty_layout.addWidget(start, alignment=Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        self._chart_stack = QStackedWidget()
        self._chart_stack.setMinimumHeight(260)
        self._chart_stack.addWidget(self._placeholder)
        self._chart_stack.addWidget(self._empty)

    def _build_bottom(self) -> None:
        self._routines = QTableWidget(0, 3)
        self._routines.setHorizontalHeaderLabels(
            [self.tr("Routine"), self.tr("Sessions"), self.tr("Session effect (after − before)")]
        )
        self._routines.setAccessibleName(self.tr("Session effect by routine"))
        self._routines.verticalHeader().hide()
        self._routines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._routines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Focusable, so keyboard users can scroll it; Tab leaves it rather than walking cells.
        self._routines.setTabKeyNavigation(False)
        header = self._routines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._routines.verticalHeader().setDefaultSectionSize(24)
        self._routines_note = QLabel()
        self._routines_note.setWordWrap(True)
        self._effect = QLabel()
        self._effect.setWordWrap(True)
        helps = QGroupBox(self.tr("How sessions feel (session effect)"))
        helps_layout = QVBoxLayout(helps)
        helps_layout.addWidget(self._effect)
        helps_layout.addWidget(self._routines)
        helps_layout.addWidget(self._routines_note)

        self._adherence = QLabel()
        self._adherence.setWordWrap(True)
        self._calendar = ActivityCalendar()
        active = QGroupBox(self.tr("Staying active"))
        active_layout = QVBoxLayout(active)
        active_layout.addWidget(self._adherence)
        active_layout.addWidget(self._calendar)
        active_layout.addStretch(1)

        self._bottom = QWidget()
        bottom_layout = QHBoxLayout(self._bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(helps, stretch=5)
        bottom_layout.addWidget(active, stretch=6)
        self._bottom.setMaximumHeight(240)

    # --- content -----------------------------------------------------------------------------

    @property
    def snapshot(self) -> TrendsSnapshot:
        return self._snapshot

    @property
    def chart(self) -> TrendChart | None:
        """The chart once built (after the page's first paint), else None."""
        return self._chart

    @property
    def is_empty(self) -> bool:
        return self._snapshot.total_ratings == 0

    @property
    def range_days(self) -> int | None:
        return self._range_days

    @Slot()
    def refresh(self) -> None:
        """Reload from the journal, e.g. after a session was recorded."""
        self._snapshot = self._source.snapshot()
        self._show_snapshot()
        for tab in self._extra_tabs:
            tab.refresh()  # type: ignore[attr-defined]

    def add_tab(self, page: QWidget, title: str) -> None:
        """Another chart beside the pain chart (the activity check-ins); it needs ``refresh()``."""
        self.chart_tabs.addTab(page, title)
        self._extra_tabs.append(page)

    def _show_snapshot(self) -> None:
        snapshot = self._snapshot
        self._show_reading(snapshot)
        self._show_routines(snapshot.routines)
        self._show_adherence(snapshot)
        self._bottom.setVisible(bool(snapshot.adherence.sessions_by_day))
        if self.is_empty:
            self._chart_stack.setCurrentWidget(self._empty)
        elif self._chart is not None:
            self._chart.set_snapshot(snapshot, self._range_days)
            self._chart_stack.setCurrentWidget(self._chart)
        else:
            self._chart_stack.setCurrentWidget(self._placeholder)
        self._save_button.setEnabled(self._chart is not None and not self.is_empty)
        for button in self._range_buttons.values():
            button.setEnabled(not self.is_empty)
        self._range_buttons[self._range_days].setChecked(True)

    @staticmethod
    def _default_range(snapshot: TrendsSnapshot) -> int | None:
        """Everything for a young journal; the last year once there is more than that."""
        if snapshot.first_day is None or (snapshot.today - snapshot.first_day).days < 365:
            return None
        return 365

    def _show_reading(self, snapshot: TrendsSnapshot) -> None:
        reading = snapshot.reading
        if self.is_empty:
            self._reading_box.hide()
            return
        self._reading_box.show()
        change = reading.versus_baseline
        self._headline.setText(
            f"{reading.headline}: {decimal(change.reference.mean)} → {decimal(change.latest.mean)} "
            f"({format_percent(change.percent, core_text)})"
            if change is not None and change.percent is not None
            else reading.headline
        )
        self._reading.setText(reading.text)
        self._headline.setAccessibleDescription(reading.kind.value)
        if reading.kind is ChangeKind.WORSE:
            logger.info("trend reading: pain has risen")

    def _show_routines(self, routines: tuple[RoutineEffect, ...]) -> None:
        self._effect.setText(_effect_text(self._snapshot.session_effect))
        routines = tuple(sorted(routines, key=_helpfulness))
        self._routines.setRowCount(len(routines))
        for row, routine in enumerate(routines):
            effect = _routine_effect_text(routine)
            cells = (routine.routine_title, str(routine.sessions), effect)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self._routines.setItem(row, column, item)
        self._routines_note.setText(
            "" if routines else self.tr("Your routines appear here after your first session.")
        )
        self._routines_note.setVisible(not routines)

    def _show_adherence(self, snapshot: TrendsSnapshot) -> None:
        adherence = snapshot.adherence
        this_week = adherence.this_week
        lines = [
            self.tr("This week: {sessions}, {minutes} min").format(
                sessions=_sessions(this_week.sessions), minutes=round(this_week.minutes)
            ),
        ]
        per_week = adherence.recent_sessions_per_week
        minutes = adherence.recent_minutes_per_week
        if per_week is not None and minutes is not None:
            weeks = len(adherence.recent_weeks)
            lines.append(
                self.tr("Last {weeks}: {sessions}, {minutes}").format(
                    weeks=_weeks(weeks),
                    sessions=sessions_per_week_words(per_week, _adherence_tr),
                    minutes=minutes_per_week_words(minutes, _adherence_tr),
                )
            )
        lines.append(
            self.tr("Active days in a row: {streak} (longest: {longest})").format(
                streak=adherence.current_streak, longest=_days(adherence.longest_streak)
            )
        )
        if not adherence.sessions_by_day:
            lines = [self.tr("No sessions yet. Each day you exercise fills a square below.")]
        self._adherence.setText("<br>".join(lines))
        self._calendar.set_days(adherence.sessions_by_day, snapshot.today)

    # --- lazy chart --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the placeholder's first paint, build the chart (importing pyqtgraph then)."""
        if (
            watched is self._placeholder
            and event.type() == QEvent.Type.Paint
            and not self._chart_scheduled
        ):
            self._chart_scheduled = True
            QTimer.singleShot(0, self._build_chart)
        return super().eventFilter(watched, event)

    def _build_chart(self) -> None:
        if self._chart is not None:
            return
        module = importlib.import_module(CHART_MODULE)
        chart: TrendChart = module.TrendChart(self._source.day_detail)
        chart.session_requested.connect(self.session_requested)
        chart.painted.connect(self.chart_painted)
        chart.visible_range_changed.connect(self._on_visible_range_changed)
        self._chart = chart
        self._chart_stack.addWidget(chart)
        chart.set_snapshot(self._snapshot, self._range_days)
        self._chart_stack.setCurrentWidget(chart)
        self._save_button.setEnabled(True)

    def ensure_chart(self) -> TrendChart:
        """Build the chart now if it is not built yet (for export and tests)."""
        if self._chart is None:
            self._chart_scheduled = True
            self._build_chart()
        assert self._chart is not None
        return self._chart

    # --- ranges and export ---------------------------------------------------------------------

    def show_range(self, days: int | None) -> None:
        """Show the last ``days`` days (4 weeks, 3 months, 1 year) or everything (None)."""
        self._range_days = days
        button = self._range_buttons.get(days)
        if button is not None:
            button.setChecked(True)
        if self._chart is not None:
            self._chart.show_days(days)

    def _on_visible_range_changed(self, _first: object, _last: object) -> None:
        """After a free pan or zoom no quick range is exactly shown, so none stays checked."""
        if self._chart is None or self._snapshot.first_day is None:
            return
        expected = self._expected_range(self._range_days)
        if self._chart.visible_days() != expected:
            self._range_group.setExclusive(False)
            for button in self._range_buttons.values():
                button.setChecked(False)
            self._range_group.setExclusive(True)

    def _expected_range(self, days: int | None) -> tuple[date, date]:
        today = self._snapshot.today
        if days is None:
            first = self._snapshot.first_day or today
        else:
            first = today - timedelta(days=days - 1)
        return min(first, today - timedelta(days=6)), today

    def save_chart_png(self, path: str | Path) -> Path:
        """Write the chart as a PNG (no dialog): the Save button and tests both end here."""
        return self.ensure_chart().save_png(path)

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), "pain-trend.png", "PNG image (*.png)"
        )
        if not path:
            return
        try:
            self.save_chart_png(path)
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("Could not save the chart"), str(error))


# --- wording -------------------------------------------------------------------------------------


def _adherence_tr(text: str) -> str:
    return QCoreApplication.translate("adherence", text)


def _sessions(count: int) -> str:
    return (
        QCoreApplication.translate("TrendsView", "1 session")
        if count == 1
        else QCoreApplication.translate("TrendsView", "{count} sessions").format(count=count)
    )


def _weeks(count: int) -> str:
    return (
        QCoreApplication.translate("TrendsView", "1 week")
        if count == 1
        else QCoreApplication.translate("TrendsView", "{count} weeks").format(count=count)
    )


def _days(count: int) -> str:
    return (
        QCoreApplication.translate("TrendsView", "1 day")
        if count == 1
        else QCoreApplication.translate("TrendsView", "{count} days").format(count=count)
    )


def _effect_text(summary: EffectSummary) -> str:
    return session_effect_text(summary, core_text)


def _routine_effect_text(routine: RoutineEffect) -> str:
    if routine.mean_effect is None or routine.sessions_with_both < MIN_RATED_SESSIONS:
        return QCoreApplication.translate("TrendsView", "too few scores ({count})").format(
            count=routine.sessions_with_both
        )
    return QCoreApplication.translate("TrendsView", "{effect}  ({count} scored)").format(
        effect=format_points(routine.mean_effect), count=routine.sessions_with_both
    )


def _helpfulness(routine: RoutineEffect) -> tuple[bool, float, int]:
    """Routines that ease pain most come first; those with too few scores go last."""
    known = routine.mean_effect is not None and routine.sessions_with_both >= MIN_RATED_SESSIONS
    return (not known, routine.mean_effect if known else 0.0, -routine.sessions)


def _bigger(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    result = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        result.setPointSizeF(size * factor)
    result.setBold(bold)
    return result

"""The pain-trend chart: the only module that imports pyqtgraph, so import it lazily.

Importing pyqtgraph costs ≈ 300 ms, so the trends page builds this chart only after its own first
paint. The chart draws one aggregated point per day (SQL does the aggregation), lines for every
range and markers only while at most ``MARKER_SPAN_DAYS`` are visible, which keeps a ten-year
journal fast to pan and zoom. Colours come from the Okabe–Ito palette and every series also
differs by shape or line style, so no meaning rests on colour alone; the foreground follows the
widget's palette, so light and dark themes both read well.
"""

from __future__ import annotations

import bisect
import html
import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol as draw_symbol
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backtimer.errors import UserFacingError
from backtimer.i18n import QT_TRANSLATE_NOOP, decimal
from backtimer.insights.daily import DayDetail
from backtimer.insights.day_text import describe_day
from backtimer.insights.snapshot import TrendsSnapshot
from backtimer.ui.wording import day_month_text

logger = logging.getLogger(__name__)

SECONDS_PER_DAY = 86_400
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
MARKER_SPAN_DAYS = 200
"""Above this many visible days, per-session markers and the day-average line are hidden and the
7-day line is drawn thinner without antialiasing: lines carry the picture, and frames stay fast."""
FLARE_LABEL_SPAN_DAYS = 800
LINE_GAP_DAYS = 7
"""Lines break across gaps longer than this instead of pretending to know the missing days."""
Y_MIN, Y_MAX = -0.5, 10.6

# Okabe–Ito colours (colour-blind safe).
ORANGE = "#E69F00"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"

PAIN_TICKS = [
    (0, QT_TRANSLATE_NOOP("TrendChart", "0 no pain")),
    (2, "2"),
    (4, "4"),
    (6, "6"),
    (8, "8"),
    (10, QT_TRANSLATE_NOOP("TrendChart", "10 worst")),
]
BAND_TICKS = [
    (2, QT_TRANSLATE_NOOP("TrendChart", "mild")),
    (5, QT_TRANSLATE_NOOP("TrendChart", "moderate")),
    (8.5, QT_TRANSLATE_NOOP("TrendChart", "severe")),
]
"""Display-only interpretation bands of the NRS (clinical brief §6.1): 1–3, 4–6, 7–10."""


class ChartSaveError(UserFacingError):
    """The chart image could not be written where the user asked."""


def day_to_x(day: date) -> float:
    """Noon of the day in Unix seconds (UTC): the date axis labels it as that date in any zone."""
    return (day.toordinal() - _EPOCH_ORDINAL) * SECONDS_PER_DAY + SECONDS_PER_DAY / 2


def x_to_day(x: float) -> date:
    return date.fromordinal(int(x // SECONDS_PER_DAY) + _EPOCH_ORDINAL)


def _day_start(day: date) -> float:
    return day_to_x(day) - SECONDS_PER_DAY / 2


class _DayAxis(pg.DateAxisItem):
    """Date axis whose day ticks read "6 Jun" (German "6. Juni") rather than a bare "06", and
    whose month ticks are in the window's language (pyqtgraph's "%b" is the C library's English:
    "Aug" under a Spanish window)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        if SECONDS_PER_DAY <= spacing < 28 * SECONDS_PER_DAY:
            return [day_month_text(x_to_day(value), locale) for value in values]
        if 28 * SECONDS_PER_DAY <= spacing < 365 * SECONDS_PER_DAY:
            # a month tick sits on the 1st, give or take the time-zone offset
            months = [x_to_day(value + 2 * SECONDS_PER_DAY).month for value in values]
            return [
                locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
                for month in months
            ]
        return super().tickStrings(values, scale, spacing)


class _Canvas(pg.GraphicsLayoutWidget):
    """The pyqtgraph view, telling when it has painted (the benchmark times the first paint)."""

    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


class _LegendSample(pg.ItemSample):
    """Legend swatch drawn from the stand-in's own options; clicks do not hide the series."""

    def paint(self, painter: QPainter, *args: object) -> None:
        opts = self.item.opts
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        brush = getattr(self.item, "band_brush", None)
        if brush is not None:
            painter.setPen(pg.mkPen(None))
            painter.setBrush(brush)
            painter.drawRect(QRectF(1, 2, 18, 18))
            return
        if opts.get("pen") is not None:
            painter.setPen(pg.mkPen(opts["pen"]))
            painter.drawLine(QPointF(0, 11), QPointF(20, 11))
        if opts.get("symbol") is not None:
            painter.translate(10, 11)
            draw_symbol(
                painter,
                opts["symbol"],
                opts["symbolSize"],
                pg.mkPen(opts["symbolPen"]),
                pg.mkBrush(opts["symbolBrush"]),
            )

    def mouseClickEvent(self, event: object) -> None:
        event.accept()  # type: ignore[attr-defined]


class TrendChart(QWidget):
    """Daily pain before and after sessions, the 7-day average, flare-ups and "this hurts".

    Signals:
        session_requested(int): a day's point was clicked; the id is that day's latest session.
        painted(): the chart finished painting (each time).
        visible_range_changed(object, object): first and last visible day, after pan or zoom.
    """

    session_requested = Signal(int)
    painted = Signal()
    visible_range_changed = Signal(object, object)

    def __init__(
        self, day_detail: Callable[[date], DayDetail], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._day_detail = day_detail
        self._snapshot: TrendsSnapshot | None = None
        self._day_ordinals: list[int] = []
        self._hover_day: date | None = None
        self._hover_lines: list[str] = []
        self._flare_items: list[pg.GraphicsObject] = []
        self._flare_labels: list[pg.TextItem] = []
        self._hover_details_cache: dict[date, DayDetail] = {}
        self._window_items: list[pg.GraphicsObject] = []
        empty = (np.empty(0), np.empty(0))
        self._marker_data: tuple[tuple[np.ndarray, np.ndarray], ...] = (empty, empty)
        self._markers_loaded = False
        self._detailed = True
        """Markers and the day-average line are drawn only while few enough days are visible."""

        self._canvas = _Canvas()
        self._canvas.painted.connect(self.painted)
        self._canvas.setAccessibleName(self.tr("Pain trend chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._canvas)

        self._legend = pg.LegendItem(colCount=6, sampleType=_LegendSample, labelTextSize="10pt")
        self._canvas.addItem(self._legend, row=0, col=0)
        self._plot: pg.PlotItem = self._canvas.addPlot(
            row=1, col=0, axisItems={"bottom": _DayAxis(utcOffset=0)}
        )
        self._build_plot()
        self._build_series()
        self._apply_theme()
        self._canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._canvas.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.view_box.sigXRangeChanged.connect(self._on_x_range_changed)

    # --- set-up ------------------------------------------------------------------------------

    def _build_plot(self) -> None:
        plot = self._plot
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.12)
        plot.showAxis("right")
        pain_ticks = [(y, self.tr(text)) for y, text in PAIN_TICKS]
        band_ticks = [(y, self.tr(text)) for y, text in BAND_TICKS]
        plot.getAxis("left").setTicks([pain_ticks, []])
        plot.getAxis("right").setTicks([band_ticks, []])
        plot.getAxis("right").setStyle(tickLength=0)
        # Wide enough for the tick words in any language (pyqtgraph drops a label that does
        # not fit): the longest word, plus room for the rotated axis title and the tick marks.
        metrics = QFontMetrics(plot.getAxis("left").style.get("tickFont") or self.font())
        widest = max(metrics.horizontalAdvance(text) for _, text in pain_ticks)
        plot.getAxis("left").setWidth(max(70, widest + 34))
        plot.getAxis("right").setWidth(
            max(66, max(metrics.horizontalAdvance(text) for _, text in band_ticks) + 12)
        )
        plot.setLabel("left", self.tr("Pain (0–10)"))
        view = plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        view.setYRange(Y_MIN, Y_MAX, padding=0)
        view.setLimits(yMin=Y_MIN, yMax=Y_MAX)
        view.setDefaultPadding(0)

    def _build_series(self) -> None:
        common = {"clipToView": True, "connect": "finite"}
        self._daily_line = pg.PlotDataItem(**common)
        self._rolling_line = pg.PlotDataItem(**common, antialias=True)
        self._before = pg.PlotDataItem(pen=None, symbol="s", symbolSize=8, clipToView=True)
        self._after = pg.PlotDataItem(pen=None, symbol="o", symbolSize=9, clipToView=True)
        self._hurts = pg.PlotDataItem(pen=None, symbol="t", symbolSize=14, clipToView=True)
        for item, z in (
            (self._daily_line, 1), (self._before, 2), (self._after, 3), (self._rolling_line, 4),
            (self._hurts, 5),
        ):  # fmt: skip
            item.setZValue(z)
            self._plot.addItem(item)
        self._cursor = pg.InfiniteLine(angle=90, movable=False)
        self._cursor.setZValue(6)
        self._cursor.hide()
        self._plot.addItem(self._cursor, ignoreBounds=True)
        self._hover_label = pg.TextItem(anchor=(0, 0))
        self._hover_label.setZValue(10)
        self._hover_label.hide()
        self._plot.addItem(self._hover_label, ignoreBounds=True)
        # The legend shows stand-ins, so hiding markers at long ranges never greys it out.
        self._legend_before = pg.PlotDataItem(pen=None, symbol="s", symbolSize=9)
        self._legend_after = pg.PlotDataItem(pen=None, symbol="o", symbolSize=10)
        self._legend_daily = pg.PlotDataItem()
        self._legend_rolling = pg.PlotDataItem()
        self._legend_hurt = pg.PlotDataItem(pen=None, symbol="t", symbolSize=13)
        self._legend_flare = pg.PlotDataItem()
        for item, name in (
            (self._legend_before, self.tr("Before a session")),
            (self._legend_after, self.tr("After a session")),
            (self._legend_daily, self.tr("Day average")),
            (self._legend_rolling, self.tr("7-day average")),
            (self._legend_flare, self.tr("Flare-up days")),
            (self._legend_hurt, self.tr("“This hurts”")),
        ):
            self._legend.addItem(item, name)

    # --- theme -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()
        super().changeEvent(event)

    def is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5

    def _apply_theme(self) -> None:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = self.is_dark()
        muted = _mix(text, background, 0.45)
        self._canvas.setBackground(background)
        for name in ("left", "bottom", "right"):
            axis = self._plot.getAxis(name)
            axis.setPen(pg.mkPen(muted))
            axis.setTextPen(pg.mkPen(text))
        self._plot.getAxis("left").setLabel(self.tr("Pain (0–10)"), color=text.name())
        outline = pg.mkPen(background, width=1)
        before_brush = pg.mkBrush(ORANGE)
        after_brush = pg.mkBrush("#56B4E9" if dark else BLUE)
        # Sky blue stands in for blue on dark backgrounds, where #0072B2 is too dim to see.
        hurt_brush = pg.mkBrush(VERMILLION)
        daily_pen = pg.mkPen(_mix(text, background, 0.55), width=1.2, style=Qt.PenStyle.DashLine)
        self._text_colour = text
        self._background = background
        flare_color = QColor(REDDISH_PURPLE)
        flare_color.setAlpha(70 if dark else 55)
        self._flare_brush = pg.mkBrush(flare_color)
        for item in (self._before, self._legend_before):
            item.setSymbolBrush(before_brush)
            item.setSymbolPen(outline)
        for item in (self._after, self._legend_after):
            item.setSymbolBrush(after_brush)
            item.setSymbolPen(outline)
        for item in (self._hurts, self._legend_hurt):
            item.setSymbolBrush(hurt_brush)
            item.setSymbolPen(pg.mkPen(text, width=1))
        for item in (self._daily_line, self._legend_daily):
            item.setPen(daily_pen)
        self._legend_rolling.setPen(pg.mkPen(text, width=3.5))
        self._rolling_line.setPen(pg.mkPen(text, width=3.5 if self._detailed else 2.0))
        for item in self._window_items:
            if isinstance(item, pg.TextItem):
                item.setColor(text)
                item.fill = pg.mkBrush(_with_alpha(background, 200))
            else:
                item.setPen(pg.mkPen(text, width=2, style=Qt.PenStyle.DashDotLine))
        self._legend_flare.band_brush = self._flare_brush
        for bands in self._flare_items:
            bands.setOpts(brush=self._flare_brush)
        for label in self._flare_labels:
            label.setColor(text)
        self._legend.setLabelTextColor(text)
        for _, label in self._legend.items:
            label.setText(label.text)
        self._legend.update()
        self._cursor.setPen(pg.mkPen(muted, width=1, style=Qt.PenStyle.DotLine))
        self._hover_label.fill = pg.mkBrush(_with_alpha(background, 235))
        self._hover_label.border = pg.mkPen(muted)
        self._hover_colour = text
        self._render_hover()

    # --- data --------------------------------------------------------------------------------

    @property
    def view_box(self) -> pg.ViewBox:
        return self._plot.getViewBox()

    def set_snapshot(self, snapshot: TrendsSnapshot, days: int | None = None) -> None:
        """Show a snapshot of the journal with the last ``days`` days visible (None: all).

        The range is set before the data, so the first drawing already works on the visible
        days only; per-session markers get their data only while they are shown.
        """
        self._snapshot = snapshot
        first = snapshot.first_day or snapshot.today
        self.view_box.setLimits(
            xMin=_day_start(min(first, snapshot.today - timedelta(days=365)) - timedelta(days=14)),
            xMax=_day_start(snapshot.today + timedelta(days=15)),
            minXRange=7 * SECONDS_PER_DAY,
        )
        self.show_days(days)
        daily = snapshot.daily
        self._day_ordinals = [point.day.toordinal() for point in daily]
        days_x = np.array([day_to_x(point.day) for point in daily], dtype=float)
        means = np.array([point.mean for point in daily], dtype=float)
        rolling = np.array([np.nan if v is None else v for v in snapshot.rolling], dtype=float)
        self._daily_line.setData(*_break_gaps(days_x, means))
        self._rolling_line.setData(*_break_gaps(days_x, rolling))
        offset = SECONDS_PER_DAY * 0.15
        before = np.array([np.nan if p.mean_before is None else p.mean_before for p in daily])
        after = np.array([np.nan if p.mean_after is None else p.mean_after for p in daily])
        has_before, has_after = ~np.isnan(before), ~np.isnan(after)
        self._marker_data = (
            (days_x[has_before] - offset, before[has_before]),
            (days_x[has_after] + offset, after[has_after]),
        )
        self._markers_loaded = False
        self._show_markers(self._detailed)
        highest = {point.day: point.maximum for point in daily}
        self._hurts.setData(*_columns([
            (day_to_x(h.day), min(10.0, (h.highest_score or highest.get(h.day, 10)) + 0.45))
            for h in snapshot.hurts
        ]))  # fmt: skip
        self._set_flares(snapshot.flares)
        self._set_reading_windows(snapshot)
        self._hover_details_cache = {}
        self._hide_hover()

    def _show_markers(self, shown: bool) -> None:
        """Markers are handed their data the first time they are shown, not before."""
        if shown and not self._markers_loaded:
            self._before.setData(*self._marker_data[0])
            self._after.setData(*self._marker_data[1])
            self._markers_loaded = True
        self._before.setVisible(shown)
        self._after.setVisible(shown)

    def _set_flares(self, flares: Sequence[date]) -> None:
        """One bar item shades every flare-up (cheap for ten years of them), each labelled."""
        for item in self._flare_items + self._flare_labels:
            self._plot.removeItem(item)
        self._flare_items, self._flare_labels = [], []
        episodes = _episodes(flares)
        if not episodes:
            return
        starts = np.array([_day_start(first) for first, _ in episodes])
        ends = np.array([_day_start(last + timedelta(days=1)) for _, last in episodes])
        bands = pg.BarGraphItem(
            x0=starts, x1=ends, y0=Y_MIN, y1=Y_MAX, brush=self._flare_brush, pen=pg.mkPen(None)
        )
        bands.setZValue(-10)
        self._plot.addItem(bands, ignoreBounds=True)
        self._flare_items.append(bands)
        for (first, last), start, end in zip(episodes, starts, ends, strict=True):
            days = (last - first).days + 1
            label = pg.TextItem(
                self.tr("Flare-up (1 day)")
                if days == 1
                else self.tr("Flare-up ({days} days)").format(days=days),
                color=self.palette().color(QPalette.ColorRole.Text),
                anchor=(0.5, 0),
            )
            label.setPos((start + end) / 2, Y_MAX)
            self._plot.addItem(label, ignoreBounds=True)
            self._flare_labels.append(label)

    def _set_reading_windows(self, snapshot: TrendsSnapshot) -> None:
        """Mark the two weeks the reading compares, with their averages, so it can be checked."""
        for item in self._window_items:
            self._plot.removeItem(item)
        self._window_items = []
        reading = snapshot.reading
        if reading.versus_baseline is None:
            return
        pen = pg.mkPen(self._text_colour, width=2, style=Qt.PenStyle.DashDotLine)
        windows = (
            (reading.baseline, self.tr("first week"), (0.0, 1.0)),
            (reading.latest, self.tr("this week"), (1.0, 1.0)),
        )
        for window, name, anchor in windows:
            if window is None:
                continue
            if window is reading.latest and window.last_day != snapshot.today:
                name = self.tr("latest week")
            start, end = _day_start(window.first_day), _day_start(window.last_day + timedelta(1))
            bar = pg.PlotDataItem([start, end], [window.mean, window.mean], pen=pen)
            label = pg.TextItem(
                f"{name}: {decimal(window.mean)}",
                color=self._text_colour,
                anchor=anchor,
                fill=pg.mkBrush(_with_alpha(self._background, 200)),
            )
            # Left-aligned on the first week, right-aligned on the last: never clipped.
            label.setPos(start if anchor[0] == 0 else end, window.mean + 0.7)
            for item in (bar, label):
                item.setZValue(7)
                self._plot.addItem(item, ignoreBounds=True)
                self._window_items.append(item)

    # --- range -------------------------------------------------------------------------------

    def show_days(self, days: int | None) -> None:
        """Show the last ``days`` days up to today, or everything on record with None."""
        if self._snapshot is None:
            return
        today = self._snapshot.today
        first = (
            (self._snapshot.first_day or today)
            if days is None
            else today - timedelta(days=days - 1)
        )
        first = min(first, today - timedelta(days=6))
        self.view_box.setXRange(_day_start(first), _day_start(today + timedelta(days=1)), padding=0)

    def visible_days(self) -> tuple[date, date]:
        (left, right), _ = self.view_box.viewRange()
        return x_to_day(left + 1), x_to_day(right - 1)

    def _on_x_range_changed(self, _view: pg.ViewBox, x_range: tuple[float, float]) -> None:
        span_days = (x_range[1] - x_range[0]) / SECONDS_PER_DAY
        self._set_detailed(span_days <= MARKER_SPAN_DAYS)
        for label in self._flare_labels:
            label.setVisible(span_days <= FLARE_LABEL_SPAN_DAYS)
        self.visible_range_changed.emit(x_to_day(x_range[0] + 1), x_to_day(x_range[1] - 1))

    def _set_detailed(self, detailed: bool) -> None:
        """Long ranges show the 7-day line alone (thinner); short ones every rating too."""
        if detailed == self._detailed:
            return
        self._detailed = detailed
        self._daily_line.setVisible(detailed)
        self._show_markers(detailed)
        self._rolling_line.setPen(pg.mkPen(self._text_colour, width=3.5 if detailed else 2.0))
        # PlotDataItem has no setter for it: antialiasing a 3,650-point thick line costs ~15 ms
        # a frame, so it is kept for short ranges only.
        self._rolling_line.opts["antialias"] = detailed
        self._rolling_line.curve.opts["antialias"] = detailed

    # --- hover and click ---------------------------------------------------------------------

    @property
    def hover_text(self) -> str:
        """What the hover label says now (plain text), empty when nothing is hovered."""
        return "\n".join(self._hover_lines) if self._hover_label.isVisible() else ""

    def day_at(self, scene_pos: QPointF) -> date | None:
        """The rated day nearest the pointer, if it is within half a day or 12 pixels."""
        view = self.view_box
        if not self._day_ordinals or not view.sceneBoundingRect().contains(scene_pos):
            return None
        # Day ordinals as a continuous axis: noon of a day sits exactly on its ordinal.
        pointer = view.mapSceneToView(scene_pos).x() / SECONDS_PER_DAY + _EPOCH_ORDINAL - 0.5
        index = bisect.bisect_left(self._day_ordinals, pointer)
        candidates = [i for i in (index - 1, index) if 0 <= i < len(self._day_ordinals)]
        nearest = self._day_ordinals[
            min(candidates, key=lambda i: abs(self._day_ordinals[i] - pointer))
        ]
        tolerance = max(0.5, 12 * view.viewPixelSize()[0] / SECONDS_PER_DAY)
        return date.fromordinal(nearest) if abs(nearest - pointer) <= tolerance else None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        day = self.day_at(scene_pos)
        if day is None:
            self._hide_hover()
        elif day != self._hover_day or not self._hover_label.isVisible():
            self.hover_day(day)

    def hover_day(self, day: date) -> None:
        """Show the hover label for ``day`` (also used by keyboard users and tests)."""
        snapshot = self._snapshot
        if snapshot is None:
            return
        detail = self._hover_details_cache.get(day)
        if detail is None:
            detail = self._hover_details_cache[day] = self._day_detail(day)
        index = bisect.bisect_left(self._day_ordinals, day.toordinal())
        found = index < len(self._day_ordinals) and self._day_ordinals[index] == day.toordinal()
        point = snapshot.daily[index] if found else None
        rolling = snapshot.rolling[index] if found else None
        hurts = next((h for h in snapshot.hurts if h.day == day), None)
        self._hover_day = day
        self._hover_lines = describe_day(detail, point, rolling, hurts)
        self._cursor.setPos(day_to_x(day))
        self._cursor.show()
        self._hover_label.show()
        self._render_hover()

    def _render_hover(self) -> None:
        if self._hover_day is None or not self._hover_label.isVisible():
            return
        colour = self._hover_colour.name()
        title, *rest = (html.escape(line) for line in self._hover_lines)
        self._hover_label.setHtml(
            f'<div style="color:{colour}; font-size:10pt"><b>{title}</b>'
            + "".join(f"<br>{line}" for line in rest)
            + "</div>"
        )
        (left, right), _ = self.view_box.viewRange()
        x = day_to_x(self._hover_day)
        on_right = x > left + (right - left) * 0.6
        nudge = 8 * self.view_box.viewPixelSize()[0]
        self._hover_label.setAnchor((1, 0) if on_right else (0, 0))
        self._hover_label.setPos(x - nudge if on_right else x + nudge, Y_MAX - 0.6)

    def _hide_hover(self) -> None:
        self._hover_day = None
        self._hover_lines = []
        self._hover_label.hide()
        self._cursor.hide()

    def _on_mouse_clicked(self, event: MouseClickEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._snapshot is None:
            return
        day = self.day_at(event.scenePos())
        if day is None:
            return
        index = bisect.bisect_left(self._day_ordinals, day.toordinal())
        session_id = self._snapshot.daily[index].latest_session_id
        if session_id is not None:
            self.session_requested.emit(session_id)

    # --- export ------------------------------------------------------------------------------

    def save_png(self, path: str | Path) -> Path:
        """Write the chart, legend included and hover label hidden, as a PNG image."""
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        hovered = self._hover_day
        self._hide_hover()
        image = self._canvas.grab()
        if hovered is not None:
            self.hover_day(hovered)
        if not image.save(str(path), "PNG"):
            raise ChartSaveError(
                self.tr(
                    "Could not save the chart as {path}. Check that the folder exists and that "
                    "you can write to it, or choose another place."
                ).format(path=path)
            )
        logger.info("saved chart image %s", path)
        return path


# --- helpers -------------------------------------------------------------------------------------


def _mix(first: QColor, second: QColor, share_of_first: float) -> QColor:
    return QColor.fromRgbF(
        first.redF() * share_of_first + second.redF() * (1 - share_of_first),
        first.greenF() * share_of_first + second.greenF() * (1 - share_of_first),
        first.blueF() * share_of_first + second.blueF() * (1 - share_of_first),
    )


def _with_alpha(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def _columns(pairs: Sequence[tuple[float, float]]) -> tuple[np.ndarray, np.ndarray]:
    if not pairs:
        return np.empty(0), np.empty(0)
    xs, ys = zip(*pairs, strict=True)
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def _break_gaps(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Insert NaN where consecutive days lie more than ``LINE_GAP_DAYS`` apart."""
    if xs.size < 2:
        return xs, ys
    gaps = np.flatnonzero(np.diff(xs) > LINE_GAP_DAYS * SECONDS_PER_DAY) + 1
    return np.insert(xs, gaps, np.nan), np.insert(ys, gaps, np.nan)


def _episodes(days: Sequence[date]) -> list[tuple[date, date]]:
    """Runs of consecutive days as (first, last) pairs."""
    episodes: list[tuple[date, date]] = []
    for day in sorted(days):
        if episodes and (day - episodes[-1][1]).days == 1:
            episodes[-1] = (episodes[-1][0], day)
        else:
            episodes.append((day, day))
    return episodes

"""The trends page: empty state, quick ranges, hover, click-to-open, PNG export, lazy pyqtgraph."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backtimer.insights.snapshot import JournalTrendsSource
from backtimer.journal import Journal, StepRecord
from backtimer.ui.trends.trends_view import EMPTY_TEXT, TrendsView
from tests.ui.laptop_fit import LAPTOP_AT_2X, buttons_cut_off, focus_order, show_in_window

TODAY = date(2026, 6, 30)
ZONE = timezone(timedelta(hours=2))


def add_session(journal: Journal, day: date, hour: int, before: int, after: int) -> int:
    at = datetime.combine(day, datetime.min.time(), ZONE) + timedelta(hours=hour)
    session_id = journal.start_session("rt_walk", "Walk It Out", 600, at)
    journal.record_pain(before, "before", at, session_id)
    end = at + timedelta(minutes=10)
    step = StepRecord(0, "work", "walk", "Walk", None, 1, 1, 600.0, 600.0, at, end)
    journal.record_step(session_id, step)
    journal.record_pain(after, "after", end, session_id)
    journal.finish_session(session_id, "completed", at + timedelta(minutes=10))
    return session_id


@pytest.fixture
def filled(journal: Journal) -> Journal:
    """Eight weeks of sessions every other day, ending today, and a spot score on the days
    between; 'before' and spot scores fall from 6 to 3 (after-scores stay at 4)."""
    for offset in range(0, 56, 2):
        add_session(journal, TODAY - timedelta(days=offset), 8, 3 + offset // 14, 4)
        if offset:
            spot = datetime.combine(TODAY - timedelta(days=offset - 1), datetime.min.time(), ZONE)
            journal.record_pain(3 + offset // 14, "spot", spot + timedelta(hours=9))
    return journal


def make_view(qtbot: QtBot, journal: Journal) -> TrendsView:
    view = TrendsView(JournalTrendsSource(journal.connection, today=lambda: TODAY))
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    return view


def chart_of(qtbot: QtBot, view: TrendsView):
    qtbot.waitUntil(lambda: view.chart is not None)
    chart = view.chart
    qtbot.waitUntil(lambda: chart.isVisible())
    return chart


def point_on_screen(chart, day: date, score: float) -> QPoint:
    """Viewport coordinates of a chart point, for real mouse events."""
    from backtimer.ui.trends.trend_chart import day_to_x

    scene = chart.view_box.mapViewToScene(QPointF(day_to_x(day), score))
    return chart._canvas.mapFromScene(scene)


def test_empty_journal_invites_the_first_session(qtbot: QtBot, journal: Journal) -> None:
    """No ratings: the invitation shows instead of a blank plot, and no chart is built."""
    view = make_view(qtbot, journal)
    qtbot.wait(20)
    assert view.is_empty
    assert view._empty.isVisible()
    assert view._empty_text.text() == EMPTY_TEXT
    assert view.chart is None
    with qtbot.waitSignal(view.library_requested):
        start = next(b for b in view._empty.findChildren(type(view._save_button)))
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)


def test_sparse_journal_says_it_needs_more_ratings(qtbot: QtBot, journal: Journal) -> None:
    """One session (2 ratings): the chart shows the points and the reading asks for more."""
    add_session(journal, TODAY, 9, 5, 3)
    view = make_view(qtbot, journal)
    chart_of(qtbot, view)
    assert view._headline.text() == "Not enough ratings yet"
    assert "you have 1 rating before sessions" in view._reading.text()


def test_reading_is_shown_in_plain_words(qtbot: QtBot, filled: Journal) -> None:
    """The headline carries the verdict and its figures; the text explains them."""
    view = make_view(qtbot, filled)
    assert view._headline.text() == "Substantial improvement: 6.0 → 3.0 (−50 %)"
    assert "in your first week" in view._reading.text()
    assert "at least 30 % and 2 points" in view._reading.text()
    assert "Session effect" in view._effect.text()


@pytest.mark.parametrize(
    ("label", "first"),
    [
        ("4 weeks", TODAY - timedelta(days=27)),
        ("3 months", TODAY - timedelta(days=90)),
        ("All", TODAY - timedelta(days=54)),
    ],
)
def test_range_buttons_set_the_visible_days(
    qtbot: QtBot, filled: Journal, label: str, first: date
) -> None:
    """Each quick range shows exactly its days up to today."""
    view = make_view(qtbot, filled)
    chart = chart_of(qtbot, view)
    button = next(b for b in view._range_buttons.values() if b.text() == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chart.visible_days() == (first, TODAY)
    assert button.isChecked()


def test_hover_describes_the_days_sessions(qtbot: QtBot, filled: Journal) -> None:
    """Moving the mouse over a day shows its sessions and scores."""
    view = make_view(qtbot, filled)
    chart = chart_of(qtbot, view)
    view.show_range(28)
    day = TODAY - timedelta(days=10)
    qtbot.mouseMove(chart._canvas.viewport(), point_on_screen(chart, day, 5.0))
    qtbot.waitUntil(lambda: chart.hover_text != "")
    lines = chart.hover_text.splitlines()
    assert lines[0] == "Sat 20 Jun 2026"
    assert lines[1] == "08:00 Walk It Out (10 min): pain 3 → 4"


def test_clicking_a_point_requests_its_session(qtbot: QtBot, journal: Journal) -> None:
    """A click on a day's point asks to open that day's latest session."""
    for offset in range(14):
        add_session(journal, TODAY - timedelta(days=offset), 8, 5, 4)
    latest = add_session(journal, TODAY - timedelta(days=3), 18, 6, 3)
    view = make_view(qtbot, journal)
    chart = chart_of(qtbot, view)
    position = point_on_screen(chart, TODAY - timedelta(days=3), 4.0)
    with qtbot.waitSignal(view.session_requested) as blocker:
        qtbot.mouseClick(chart._canvas.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert blocker.args == [latest]


def test_save_png_writes_an_image(qtbot: QtBot, filled: Journal, tmp_path: Path) -> None:
    """Saving without the dialog writes a real PNG, adding the extension if missing."""
    view = make_view(qtbot, filled)
    chart_of(qtbot, view)
    written = view.save_chart_png(tmp_path / "trend")
    assert written == tmp_path / "trend.png"
    assert written.read_bytes().startswith(b"\x89PNG")


def test_dark_palette_recolours_the_chart(qtbot: QtBot, filled: Journal) -> None:
    """A palette change re-themes the chart: its background follows the palette's base colour."""
    view = make_view(qtbot, filled)
    chart = chart_of(qtbot, view)
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202326"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#17191C"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#E8E8E8"))
    view.setPalette(palette)
    qtbot.waitUntil(lambda: chart._canvas.backgroundBrush().color() == QColor("#17191C"))
    assert chart.is_dark()


@pytest.mark.slow
def test_the_page_does_not_import_pyqtgraph_at_start_up() -> None:
    """Importing the trends page leaves pyqtgraph unloaded, keeping app start-up lean."""
    code = "import sys, backtimer.ui.trends.trends_view; print('pyqtgraph' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("width", [1264, 900])
def test_empty_state_explanation_is_never_cut(qtbot: QtBot, journal: Journal, width: int) -> None:
    """The wrapped explanation gets the height its lines need (it was cut to two lines)."""
    view = make_view(qtbot, journal)
    view.resize(width, 720)
    qtbot.wait(50)
    explain = next(
        label
        for label in view._empty.findChildren(QLabel)
        if label.text().startswith("Before and after each session")
    )
    qtbot.waitUntil(lambda: explain.isVisible())
    assert explain.height() >= explain.heightForWidth(explain.width())


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_empty_page_fits_a_laptop_at_2x_without_sideways_scrolling(
    qtbot: QtBot, journal: Journal, language: str
) -> None:
    """At 640×400 (1280×800 at 2×) the header's title, four ranges and Save in one row made the
    empty page 720 px wide in English and 798 in German: it scrolled sideways and Save lay off
    the right edge. The ranges and Save wrap onto a second row now."""
    view = TrendsView(JournalTrendsSource(journal.connection, today=lambda: TODAY))
    area = show_in_window(qtbot, view)
    assert view.is_empty
    assert view.minimumSizeHint().width() <= LAPTOP_AT_2X.width()
    assert area.horizontalScrollBar().maximum() == 0
    assert buttons_cut_off(area) == []
    assert view._empty_text.isVisible()


def test_wide_header_stays_one_row_in_tab_order(qtbot: QtBot, journal: Journal) -> None:
    """At 1280×800 the header looks as before: one row, ranges then Save, at the right edge."""
    view = TrendsView(JournalTrendsSource(journal.connection, today=lambda: TODAY))
    area = show_in_window(qtbot, view, QSize(1280, 800))
    buttons = [*view._range_buttons.values(), view._save_button]
    assert len({button.y() for button in buttons}) == 1
    assert view._save_button.geometry().right() > area.width() - 40
    assert focus_order(view, buttons) == buttons

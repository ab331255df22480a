"""The Trends page's Activities tab: a one-line reading and one line per activity plus the mean."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from backtimer.insights.snapshot import JournalTrendsSource
from backtimer.journal.activities import ActivityJournal
from backtimer.journal.demo import make_demo_folder, remove_demo_folder
from backtimer.ui.trends.activities_panel import ActivitiesPanel
from backtimer.ui.trends.trends_view import TrendsView

TODAY = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo_connection() -> Iterator[sqlite3.Connection]:
    paths = make_demo_folder(TODAY)
    conn = sqlite3.connect(paths.journal_file)
    yield conn
    conn.close()
    remove_demo_folder(paths)


def test_demo_checkins_draw_every_activity_and_the_mean(
    qtbot: QtBot, demo_connection: sqlite3.Connection
) -> None:
    panel = ActivitiesPanel(ActivityJournal(demo_connection).ratings)
    qtbot.addWidget(panel)
    panel.show()
    chart = panel.ensure_chart()
    assert chart.line_names() == [
        "Putting on socks",
        "Gardening for 30 minutes",
        "Sitting through a film (retired 28\u00a0Apr)",
        "Carrying the shopping home",
        "Average of all activities",
    ]
    assert "meaningful improvement" in panel.reading.text()
    assert "\n" not in panel.reading.text()


def test_no_checkins_invites_a_first_one(qtbot: QtBot) -> None:
    panel = ActivitiesPanel(list)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.chart is None
    assert not panel.reading.isVisibleTo(panel)
    with qtbot.waitSignal(panel.checkin_requested):
        panel.findChild(type(panel._empty.layout().itemAt(2).widget())).click()


def test_trends_refresh_reaches_the_activities_tab(
    qtbot: QtBot, demo_connection: sqlite3.Connection
) -> None:
    calls: list[int] = []
    view = TrendsView(JournalTrendsSource(demo_connection, lambda: TODAY))
    qtbot.addWidget(view)
    panel = ActivitiesPanel(lambda: calls.append(1) or [])
    view.add_tab(panel, "Activities")
    view.refresh()
    assert len(calls) == 2
    assert view.chart_tabs.tabText(1) == "Activities"

"""The app's one write path: every page refreshes on ``written``, a failure is shown once.

Regression tests for issue 11: a failed write from History showed a modal box *and* the inline
notice; after a delete in History an already built Trends page kept the deleted ratings.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from backtimer.journal.journal import Journal
from backtimer.paths import DataPaths
from backtimer.ui.app import REFRESH_DELAY_MS, BacktimerApp

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 5, 6, 18, 0, tzinfo=ZONE)


@pytest.fixture
def app(make_app, data_paths: DataPaths) -> BacktimerApp:
    """The real app over a journal holding one session, rated 5 before and 3 after, today."""
    with Journal.open(data_paths.journal_file) as journal:
        start = NOW - timedelta(hours=2)
        session_id = journal.start_session("rt_back_basics", "Back Basics", 600, start)
        journal.record_pain(5, "before", start, session_id)
        journal.finish_session(session_id, "completed", start + timedelta(minutes=10))
        journal.record_pain(3, "after", start + timedelta(minutes=10), session_id)
    built = make_app(NOW)
    built.window.resize(1100, 760)
    built.window.show()
    return built


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the warning boxes shown (none is expected unless a test says so)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_args: shown.append(text)
    )
    return shown


def _fail_deletes(monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(_journal: Journal, _session_id: int, _at: datetime) -> None:
        raise OSError("the disk is full")

    monkeypatch.setattr(Journal, "delete_session", disk_full)


def _delete_in_history(qtbot: QtBot, app: BacktimerApp) -> None:
    history = app.history_view
    app.window.show_page(history)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    history.table.selectRow(0)
    history.delete_selected()


def test_a_failed_history_write_is_shown_once_inline_not_also_in_a_box(
    qtbot: QtBot, app: BacktimerApp, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With History in front, the notice bar says what failed; no message box on top."""
    _fail_deletes(monkeypatch)
    with qtbot.waitSignal(app.writes.failed) as failed:
        _delete_in_history(qtbot, app)
    assert failed.args == ["delete the session", "the disk is full"]
    notice = app.history_view.notice_label.text()
    assert notice == "Could not delete the session: the disk is full"
    assert app.history_view.notice.isVisible()
    assert boxes == []


def test_a_failed_write_elsewhere_is_one_box_without_workout_wording(
    qtbot: QtBot, app: BacktimerApp, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Away from History (and from a workout) the failure is one box, not about a workout."""
    monkeypatch.setattr(
        Journal, "record_pain", lambda *_a, **_k: (_ for _ in ()).throw(OSError("read-only fs"))
    )
    app.window.show_page(app.today_view)
    with qtbot.waitSignal(app.writes.failed):
        app.writes.record_pain(4, "spot", NOW)
    assert len(boxes) == 1
    assert boxes[0].startswith("Could not save the pain score: read-only fs")
    assert "workout" not in boxes[0]


def test_a_delete_in_history_clears_the_ratings_from_a_built_trends_page(
    qtbot: QtBot, app: BacktimerApp
) -> None:
    """Trends, built before a delete, drops the deleted ratings without any other write."""
    trends = app.trends_view
    assert trends.snapshot.total_ratings == 2
    with qtbot.waitSignal(app.writes.written):
        _delete_in_history(qtbot, app)
    qtbot.waitUntil(lambda: trends.snapshot.total_ratings == 0, timeout=2000)
    assert trends.is_empty


def test_a_burst_of_writes_refreshes_the_pages_once(
    qtbot: QtBot, app: BacktimerApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workout writes every step: the pages redraw once per burst, not once per write."""
    trends = app.trends_view
    refreshes: list[int] = []
    monkeypatch.setattr(trends, "refresh", lambda: refreshes.append(1))
    app.refresh_pages()  # the instance attribute is looked up at call time
    refreshes.clear()
    for score in range(5):
        app.writes.record_pain(score, "spot", NOW)
    app.writes.flush().result()
    qtbot.wait(REFRESH_DELAY_MS * 4)
    assert refreshes == [1]

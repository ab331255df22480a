"""The weekly activity check-in: keyboard first, easy to skip, activities edited keeping history."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from backtimer.journal.activities import ActivityJournal, ScoreInput
from backtimer.journal.course import Course
from backtimer.journal.journal import Journal
from backtimer.journal.worker import JournalWorker
from backtimer.paths import DataPaths
from backtimer.ui.checkins.activity_checkin import ActivityCheckinDialog
from backtimer.ui.checkins.checkin_card import ActivityCheckins
from backtimer.ui.journal_writes import JournalWrites

NOW = datetime(2026, 5, 10, 18, 0, tzinfo=timezone(timedelta(hours=2)))


@dataclass
class Setup:
    reader: Journal
    writes: JournalWrites
    worker: JournalWorker

    @property
    def activities(self) -> ActivityJournal:
        return ActivityJournal(self.reader.connection)

    def settle(self) -> None:
        """Wait until every write queued so far has run."""
        self.writes.flush().result(timeout=5)

    def seed(self, *names: str) -> list[int]:
        return [self.writes.add_activity(name, NOW - timedelta(days=30)).result() for name in names]


@pytest.fixture
def setup(data_paths: DataPaths) -> Iterator[Setup]:
    reader = Journal.open(data_paths.journal_file)
    worker = JournalWorker(data_paths.journal_file)
    yield Setup(reader, JournalWrites(worker), worker)
    worker.close()
    reader.close()


def _dialog(qtbot: QtBot, setup: Setup) -> ActivityCheckinDialog:
    dialog = ActivityCheckinDialog(setup.activities, setup.writes, lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_scores_are_typed_and_tabbed_and_enter_saves(qtbot: QtBot, setup: Setup) -> None:
    """Focus starts on the first score; digits, Tab over the note, digits, Enter."""
    socks, garden = setup.seed("Putting on socks", "Gardening")
    dialog = _dialog(qtbot, setup)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    for keys in ("3", "\t", "\t", "7"):
        focused = dialog.focusWidget()
        if keys == "\t":
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        else:
            focused.lineEdit().selectAll()
            qtbot.keyClicks(focused, keys)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    setup.settle()
    assert not dialog.isVisible()
    assert [(r.activity_id, r.score, r.day) for r in setup.activities.ratings()] == [
        (socks, 3, NOW.date()),
        (garden, 7, NOW.date()),
    ]


def test_last_scores_are_the_starting_point(qtbot: QtBot, setup: Setup) -> None:
    (socks,) = setup.seed("Socks")
    setup.writes.rate_activities([ScoreInput(socks, 4, "old")], NOW - timedelta(days=7)).result()
    dialog = _dialog(qtbot, setup)
    assert [(s.score, s.note) for s in dialog.scores()] == [(4, "")]
    setup.writes.rate_activities([ScoreInput(socks, 6, "today")], NOW).result()
    again = _dialog(qtbot, setup)  # reopened the same day: today's answer, note included
    assert [(s.score, s.note) for s in again.scores()] == [(6, "today")]


def test_not_this_week_records_a_skip_and_saves_no_rating(qtbot: QtBot, setup: Setup) -> None:
    setup.seed("Socks")
    dialog = _dialog(qtbot, setup)
    assert dialog.skip_button.shortcut().toString() == "Alt+N"  # offscreen cannot fire it
    dialog.skip_button.click()
    setup.settle()
    assert not dialog.isVisible()
    assert Course(setup.reader.connection).checkin_skipped == NOW.date()
    assert setup.activities.ratings() == []


def test_add_rename_retire_keep_the_history(
    qtbot: QtBot, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    (socks,) = setup.seed("Socks")
    setup.writes.rate_activities([ScoreInput(socks, 2)], NOW - timedelta(days=7)).result()
    dialog = _dialog(qtbot, setup)
    qtbot.keyClicks(dialog.new_name, "  Carrying   shopping ")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert [a.name for a in dialog.activities()] == ["Socks", "Carrying shopping"]
    qtbot.keyClicks(dialog.new_name, "socks")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert "already on your list" in dialog.problem.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog._on_retire_clicked(dialog.activities()[0])
    assert [a.name for a in dialog.activities()] == ["Carrying shopping"]
    assert [(r.activity, r.score) for r in setup.activities.ratings()] == [("Socks", 2)]


def test_the_card_shows_when_due_and_a_skip_hides_it_for_a_week(qtbot: QtBot, setup: Setup) -> None:
    now = [NOW]
    in_workout = [False]
    checkins = ActivityCheckins(
        connection=setup.reader.connection,
        writes=setup.writes,
        now=lambda: now[0],
        in_workout=lambda: in_workout[0],
        window=None,  # type: ignore[arg-type]
    )
    qtbot.addWidget(checkins.card)
    checkins.refresh()
    assert checkins.card.isVisibleTo(None) or not checkins.card.isHidden()
    assert checkins.card.checkin_button.text() == "Choose activities"
    in_workout[0] = True
    checkins.refresh()
    assert checkins.card.isHidden()
    in_workout[0] = False
    checkins.card.skip_button.click()
    setup.settle()
    checkins.refresh()
    assert checkins.card.isHidden()
    now[0] = NOW + timedelta(days=7)
    checkins.refresh()
    assert not checkins.card.isHidden()


def test_enter_after_a_new_activity_leaves_you_ready_for_the_next(
    qtbot: QtBot, setup: Setup
) -> None:
    """Typing names with Enter after each: focus stays on the name field (it jumped to the new
    score box, so the second name went nowhere and the next Enter saved an unchosen 5)."""
    dialog = _dialog(qtbot, setup)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.new_name)
    for name in ("Putting on socks", "Gardening"):
        focused = dialog.focusWidget()
        qtbot.keyClicks(focused, name)
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        qtbot.wait(50)  # the new row is shown: where is the focus now?
    assert [a.name for a in dialog.activities()] == ["Putting on socks", "Gardening"]
    assert dialog.focusWidget() is dialog.new_name
    assert dialog.isVisible()
    setup.settle()
    assert setup.activities.ratings() == []


def test_a_new_activity_starts_unrated_and_is_not_saved_until_scored(
    qtbot: QtBot, setup: Setup
) -> None:
    """A brand-new activity once started at 5, so Enter saved a score nobody chose."""
    (socks,) = setup.seed("Socks")
    dialog = _dialog(qtbot, setup)
    box = dialog._scores[socks]
    assert box.text() == "–"
    assert dialog.scores() == []
    box.setValue(0)  # 0 = can't do it: a real answer, kept
    assert [s.score for s in dialog.scores()] == [0]

"""Check-ins between workouts, through the real app: log pain now, the morning check, resume."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from backtimer.journal.journal import Journal
from backtimer.journal.records import PainContext, SessionStatus
from backtimer.paths import DataPaths
from backtimer.ui.dialogs.pain_dialog import PainAnswer, PainScoreDialog

ZONE = timezone(timedelta(hours=1))
MORNING = datetime(2026, 5, 6, 8, 15, tzinfo=ZONE)
YESTERDAY = MORNING - timedelta(days=1)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every pain dialog answers 2; the list holds the titles asked, in order."""
    asked: list[str] = []

    def answer(_parent: object, **kwargs: object) -> PainAnswer:
        asked.append(str(kwargs.get("title")))
        return PainAnswer(2, "stiff")

    monkeypatch.setattr(PainScoreDialog, "ask", answer)
    return asked


def _session_yesterday(data_paths: DataPaths, *, finished: bool = True) -> int:
    with Journal.open(data_paths.journal_file) as journal:
        session_id = journal.start_session("rt_back_basics", "Back Basics", 600, YESTERDAY)
        if finished:
            journal.finish_session(session_id, "completed", YESTERDAY + timedelta(minutes=10))
    return session_id


def test_the_morning_after_a_workout_asks_how_the_back_is(
    qtbot: QtBot, make_app, data_paths: DataPaths, answers: list[str]
) -> None:
    """Before noon after a session day, one question; the answer is a spot score."""
    _session_yesterday(data_paths)
    app = make_app(MORNING)
    with qtbot.waitSignal(app.writes.written):
        app.checkins.ask_morning_check()
    spots = app.journal.pain_entries(MORNING.date(), MORNING.date(), contexts=("spot",))
    assert answers == ["Good morning"]
    assert [(entry.score, entry.recorded) for entry in spots] == [(2, MORNING)]
    app.checkins.ask_morning_check()  # answered already: not asked again
    assert answers == ["Good morning"]


def test_log_pain_now_saves_a_spot_score_and_says_so(
    qtbot: QtBot, make_app, answers: list[str]
) -> None:
    """Journal › Log pain now: the score lands in the journal at the injected moment."""
    app = make_app(MORNING)
    with qtbot.waitSignal(app.writes.written):
        app.window.log_pain_requested.emit()
    assert answers == ["Log pain now"]
    (entry,) = app.journal.pain_entries(contexts=(PainContext.SPOT,))
    assert (entry.score, entry.note, entry.recorded) == (2, "stiff", MORNING)
    assert "pain 2/10 at 08:15" in app.window._status.text()


@pytest.mark.parametrize("finish", [True, False])
def test_an_unfinished_session_is_finished_with_pain_or_marked_interrupted(
    qtbot: QtBot,
    make_app,
    data_paths: DataPaths,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    finish: bool,
) -> None:
    """A session left running by a crash: the user's choice is what the journal records."""
    session_id = _session_yesterday(data_paths, finished=False)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.buttons()[0 if finish else 1])
    app = make_app(MORNING)
    app.checkins.resume_unfinished_sessions()
    app.writes.flush().result()
    qtbot.waitUntil(lambda: not app.journal.unfinished_sessions())
    session = app.journal.session(session_id)
    if finish:
        assert session.status is SessionStatus.STOPPED
        assert (session.pain_after, answers) == (2, ["Pain after that workout"])
    else:
        assert session.status is SessionStatus.INTERRUPTED
        assert (session.pain_after, answers) == (None, [])


def test_read_only_journal_says_pain_cannot_be_saved(
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the journal read-only, Log pain now explains instead of asking."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, _text: told.append(title))
    app = make_app(MORNING, read_only=True)
    app.checkins.log_pain_now()
    assert told == ["Journal is read-only"]

"""The morning-after question belongs to the next calendar morning, never right after a workout."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pytestqt.qtbot import QtBot

from backtimer.journal.journal import Journal
from backtimer.paths import DataPaths
from backtimer.ui.dialogs.pain_dialog import PainAnswer, PainScoreDialog

ZONE = timezone(timedelta(hours=1))


def test_no_morning_question_twelve_minutes_after_a_late_workout(
    qtbot: QtBot, make_app, data_paths: DataPaths, monkeypatch
) -> None:
    """A workout ending at 23:57: nothing at 00:09 or 04:30; at 08:00 one question, kept with
    its symptoms."""
    asked: list[object] = []

    def answer(_parent: object, **kwargs: object) -> PainAnswer:
        asked.append(kwargs.get("title"))
        return PainAnswer(3, "", leg_pain=True)

    monkeypatch.setattr(PainScoreDialog, "ask", answer)
    late = datetime(2026, 5, 5, 23, 37, tzinfo=ZONE)
    with Journal.open(data_paths.journal_file) as journal:
        session_id = journal.start_session("rt_back_basics", "Back Basics", 600, late)
        journal.finish_session(session_id, "completed", late + timedelta(minutes=20))
    for hour, minute in ((0, 9), (4, 30)):  # still the night, then too soon after the workout
        make_app(datetime(2026, 5, 6, hour, minute, tzinfo=ZONE)).checkins.ask_morning_check()
    assert asked == []
    morning = datetime(2026, 5, 6, 8, 0, tzinfo=ZONE)
    app = make_app(morning)
    with qtbot.waitSignal(app.writes.written):
        app.checkins.ask_morning_check()
    assert asked == ["Good morning"]
    (entry,) = app.journal.pain_entries(contexts=("spot",))
    assert entry.leg_pain

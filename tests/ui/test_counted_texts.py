"""A count of one reads right: "The step you completed is saved.", never "The 1 steps …"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backtimer.journal.export import DateRange
from backtimer.journal.journal import Journal
from backtimer.journal.records import SessionStatus
from backtimer.ui.checkins.checkin_card import CheckinDueCard, checkin_saved_text
from backtimer.ui.checkins.flows import unfinished_session_text
from backtimer.ui.dialogs.export_dialog import Output, run_export_job
from backtimer.ui.history.history_model import completion_text
from backtimer.ui.wording import steps_done_text
from tests.ui.history.test_history_model import summary

ZONE = timezone(timedelta(hours=1))
CRASHED = replace(
    summary(7, date(2026, 6, 4), routine_title="Back <Basics>"),
    status=SessionStatus.IN_PROGRESS,
    ended=None,
)


@pytest.mark.parametrize(
    ("steps", "saved"),
    [
        (0, "No step had been completed yet."),
        (1, "The step you completed is saved."),
        (3, "The 3 steps you completed are saved."),
    ],
)
def test_an_unfinished_session_counts_its_steps_in_words(
    qapp: QApplication, steps: int, saved: str
) -> None:
    text = unfinished_session_text(replace(CRASHED, steps_completed=steps))
    assert text.startswith("<b>Back &lt;Basics&gt;</b>, started ")
    assert text.endswith(f"did not finish: Backtimer closed while it was running.<br><br>{saved}")


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        (
            "de",
            "Der Schritt, den Sie geschafft haben, ist gespeichert.",
            "Die 3 Schritte, die Sie geschafft haben, sind gespeichert.",
        ),
        (
            "es",
            "El paso que completaste está guardado.",
            "Los 3 pasos que completaste están guardados.",
        ),
    ],
    indirect=["language"],
)
def test_an_unfinished_session_reads_right_in_german_and_spanish(
    language: str, one: str, many: str
) -> None:
    started = {
        "de": "begonnen Donnerstag, 4.\u00a0Juni um 08:30",
        "es": "empezado jueves 4 de junio",
    }
    assert started[language] in unfinished_session_text(CRASHED)
    assert unfinished_session_text(replace(CRASHED, steps_completed=1)).endswith(one)
    assert unfinished_session_text(replace(CRASHED, steps_completed=3)).endswith(many)


@pytest.mark.parametrize(
    ("language", "one_of_one", "three_of_nine"),
    [
        ("en", "1 of 1 step done", "3 of 9 steps done"),
        ("de", "1 von 1 Schritt geschafft", "3 von 9 Schritten geschafft"),
        ("es", "1 de 1 paso hecho", "3 de 9 pasos hechos"),
    ],
    indirect=["language"],
)
def test_a_one_step_routine_s_tally(language: str, one_of_one: str, three_of_nine: str) -> None:
    assert steps_done_text(1, 1) == one_of_one
    assert steps_done_text(3, 9) == three_of_nine


def test_history_says_a_one_step_session_in_the_singular() -> None:
    stopped = replace(
        summary(8, date(2026, 6, 4)),
        status=SessionStatus.STOPPED,
        steps_completed=0,
        steps_planned=1,
    )
    assert completion_text(stopped) == "Stopped after 0 of 1 step"


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "(1 activity)", "(2 activities)"),
        ("de", "(1 Aktivität)", "(2 Aktivitäten)"),
        ("es", "(1 actividad)", "(2 actividades)"),
    ],
    indirect=["language"],
)
def test_the_weekly_check_in_counts_one_activity(
    language: str, one: str, two: str, qtbot: QtBot
) -> None:
    assert checkin_saved_text(1).endswith(f"{one}.")
    assert checkin_saved_text(2).endswith(f"{two}.")
    card = CheckinDueCard()
    qtbot.addWidget(card)
    card.show_due(True, 1)
    assert "1" not in card.text.text()
    card.show_due(True, 2)
    assert "2" in card.text.text()


def test_an_export_of_one_session_says_one_row(tmp_path: Path) -> None:
    journal_file = tmp_path / "journal.sqlite3"
    started = datetime(2026, 6, 4, 8, 30, tzinfo=ZONE)
    with Journal.open(journal_file) as journal:
        session_id = journal.start_session("rt_back_basics", "Back Basics", 600, started)
        journal.finish_session(session_id, "completed", started + timedelta(minutes=10))
    destination = tmp_path / "sessions.csv"
    said = run_export_job(
        journal_file,
        Output.SESSIONS,
        DateRange(),
        destination,
        lambda *_: None,
        lambda: False,
        date(2026, 6, 5),
    )
    assert said == f"Saved 1 row to {destination}."

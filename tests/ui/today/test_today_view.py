"""The Today page over a real journal: what to do today, flare mode, the plan and suggestions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from backtimer.journal.journal import Journal
from backtimer.journal.records import SessionStatus
from backtimer.journal.worker import JournalWorker
from backtimer.library.loader import load_library
from backtimer.library.model import Library
from backtimer.library.user_store import UserRoutineStore
from backtimer.paths import DataPaths
from backtimer.ui.app import BacktimerApp
from backtimer.ui.journal_writes import JournalWrites
from backtimer.ui.today.flare_dialog import FlareChoice, FlareDialog
from backtimer.ui.today.today_controller import TodayController
from backtimer.ui.today.today_view import TodayView

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 4, 15, 17, 30, tzinfo=ZONE)
TODAY = NOW.date()


@dataclass
class Today:
    view: TodayView
    controller: TodayController
    journal: Journal
    worker: JournalWorker
    library: Library
    paths: DataPaths


def session(journal: Journal, day: date, routine: str, before: int, after: int) -> int:
    start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=ZONE)
    session_id = journal.start_session(routine, routine, 600.0, start)
    journal.record_pain(before, "before", start, session_id)
    journal.record_pain(after, "after", start + timedelta(minutes=20), session_id)
    journal.finish_session(
        session_id, SessionStatus.COMPLETED, start + timedelta(minutes=20), effort=4
    )
    return session_id


def spot(journal: Journal, day: date, score: int, hour: int = 8) -> None:
    journal.record_pain(score, "spot", datetime(day.year, day.month, day.day, hour, tzinfo=ZONE))


@pytest.fixture
def make_home(qtbot: QtBot, data_paths: DataPaths, tmp_path: Path) -> Iterator[object]:
    made: list[Today] = []

    def build(plant: object = None) -> Today:
        journal = Journal.open(data_paths.journal_file)
        if callable(plant):
            plant(journal)
        worker = JournalWorker(data_paths.journal_file)
        library = load_library(data_paths.routines_dir)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        writes = JournalWrites(worker)
        controller = TodayController(
            journal,
            writes,
            lambda: library,
            settings,
            lambda: NOW,
            store=UserRoutineStore.for_data_dir(data_paths),
        )
        view = TodayView(controller)
        writes.written.connect(view.refresh)  # as the app does
        qtbot.addWidget(view)
        view.resize(900, 900)
        view.show()
        home = Today(view, controller, journal, worker, library, data_paths)
        made.append(home)
        return home

    yield build
    for home in made:
        home.worker.close()
        qtbot.wait(5 * JournalWrites.REPORT_INTERVAL_MS)  # deliver the last "written"
        home.journal.close()


def test_empty_journal_suggests_back_basics_and_start_emits_it(qtbot: QtBot, make_home) -> None:
    """With nothing recorded, Back Basics is suggested, not done, and Start starts it."""
    home = make_home()
    assert home.view.routine_title.text() == "Back Basics"
    assert home.view.done_label.text() == "Not done yet today"
    assert not home.view.flare_banner.isVisible()
    assert not home.view.suggestion_card.isVisible()
    with qtbot.waitSignal(home.view.routine_chosen) as started:
        qtbot.mouseClick(home.view.start_button, Qt.MouseButton.LeftButton)
    assert started.args == ["rt_back_basics"]


def test_last_used_routine_is_suggested_and_done_today_shows(qtbot: QtBot, make_home) -> None:
    """The last routine used is suggested; once done today, the page says so."""
    home = make_home(lambda j: session(j, TODAY, "rt_desk_reset", 3, 2))
    assert home.view.routine_title.text() == "Desk Reset"
    assert home.view.done_label.text() == "✔ Done today"
    with qtbot.waitSignal(home.view.routine_chosen) as started:
        home.view.start_button.click()
    assert started.args == ["rt_desk_reset"]


def test_flare_mode_switches_routine_marks_the_day_and_ends(qtbot: QtBot, make_home) -> None:
    """Flare mode shows the banner, suggests Flare-Up Day, marks today; "feeling better" ends it."""
    home = make_home(lambda j: session(j, TODAY - timedelta(days=1), "rt_core_control", 3, 2))
    with qtbot.waitSignal(home.view.flare_requested):
        home.view.flare_button.click()
    home.controller.start_flare()
    qtbot.waitUntil(lambda: home.view.flare_banner.isVisible())
    assert not home.view.flare_button.isVisible()
    assert "Flare mode, day 1" in home.view.flare_text.text()
    assert home.view.routine_title.text() == "Flare-Up Day"
    qtbot.waitUntil(lambda: [d.day for d in home.journal.flare_days()] == [TODAY])
    with qtbot.waitSignal(home.view.routine_chosen) as started:
        home.view.start_button.click()
    assert started.args == ["rt_flare_day"]
    home.view.end_flare_button.click()
    assert not home.view.flare_banner.isVisible()
    assert home.view.routine_title.text() == "Core Control"


def test_plan_shows_the_week_and_its_routine(qtbot: QtBot, make_home) -> None:
    """Starting the 12-week plan shows week 1 and suggests its first strength session."""
    home = make_home(lambda j: session(j, TODAY - timedelta(days=3), "rt_desk_reset", 3, 2))
    assert home.view.plan_button.text() == "Start the 12-week plan"
    home.view.plan_button.click()
    assert home.view.plan_title.text().startswith("Week 1 of 12: Back Basics")
    assert home.view.routine_title.text() == "Back Basics (first sets only)"
    assert home.view.plan_button.text() == "Stop the plan"
    # Start runs that one-set version (≈12 min), not the full 19-minute routine.
    runs = home.controller.routine_to_run("rt_back_basics")
    assert runs is not None
    assert all(len(getattr(b.dosage, "reps_per_set", (1,))) == 1 for b in runs.blocks)


def _two_good_sessions(journal: Journal) -> None:
    for offset in (4, 2):
        day = TODAY - timedelta(days=offset)
        spot(journal, day, 3)
        session(journal, day, "rt_back_basics", 3, 2)
        spot(journal, day + timedelta(days=1), 3)


def test_progress_suggestion_accepted_saves_a_user_copy(qtbot: QtBot, make_home) -> None:
    """Accepting a progression writes "Back Basics (my level)" with the one change, and says so."""
    home = make_home(_two_good_sessions)
    view = home.view
    assert view.suggestion_card.isVisible()
    assert view.accept_button.text() == "Yes, change my routine"
    assert "Bird dog" in view.suggestion_text.text()
    with qtbot.waitSignal(view.status_changed) as status:
        view.accept_button.click()
    assert "Back Basics (my level)" in status.args[0]
    saved = load_library(home.paths.routines_dir).routines
    mine = next(r for r in saved.values() if r.title == "Back Basics (my level)")
    basics = saved["rt_back_basics"]
    changed = [
        (a.exercise_id, a.dosage, b.dosage)
        for a, b in zip(basics.blocks, mine.blocks, strict=True)
        if a.dosage != b.dosage
    ]
    assert [(exercise, old.hold_s, new.hold_s) for exercise, old, new in changed] == [
        ("stab_bird_dog_basic", 5, 7)
    ]
    assert not view.suggestion_card.isVisible()


def test_not_now_hides_the_suggestion_until_the_next_session(qtbot: QtBot, make_home) -> None:
    """ "Not now" puts the suggestion away; nothing is written."""
    home = make_home(_two_good_sessions)
    home.view.not_now_button.click()
    assert not home.view.suggestion_card.isVisible()
    assert not list(home.paths.routines_dir.glob("*.toml"))


def test_two_step_backs_offer_the_flare_plan(qtbot: QtBot, make_home) -> None:
    """Two red sessions in a row suggest the flare plan; accepting asks to show it."""

    def plant(journal: Journal) -> None:
        session(journal, TODAY - timedelta(days=2), "rt_back_basics", 3, 7)
        session(journal, TODAY, "rt_back_basics", 4, 7)

    home = make_home(plant)
    assert home.view.suggestion_title.text() == "This looks like a flare-up"
    assert home.view.accept_button.text() == "Switch to the flare plan"
    with qtbot.waitSignal(home.view.flare_requested):
        home.view.accept_button.click()


def test_app_puts_today_first_and_the_journal_menu_starts_flare_mode(
    qtbot: QtBot, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Today is the first tab; Journal › I'm having a flare-up shows the plan, then flare mode."""
    monkeypatch.setattr(
        FlareDialog, "ask", classmethod(lambda cls, parent, **_: FlareChoice.FLARE_MODE)
    )
    app = BacktimerApp(
        data_paths,
        load_library(data_paths.routines_dir),
        Journal.open(data_paths.journal_file),
        QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(app.window)
    try:
        tabs = app.window.centralWidget().widget(0)
        assert tabs.widget(0).widget() is app.today_view
        assert tabs.tabText(0) == "To&day"
        app.window.flare_requested.emit()
        qtbot.waitUntil(lambda: app.today_view.flare_banner.isVisibleTo(app.window))
    finally:
        app.shutdown()


@pytest.mark.parametrize(
    ("button", "choice"),
    [("start_button", FlareChoice.START_ROUTINE), ("mode_button", FlareChoice.FLARE_MODE)],
)
def test_flare_dialog_shows_the_plan_and_returns_the_choice(
    qtbot: QtBot, button: str, choice: FlareChoice
) -> None:
    """The flare dialog shows §4.3's plan; each button gives its choice, Cancel gives none."""
    dialog = FlareDialog()
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "usually settle within days" in text
    getattr(dialog, button).click()
    assert dialog.choice is choice
    cancelled = FlareDialog()
    qtbot.addWidget(cancelled)
    cancelled.reject()
    assert cancelled.choice is None


def test_flare_dialog_names_the_flare_routine_as_the_library_does(qtbot: QtBot) -> None:
    """The plan and the start button take the routine's title from the library, never a quote."""
    bundled = FlareDialog()
    qtbot.addWidget(bundled)
    assert "the Flare-Up Day routine once or twice" in bundled.findChild(QTextBrowser).toPlainText()
    assert bundled.start_button.text() == "Flare mode and start Flare-Up Day now"
    named = FlareDialog(flare_title="Bad Days & Nights")
    qtbot.addWidget(named)
    assert "the Bad Days & Nights routine" in named.findChild(QTextBrowser).toPlainText()
    assert named.start_button.text() == "Flare mode and start Bad Days && Nights now"


def test_titles_with_an_ampersand_read_right_on_labels_and_the_start_button(
    qtbot: QtBot, make_home
) -> None:
    """'Posture & Extension' once showed as 'Posture &amp; Extension' and lost its '&' on Start."""
    home = make_home(lambda j: session(j, TODAY, "rt_posture_strength", 3, 2))
    title = home.view.routine_title
    assert title.textFormat() is Qt.TextFormat.RichText
    assert title.text() == "Posture &amp; Extension"  # escaped HTML, shown as one '&'
    assert home.view.start_button.text() == "Start Posture && Extension"  # '&&' shows one '&'


@pytest.mark.parametrize(
    "text", ["Posture & Extension", "<b>not bold</b>", 'say "hi" it\'s', "", "ünï “q” &amp;"]
)
def test_today_escapes_text_as_html_escape_does(text: str) -> None:
    import html

    from backtimer.ui.today.today_view import escape

    assert escape(text) == html.escape(text)


@pytest.mark.parametrize(("answer", "stopped"), [("No", False), ("Yes", True)])
def test_stopping_the_plan_asks_first(
    qtbot: QtBot, make_home, monkeypatch: pytest.MonkeyPatch, answer: str, stopped: bool
) -> None:
    """One press of Space on 'Stop the plan' once ended a 12-week course without a word."""
    from PySide6.QtWidgets import QMessageBox

    home = make_home(lambda j: session(j, TODAY - timedelta(days=3), "rt_desk_reset", 3, 2))
    home.view.plan_button.click()
    asked: list[str] = []

    def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    home.view.plan_button.click()
    assert asked == ["Stop the 12-week plan?"]
    expected = "Start the 12-week plan" if stopped else "Stop the plan"
    assert home.view.plan_button.text() == expected

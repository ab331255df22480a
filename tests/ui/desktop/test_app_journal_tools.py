"""Issue 14 through the real app: outside imports appear, Try runs one exercise, example data."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backtimer.__main__ import main
from backtimer.journal.demo import make_demo_folder, remove_demo_folder
from backtimer.journal.export import ExportKind, export_csv
from backtimer.journal.journal import Journal
from backtimer.library.loader import load_library
from backtimer.paths import DataPaths
from backtimer.ui.app import BacktimerApp, open_demo_settings
from backtimer.ui.preferences import open_settings


@pytest.fixture
def app(qtbot: QtBot, data_paths: DataPaths) -> Iterator[BacktimerApp]:
    made = BacktimerApp(
        data_paths,
        load_library(data_paths.routines_dir),
        Journal.open(data_paths.journal_file),
        open_settings(),
        flow_options={"ask_pain": lambda *_a, **_k: None, "confirm_stop": False},
    )
    qtbot.addWidget(made.window)
    made.window.show()
    yield made
    made.shutdown()


def test_a_command_line_import_appears_in_the_open_app(
    qtbot: QtBot, app: BacktimerApp, data_paths: DataPaths, tmp_path: Path
) -> None:
    """`backtimer import` in a terminal: Today, History and the check-in card follow."""
    demo = make_demo_folder(date.today())
    conn = sqlite3.connect(demo.journal_file)
    sessions = tmp_path / "sessions.csv"
    export_csv(conn, sessions, ExportKind.SESSIONS)
    conn.close()
    remove_demo_folder(demo)
    trends = app.trends_view  # built before the import: it must refresh, not read fresh later
    assert trends.snapshot.total_ratings == 0
    assert app.watcher is not None
    assert main(["--data-dir", str(data_paths.root), "import", str(sessions)]) == 0
    app.watcher.poll()  # the 2-second timer, without waiting for it
    qtbot.waitUntil(lambda: trends.snapshot.total_ratings > 100)
    assert not app.watcher.poll()  # seen once, refreshed once


def test_try_this_exercise_runs_it_alone(qtbot: QtBot, app: BacktimerApp) -> None:
    assert app.try_exercise("post_sphinx")
    plan = app.flow.session.plan
    assert {step.exercise_id for step in plan.steps if step.exercise_id} == {"post_sphinx"}
    app.flow.abandon()


def test_example_data_says_so_on_every_page(qtbot: QtBot, app: BacktimerApp) -> None:
    app.window.show_example_data_banner()
    banner = app.window.findChild(QLabel, "exampleDataBanner")
    assert banner is not None
    assert banner.isVisible()
    assert app.window.windowTitle() == "Example data"  # the system adds " — Backtimer"
    app.window.setWindowTitle("Back Basics")  # the player names the routine: still says so
    assert app.window.windowTitle() == "Back Basics — Example data"
    app.window.show_home()
    assert app.window.windowTitle() == "Example data"


def test_demo_settings_live_in_the_throwaway_folder(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "backtimer-demo-x")
    paths.ensure()
    settings = open_demo_settings(paths)
    settings.setValue("prefs/volume", 0.3)
    settings.sync()
    assert Path(settings.fileName()).parent == paths.root
    assert open_settings().value("prefs/volume") is None


@pytest.mark.parametrize(("choice", "kept"), [("A new routine", 0), ("Back Basics", 5)])
def test_add_to_a_routine_opens_the_editor_with_the_exercise(
    qtbot: QtBot,
    app: BacktimerApp,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
    kept: int,
) -> None:
    """A new routine starts with the exercise; a bundled one opens as the user's own copy."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: (choice, True))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    app.add_exercise_to_routine("post_sphinx")
    editor = app.routine_actions.editor
    assert editor is not None
    ids = [draft.exercise_id for draft in editor.drafts()]
    assert "post_sphinx" in ids
    assert len(ids) >= kept + 1
    editor.reject()

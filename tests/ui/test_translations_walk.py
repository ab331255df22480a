"""Every text the user can read goes through Qt's translation functions.

A translator that wraps every string it is asked for in ⟦…⟧ is installed, the whole app is built
on the shared sample journal (Today, Library with the exercise browser, History, Trends, the player
during a workout) and every dialog is opened; then every widget is walked. A text with words that
is neither marked nor data (library and journal content, numbers, dates, key names) was never
passed through ``tr()`` / ``QCoreApplication.translate()`` and would stay English in German.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta, timezone
from enum import Enum

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backtimer import APP_NAME
from backtimer.journal.journal import Journal
from backtimer.library.loader import load_library
from backtimer.library.model import Library
from backtimer.paths import DataPaths
from backtimer.ui.app import BacktimerApp
from tests.journal_samples import EXERCISES, ROUTINES, TRICKY_NOTES, fill_sample_journal
from tests.ui.conftest import MARK_CLOSE, MARK_OPEN

OPEN, CLOSE = MARK_OPEN, MARK_CLOSE
ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 3, 18, 0, tzinfo=ZONE)
"""The day after the sample journal's fortnight (20 Oct – 2 Nov 2026)."""
ACTIVITY = "Carrying the shopping"
"""A weekly check-in activity the user named (journal data)."""
KEY_NAMES = re.compile(
    r"\b(?:Ctrl|Alt|Shift|Meta|Esc|Escape|Space|Enter|Return|Tab|Backspace|Del|Delete|Ins|"
    r"Insert|Home|End|PgUp|PgDown|Up|Down|Left|Right|F\d{1,2})\b"
)
WORD = re.compile(r"[^\W\d_]{2,}")


# --- what counts as data ---------------------------------------------------------------------


def _strings(value: object) -> Iterator[str]:
    """Every string inside a library record (titles, names, steps, cues, summaries …)."""
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, Iterable) and not isinstance(value, bytes):
        for item in value:
            yield from _strings(item)


def data_texts(library: Library) -> list[str]:
    """Library and journal content, longest first (so a title wins over a word inside it)."""
    texts: set[str] = set()
    for record in (*library.routines.values(), *library.exercises.values()):
        texts.update(_strings(record))
    texts.update(title for _id, title in ROUTINES)
    texts.update(name for _id, name in EXERCISES)
    for note in TRICKY_NOTES:
        texts.update(line.strip() for line in note.splitlines())
    english = QLocale(QLocale.Language.English)
    for number in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            texts.add(english.monthName(number, form))
            if number <= 7:
                texts.add(english.dayName(number, form))
    texts.update((APP_NAME, ACTIVITY))
    return sorted((text for text in texts if text.strip()), key=len, reverse=True)


def unmarked_words(text: str, data: list[str]) -> str:
    """What is left of ``text`` once markup, marked parts, data, numbers and key names go."""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&", "")
    while OPEN in plain:  # innermost first: a marked text may carry marked parts inside
        plain = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", plain)
        if not re.search(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", plain):
            break
    plain = plain.replace(OPEN, " ").replace(CLOSE, " ")
    for item in data:
        plain = plain.replace(item.replace("&", ""), " ")
    plain = KEY_NAMES.sub(" ", plain)
    return " ".join(WORD.findall(plain))


# --- walking the widgets ---------------------------------------------------------------------


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can read in ``top`` and its visible children."""
    yield "window title", top.windowTitle()
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        kind = type(widget).__name__
        if widget.toolTip():
            yield f"{kind} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            yield f"{kind} placeholder", widget.placeholderText()
            if widget.isReadOnly():
                yield kind, widget.toPlainText()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
                yield "tab tooltip", widget.tabToolTip(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{kind} item", widget.itemText(index)
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            for column in range(widget.count()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield f"{kind} header", header


def menu_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    for menu in window.findChildren(QMenu):
        yield "menu", menu.title()
        for action in menu.actions():
            if not action.isSeparator():
                yield "menu item", action.text()
                yield (
                    "menu item tooltip",
                    action.toolTip()
                    if action.toolTip() != (action.text().replace("&", ""))
                    else "",
                )


def unmarked(texts: Iterable[tuple[str, str]], data: list[str]) -> list[str]:
    found = []
    for where, text in texts:
        left = unmarked_words(text or "", data)
        if left:
            found.append(f"{where}: {text!r} (unmarked: {left})")
    return sorted(set(found))


# --- the app ----------------------------------------------------------------------------------


@pytest.fixture
def pain_prompts() -> list[QWidget]:
    """The workout's pain check-ins, built as the flow asks for them (answered with Esc)."""
    return []


@pytest.fixture
def app(
    qtbot: QtBot, data_paths: DataPaths, marking_translator: None, pain_prompts: list[QWidget]
) -> Iterator[BacktimerApp]:
    from backtimer.ui.dialogs.pain_dialog import PainScoreDialog
    from backtimer.ui.workout.cue_player import CuePlayer, RecordingAnnouncer
    from backtimer.workout.clock import FakeClock

    with Journal.open(data_paths.journal_file) as journal:
        fill_sample_journal(journal, first_day=date(2026, 10, 20))
    built = BacktimerApp(
        data_paths,
        load_library(data_paths.routines_dir),
        Journal.open(data_paths.journal_file),
        QSettings(str(data_paths.root / "settings.ini"), QSettings.Format.IniFormat),
        now=lambda: NOW,
        flow_options={
            "ask_pain": lambda parent, **kwargs: pain_prompts.append(
                PainScoreDialog(parent, **kwargs)
            ),
            "clock_factory": lambda: FakeClock(0.0),
            "cue_player_factory": lambda: CuePlayer(announcer=RecordingAnnouncer()),
            "confirm_stop": False,
        },
    )
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.flow.abandon()
    built.shutdown()


def test_every_page_and_the_player_show_only_translated_text(
    qtbot: QtBot, app: BacktimerApp
) -> None:
    data = data_texts(app.library)
    found: list[str] = unmarked(menu_texts(app.window), data)
    found += unmarked(visible_texts(app.window), data)  # Today: a suggestion, the plan offer
    app.today_controller.start_plan()
    app.writes.flush().result(timeout=5)
    app.today_view.refresh()
    found += unmarked(visible_texts(app.window), data)  # Today: where the plan stands
    app.today_controller.start_flare()
    app.writes.flush().result(timeout=5)
    app.today_view.refresh()
    found += unmarked(visible_texts(app.window), data)  # Today: the flare banner
    pages = [app.library_view, app.history_view, app.trends_view]
    for page in pages:
        app.window.show_page(page)
        if page is app.trends_view:
            app.trends_view.ensure_chart()
            for index in range(app.trends_view.chart_tabs.count()):
                app.trends_view.chart_tabs.setCurrentIndex(index)
                found += unmarked(visible_texts(app.window), data)
        found += unmarked(visible_texts(app.window), data)
    app.window.show_page(app.library_view)
    app.library_view.show_exercises()
    found += unmarked(visible_texts(app.window), data)
    assert app.flow.start_routine("rt_back_basics")
    player = app.flow.session.view  # type: ignore[union-attr]
    found += unmarked(visible_texts(player), data)
    app.flow.abandon()
    assert not found, "\n".join(sorted(set(found)))


def dialogs(app: BacktimerApp, pain_prompts: list[QWidget]) -> Iterator[tuple[str, QWidget]]:
    from backtimer.journal.activities import ActivityJournal
    from backtimer.ui.checkins.activity_checkin import ActivityCheckinDialog
    from backtimer.ui.dialogs.export_dialog import ExportDialog, Output
    from backtimer.ui.dialogs.safety_dialog import SafetyDialog
    from backtimer.ui.library.routine_editor import RoutineEditorDialog
    from backtimer.ui.today.flare_dialog import FlareDialog
    from backtimer.ui.workout.hurts_dialog import HurtsDialog

    yield "settings", app.open_settings()
    for output in Output:
        yield (
            f"export {output.name}",
            ExportDialog(app.paths.journal_file, app.window, today=NOW.date(), output=output),
        )
    assert app.flow.start_routine("rt_back_basics")  # asks "Before you start" on the way
    yield from (("pain before a workout", dialog) for dialog in pain_prompts)
    app.flow.abandon()
    yield "safety", SafetyDialog(app.window)
    yield "safety first run", SafetyDialog(app.window, first_run=True)
    hard = next(exercise for exercise in app.library.exercises.values() if exercise.easier)
    easier = app.library.exercises[hard.easier].name  # type: ignore[index]
    yield "this hurts", HurtsDialog(app.window, exercise_name=hard.name, easier_name=easier)
    yield "flare", FlareDialog(app.window)
    session = app.journal.sessions(None, None)[0]  # type: ignore[union-attr]
    app.history_view.open_session(session.id)
    yield "session detail", app.history_view.detail_dialog  # type: ignore[misc]
    yield (
        "routine editor",
        RoutineEditorDialog(
            app.library,
            app.routine_actions.store,
            app.library.routine("rt_core_control"),
            as_new=True,
        ),
    )
    activities = ActivityJournal(app.journal.connection)  # type: ignore[union-attr]
    yield "weekly check-in, first", ActivityCheckinDialog(activities, app.writes, lambda: NOW)
    app.writes.add_activity(ACTIVITY, NOW - timedelta(days=8)).result(timeout=5)
    yield "weekly check-in", ActivityCheckinDialog(activities, app.writes, lambda: NOW)


def test_every_dialog_shows_only_translated_text(
    qtbot: QtBot, app: BacktimerApp, pain_prompts: list[QWidget]
) -> None:
    data = data_texts(app.library)
    found: list[str] = []
    names = []
    for name, dialog in dialogs(app, pain_prompts):
        names.append(name)
        dialog.show()
        found += [f"{name}: {problem}" for problem in unmarked(visible_texts(dialog), data)]
        dialog.close()
    assert "pain before a workout" in names
    assert not found, "\n".join(found)


def test_the_walk_finds_an_unmarked_label(qtbot: QtBot, marking_translator: None) -> None:
    """The check itself: a label set without tr() is reported, a marked one and data are not."""
    page = QWidget()
    qtbot.addWidget(page)
    QLabel("Plain English", page)
    QLabel(QCoreApplication.translate("Test", "Marked {name}").format(name="Cat–cow"), page)
    QLabel("Cat–cow", page)
    found = unmarked(visible_texts(page), ["Cat–cow"])
    assert found == ["QLabel: 'Plain English' (unmarked: Plain English)"]

"""Settings dialog and preferences storage: what is shown, what comes back, what is stored."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backtimer.library.loader import load_library
from backtimer.paths import DataPaths
from backtimer.ui.app import BacktimerApp
from backtimer.ui.main_window import MainWindow
from backtimer.ui.preferences import Preferences
from backtimer.ui.settings.settings_dialog import ROUTINE_OWN_PREPARE, SettingsDialog
from backtimer.ui.theme import ThemeMode
from backtimer.ui.workout.cue_player import ENV_SPEECH_ENGINE, CuePlayer, RecordingAnnouncer
from backtimer.workout.clock import FakeClock
from tests.ui.conftest import MARK_OPEN

ROUTINES = [("rt_back_basics", "Back basics"), ("rt_gentle", "Gentle start")]


def make_dialog(
    qtbot: QtBot,
    tmp_path: Path,
    preferences: Preferences | None = None,
    cue_player: CuePlayer | None = None,
) -> SettingsDialog:
    dialog = SettingsDialog(
        preferences or Preferences(),
        data_dir=tmp_path,
        routines=ROUTINES,
        cue_player=cue_player or CuePlayer(announcer=RecordingAnnouncer()),
    )
    qtbot.addWidget(dialog)
    return dialog


def ini_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


EDITED = [
    Preferences(),
    Preferences(sounds=False, volume=0.35, voice=False, countdown_beeps=False),
    Preferences(voice_rate=-0.4, countdown_voice=False, prepare_s=0, theme=ThemeMode.DARK),
    Preferences(prepare_s=25, start_in_floor_mode=True, ask_pain_before=False),
    Preferences(
        reminder_enabled=True,
        reminder_days="mon,wed,fri",
        reminder_time="07:45",
        reminder_routine="rt_gentle",
        start_at_login=True,
        theme=ThemeMode.LIGHT,
    ),
    Preferences(muted=True, safety_seen=True, ask_pain_after=False),
]


@pytest.mark.parametrize("preferences", EDITED)
def test_dialog_gives_back_what_it_was_shown(
    qtbot: QtBot, tmp_path: Path, preferences: Preferences
) -> None:
    """Opening and accepting the dialog without edits changes nothing."""
    dialog = make_dialog(qtbot, tmp_path, preferences)
    assert dialog.preferences() == preferences


def test_edits_come_back_on_ok(qtbot: QtBot, tmp_path: Path) -> None:
    """OK emits the edited preferences, including the prepare-time override and theme."""
    dialog = make_dialog(qtbot, tmp_path, Preferences(prepare_s=15))
    dialog._volume.setValue(40)
    dialog._countdown_beeps.setChecked(False)
    dialog._rate.setValue(5)
    dialog._prepare.setValue(ROUTINE_OWN_PREPARE)
    dialog._theme.setCurrentIndex(dialog._theme.findData("dark"))
    dialog._reminder.setChecked(True)
    dialog._days["sun"].setChecked(False)
    with qtbot.waitSignal(dialog.preferences_applied) as applied:
        dialog._buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    chosen = applied.args[0]
    assert (chosen.volume, chosen.countdown_beeps, chosen.voice_rate) == (0.4, False, 0.5)
    assert chosen.prepare_s is None
    assert chosen.theme is ThemeMode.DARK
    assert chosen.reminder_enabled
    assert chosen.reminder_days == "mon,tue,wed,thu,fri,sat"
    assert not dialog.isVisible()


def test_apply_emits_and_keeps_the_dialog_open(qtbot: QtBot, tmp_path: Path) -> None:
    """Apply hands the preferences over without closing."""
    dialog = make_dialog(qtbot, tmp_path)
    dialog.show()
    dialog._floor_mode.setChecked(True)
    with qtbot.waitSignal(dialog.preferences_applied) as applied:
        dialog._buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert applied.args[0].start_in_floor_mode
    assert dialog.isVisible()


def test_restore_defaults_keeps_what_the_dialog_does_not_show(qtbot: QtBot, tmp_path: Path) -> None:
    """Restore Defaults resets every control, but not the mute button or the safety screen."""
    dialog = make_dialog(qtbot, tmp_path, dataclasses.replace(EDITED[2], muted=True))
    dialog._buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.preferences() == Preferences(muted=True)


@pytest.mark.parametrize(
    ("sounds", "voice", "expected"),
    [
        (True, True, [("play", "start"), ("say", "Backtimer voice test")]),
        (True, False, [("play", "start")]),
        (False, True, [("say", "Backtimer voice test")]),
    ],
)
def test_test_button_plays_what_is_switched_on(
    qtbot: QtBot, tmp_path: Path, sounds: bool, voice: bool, expected: list[tuple[str, str]]
) -> None:
    """The test button plays the start sound and says the test line, as the checkboxes say."""
    announcer = RecordingAnnouncer()
    dialog = make_dialog(
        qtbot, tmp_path, Preferences(sounds=sounds, voice=voice), CuePlayer(announcer=announcer)
    )
    dialog._test.click()
    assert announcer.calls == expected


def test_test_button_is_off_when_sound_and_voice_are(qtbot: QtBot, tmp_path: Path) -> None:
    """With both channels off there is nothing to test."""
    dialog = make_dialog(qtbot, tmp_path, Preferences(sounds=False, voice=False))
    assert not dialog._test.isEnabled()


def _speech_problem() -> str | None:
    try:
        import PySide6.QtTextToSpeech  # noqa: F401
    except ImportError as error:
        return f"PySide6.QtTextToSpeech does not import here ({error}); install libpulse0"
    return None


needs_speech = pytest.mark.skipif(_speech_problem() is not None, reason=str(_speech_problem()))


@needs_speech
def test_voices_are_listed_from_the_engine(qtbot: QtBot, tmp_path: Path) -> None:
    """The mock speech engine's voices appear in the picker; a saved choice stays selected."""
    dialog = make_dialog(qtbot, tmp_path, Preferences(voice_name="Anne"), CuePlayer())
    qtbot.waitUntil(lambda: dialog._voice_choice.count() == 3, timeout=3000)
    names = [dialog._voice_choice.itemData(i) for i in range(dialog._voice_choice.count())]
    assert names == ["", "Anne", "Bob"] or names == ["", "Bob", "Anne"]
    assert dialog._voice_choice.currentData() == "Anne"
    assert dialog._voice_choice.isEnabled()


@needs_speech
def test_voice_controls_say_why_they_are_off(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a working speech engine the voice controls are disabled, with the reason shown."""
    monkeypatch.setenv(ENV_SPEECH_ENGINE, "no-such-engine")
    dialog = make_dialog(qtbot, tmp_path, cue_player=CuePlayer())
    qtbot.waitUntil(lambda: not dialog._voice_choice.isEnabled(), timeout=3000)
    assert "no-such-engine" in dialog._voice_status.text()
    assert not dialog._rate.isEnabled()


@pytest.mark.skipif(_speech_problem() is None, reason="QtTextToSpeech imports here")
def test_voice_controls_explain_a_missing_speech_module(qtbot: QtBot, tmp_path: Path) -> None:
    """Where the speech module cannot load at all, the dialog says so and disables voice."""
    dialog = make_dialog(qtbot, tmp_path, cue_player=CuePlayer())
    qtbot.waitUntil(lambda: not dialog._voice_choice.isEnabled(), timeout=3000)
    assert "speech module could not be loaded" in dialog._voice_status.text()


def test_why_voice_is_off_is_said_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reason stood beside the voice controls and again under Test: now only beside them.

    Sound's own problems (if any here) still show under Test, each once too.
    """
    monkeypatch.setenv(ENV_SPEECH_ENGINE, "no-such-engine")
    dialog = make_dialog(qtbot, tmp_path, cue_player=CuePlayer())
    qtbot.waitUntil(lambda: not dialog._voice_choice.isEnabled(), timeout=3000)
    failure = dialog._cues.voice_failure
    assert failure
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert shown.count(failure) == 1, shown
    assert failure in dialog._voice_status.text()
    assert dialog._cue_status.text() == dialog._cues.sound_problems
    for sentence in filter(None, dialog._cues.sound_problems.split(". ")):
        assert shown.count(sentence) == 1, sentence


def test_open_folder_opens_the_data_directory(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Open folder' asks the desktop to show the data folder."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = make_dialog(qtbot, tmp_path)
    assert dialog._folder.isReadOnly()
    assert dialog._folder.text() == str(tmp_path)
    dialog.open_data_folder()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_only_changed_preferences_are_stored(tmp_path: Path) -> None:
    """Keys equal to their default are removed, so a changed default reaches everyone else."""
    settings = ini_settings(tmp_path)
    Preferences(volume=0.5, theme=ThemeMode.DARK, prepare_s=20).save(settings)
    assert sorted(settings.allKeys()) == ["prefs/prepare_s", "prefs/theme", "prefs/volume"]
    Preferences().save(settings)
    assert settings.allKeys() == []


@pytest.mark.parametrize("preferences", EDITED)
def test_preferences_round_trip_through_the_ini_file(
    tmp_path: Path, preferences: Preferences
) -> None:
    """Every field reads back with its own type from the INI file (strings on disk)."""
    preferences.save(ini_settings(tmp_path))
    assert Preferences.load(ini_settings(tmp_path)) == preferences


@pytest.mark.parametrize(
    ("key", "raw", "field", "expected"),
    [
        ("theme", "purple", "theme", ThemeMode.SYSTEM),
        ("volume", "loud", "volume", 0.8),
        ("prepare_s", "soon", "prepare_s", None),
        ("prepare_s", "30", "prepare_s", 30),
        ("voice_rate", "-0.25", "voice_rate", -0.25),
    ],
)
def test_unreadable_values_fall_back_to_defaults(
    tmp_path: Path, key: str, raw: str, field: str, expected: object
) -> None:
    """A hand-edited settings file with a bad value starts with the default, not a crash."""
    settings = ini_settings(tmp_path)
    settings.setValue(f"prefs/{key}", raw)
    settings.sync()
    assert getattr(Preferences.load(ini_settings(tmp_path)), field) == expected


# --- wiring through the real app --------------------------------------------------------------

QUICK_ROUTINE = """
[[routine]]
id = "test_quick"
title = "Quick test"
category = "stabilisation"
level = "beginner"
summary = "Two short blocks for tests."
prepare_s = 1

[[routine.block]]
exercise = "stab_pelvic_tilt"
mode = "hold"
hold_s = 2
reps = 2
rest_rep_s = 1
"""


@pytest.fixture
def backtimer_app(qtbot: QtBot, data_paths: DataPaths) -> Iterator[BacktimerApp]:
    (data_paths.routines_dir / "quick.toml").write_text(QUICK_ROUTINE, encoding="utf-8")
    app = BacktimerApp(  # no journal: these tests look at settings, not at what gets recorded
        data_paths,
        load_library(data_paths.routines_dir),
        None,
        ini_settings(data_paths.root),
        flow_options={
            "ask_pain": lambda *_args, **_kwargs: None,
            "clock_factory": lambda: FakeClock(0.0),
            "cue_player_factory": lambda: CuePlayer(announcer=RecordingAnnouncer()),
            "confirm_stop": False,
        },
    )
    qtbot.addWidget(app.window)
    yield app
    app.shutdown()


def test_settings_action_opens_the_dialog_and_saves_changes(
    qtbot: QtBot, backtimer_app: BacktimerApp
) -> None:
    """Ctrl+, opens Settings; OK saves only the changed keys and updates the live preferences."""
    action = backtimer_app.window._settings_action
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    with qtbot.waitSignal(backtimer_app.window.settings_requested):
        action.trigger()
    dialog = backtimer_app.window.findChild(SettingsDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog._countdown_beeps.setChecked(False)
    with qtbot.waitSignal(backtimer_app.preferences_changed):
        dialog._buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert backtimer_app.preferences.countdown_beeps is False
    assert backtimer_app.settings.allKeys() == ["prefs/countdown_beeps"]


def test_prepare_override_and_cue_settings_reach_the_workout(backtimer_app: BacktimerApp) -> None:
    """The get-ready override replaces the routine's, and cue preferences reach the cue rules."""
    backtimer_app.apply_preferences(
        Preferences(prepare_s=7, countdown_beeps=False, countdown_voice=False, voice_rate=0.5)
    )
    assert backtimer_app.flow.start_routine("test_quick")
    session = backtimer_app.flow.session
    assert session is not None
    assert session.plan.steps[0].duration_s == 7
    assert (session._cue_settings.countdown_beeps, session._cue_settings.countdown_voice) == (
        False,
        False,
    )
    assert session._cues._rate == 0.5
    backtimer_app.flow.abandon()


def test_routine_keeps_its_own_get_ready_time_by_default(backtimer_app: BacktimerApp) -> None:
    """Without an override the routine's prepare_s is used."""
    assert backtimer_app.flow.start_routine("test_quick")
    assert backtimer_app.flow.session is not None
    assert backtimer_app.flow.session.plan.steps[0].duration_s == 1
    backtimer_app.flow.abandon()


def test_last_page_is_restored(qtbot: QtBot, tmp_path: Path) -> None:
    """The tab the user closed the app on is the one it opens on next time."""
    settings = ini_settings(tmp_path)
    pages: list[list[QWidget]] = []
    windows: list[MainWindow] = []
    for _run in range(2):
        window = MainWindow(settings)
        qtbot.addWidget(window)
        pages.append([QWidget(), QWidget(), QWidget()])
        for page, title in zip(pages[-1], ("Library", "History", "Trends"), strict=True):
            window.add_page(page, title)
        window.restore_last_page()
        windows.append(window)
        if _run == 0:
            window.show()
            window.show_page(pages[0][2])
            window.close()
    assert windows[1]._tabs.currentWidget().isAncestorOf(pages[1][2])


# --- translations and locale ------------------------------------------------------------------


def visible_texts(widget: QWidget) -> list[str]:
    children = [*widget.findChildren(QLabel), *widget.findChildren(QAbstractButton)]
    texts = [child.text() for child in children if child.text() and not child.text().isdigit()]
    tabs = widget.findChildren(QTabWidget)
    texts += [tab.tabText(i) for tab in tabs for i in range(tab.count())]
    return texts


def test_settings_text_goes_through_translation(
    qtbot: QtBot, tmp_path: Path, marking_translator: None
) -> None:
    """Every label, check box, button and section title of Settings is translatable."""
    dialog = make_dialog(qtbot, tmp_path)
    weekday_boxes = set(dialog._days.values())
    untranslated = [
        text
        for text in visible_texts(dialog)
        if MARK_OPEN not in text and text not in {box.text() for box in weekday_boxes}
    ]
    assert untranslated == []


def test_main_window_menus_go_through_translation(
    qtbot: QtBot, tmp_path: Path, marking_translator: None
) -> None:
    """Menu titles and actions are translatable."""
    window = MainWindow(ini_settings(tmp_path))
    qtbot.addWidget(window)
    texts = [action.text() for action in window.menuBar().actions()]
    for menu in window.menuBar().findChildren(QMenu):
        texts += [action.text() for action in menu.actions() if not action.isSeparator()]
    assert [text for text in texts if MARK_OPEN not in text] == []


def test_numbers_follow_the_users_locale(qtbot: QtBot, tmp_path: Path) -> None:
    """A German user reads the speech rate with a decimal comma."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = make_dialog(qtbot, tmp_path, Preferences(voice_rate=0.5))
    finally:
        QLocale.setDefault(previous)
    assert "0,5" in dialog._rate.accessibleDescription()
    assert dialog._days["mon"].text() == "Mo."

"""Cue output: cues reach the announcer in order; missing audio means silence and one notice."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from backtimer.ui.workout import cue_player as cue_output
from backtimer.ui.workout.cue_player import ENV_SPEECH_ENGINE, CuePlayer, RecordingAnnouncer
from backtimer.workout.cues import Cue, CueSettings, SoundName

START, TICK, REST = SoundName.START, SoundName.TICK, SoundName.REST


def _import_problem(module: str) -> str | None:
    try:
        __import__(module)
    except ImportError as error:
        return f"{module} does not import here ({error}); install libpulse0 to run this"
    return None


SPEECH_PROBLEM = _import_problem("PySide6.QtTextToSpeech")
MULTIMEDIA_PROBLEM = _import_problem("PySide6.QtMultimedia")
needs_speech = pytest.mark.skipif(SPEECH_PROBLEM is not None, reason=str(SPEECH_PROBLEM))


@pytest.fixture
def no_audio_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make QtMultimedia and QtTextToSpeech fail to import, as on a system without libpulse."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)


@pytest.fixture
def mock_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_SPEECH_ENGINE, "mock")


# --- with a fake announcer ----------------------------------------------------------------------


def test_cues_reach_the_announcer_in_order() -> None:
    """Each cue plays its sound, then says its words, cue after cue."""
    announcer = RecordingAnnouncer()
    player = CuePlayer(announcer=announcer)
    player.play([Cue(START, "Bird dog"), Cue(TICK, "3")])
    player.play([Cue(None, "Rest"), Cue(REST, None)])
    assert announcer.calls == [
        ("play", "start"),
        ("say", "Bird dog"),
        ("play", "tick"),
        ("say", "3"),
        ("say", "Rest"),
        ("play", "rest"),
    ]


@pytest.mark.parametrize(
    ("settings", "muted", "calls"),
    [
        (CueSettings(), False, [("play", "start"), ("say", "Hold")]),
        (CueSettings(sounds=False), False, [("say", "Hold")]),
        (CueSettings(voice=False), False, [("play", "start")]),
        (CueSettings(), True, []),
    ],
)
def test_player_honours_switches_and_mute(
    settings: CueSettings, muted: bool, calls: list[tuple[str, str]]
) -> None:
    """Switched-off channels and mute keep their output quiet even for cues already planned."""
    announcer = RecordingAnnouncer()
    player = CuePlayer(announcer=announcer)
    player.set_settings(settings)
    player.set_muted(muted)
    player.play([Cue(START, "Hold")])
    assert announcer.calls == calls


# --- without audio modules ----------------------------------------------------------------------


@pytest.mark.usefixtures("no_audio_modules")
def test_without_audio_modules_the_player_reports_once_and_stays_silent(qtbot: QtBot) -> None:
    """No QtMultimedia/QtTextToSpeech: one notice naming both, then silence without errors."""
    player = CuePlayer()
    with qtbot.waitSignal(player.unavailable) as notice:
        player.play([Cue(START, "Bird dog, 6 holds of 8 seconds")])
    reason = notice.args[0]
    assert "Sounds are off because the audio library could not be loaded" in reason
    assert "Voice cues are off because the speech module could not be loaded" in reason
    with qtbot.assertNotEmitted(player.unavailable, wait=100):
        player.play([Cue(TICK, "3")])
        player.set_settings(CueSettings(volume=0.2))
        player.set_muted(True)
        player.set_muted(False)
        player.prepare()
        player.play([Cue(REST, "Rest")])
    assert player.speech_engine is None


def test_a_hanging_speech_engine_times_out_without_blocking(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A speech engine that never comes up is given up after the probe time limit."""
    release = threading.Event()

    def hang(engine: str | None) -> str | None:
        release.wait(timeout=30)
        return None

    monkeypatch.setattr(cue_output, "probe_speech_engine", hang)
    player = CuePlayer(CueSettings(sounds=False), probe_timeout_ms=100)
    try:
        with qtbot.waitSignal(player.unavailable, timeout=2000) as notice:
            player.play([Cue(None, "Get ready")])  # returns at once: the probe runs elsewhere
        assert notice.args == [
            "Voice cues are off because the speech engine did not respond within 0.1 seconds."
        ]
    finally:
        release.set()
    with qtbot.assertNotEmitted(player.unavailable, wait=100):
        pass  # the late answer of the probe changes nothing
    assert player.speech_engine is None


@pytest.mark.skipif(MULTIMEDIA_PROBLEM is not None, reason=str(MULTIMEDIA_PROBLEM))
def test_without_an_audio_device_sounds_are_reported_off(qtbot: QtBot) -> None:
    """QtMultimedia loads but finds no output device: sounds are reported off, once."""
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.audioOutputs():
        pytest.skip("this machine has an audio output device")
    player = CuePlayer(CueSettings(voice=False))
    with qtbot.waitSignal(player.unavailable) as notice:
        player.play([Cue(START, None)])
    assert notice.args == ["Sounds are off because no audio output device was found."]


# --- with Qt's mock speech engine ---------------------------------------------------------------


@pytest.fixture
def voice_player(qtbot: QtBot, mock_voice: None) -> Iterator[CuePlayer]:
    """A player whose voice runs on Qt's mock engine (it 'speaks' a word every 100 ms)."""
    player = CuePlayer(CueSettings(sounds=False))
    player.prepare()
    qtbot.waitUntil(lambda: player.speech_engine is not None)
    yield player
    player.close()


def spoken_words(player: CuePlayer) -> list[str]:
    words: list[str] = []
    assert player.speech_engine is not None
    player.speech_engine.sayingWord.connect(lambda word, *_: words.append(word))
    return words


@needs_speech
def test_mock_engine_receives_the_words(qtbot: QtBot, voice_player: CuePlayer) -> None:
    """The speech engine is handed each cue's text."""
    words = spoken_words(voice_player)
    voice_player.play([Cue(None, "Switch sides")])
    qtbot.waitUntil(lambda: words == ["Switch", "sides"])


@needs_speech
def test_a_new_utterance_interrupts_the_last(qtbot: QtBot, voice_player: CuePlayer) -> None:
    """The voice never lags: a new cue cuts the previous sentence off mid-way."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    engine = voice_player.speech_engine
    assert engine is not None
    words = spoken_words(voice_player)
    voice_player.play([Cue(None, "Bird dog, right side, 6 holds")])
    qtbot.waitUntil(lambda: words == ["Bird"])
    voice_player.play([Cue(None, "Rest")])
    qtbot.waitUntil(lambda: words[-1:] == ["Rest"])
    qtbot.waitUntil(lambda: engine.state() is QTextToSpeech.State.Ready)
    assert words == ["Bird", "Rest"]


@needs_speech
def test_mute_and_volume_reach_the_speech_engine(qtbot: QtBot, voice_player: CuePlayer) -> None:
    """Volume applies to the voice; muting silences the sentence being spoken."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    engine = voice_player.speech_engine
    assert engine is not None
    voice_player.set_settings(CueSettings(sounds=False, volume=0.3))
    assert engine.volume() == pytest.approx(0.3)
    voice_player.play([Cue(None, "Well done. Routine complete.")])
    assert engine.state() is QTextToSpeech.State.Speaking
    voice_player.set_muted(True)
    assert engine.state() is QTextToSpeech.State.Ready


@needs_speech
@pytest.mark.usefixtures("mock_voice")
def test_words_asked_for_while_the_engine_loads_are_said_when_it_is_up(qtbot: QtBot) -> None:
    """The first announcement of a session is not lost to the engine's start-up."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    player = CuePlayer(CueSettings(sounds=False))
    player.play([Cue(None, "Bird dog, 6 holds of 8 seconds")])
    assert player.speech_engine is None  # still loading
    qtbot.waitUntil(lambda: player.speech_engine is not None)
    assert player.speech_engine.state() is QTextToSpeech.State.Speaking


@needs_speech
def test_an_unknown_speech_engine_is_reported(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking for an engine that is not installed gives a notice saying so."""
    monkeypatch.setenv(ENV_SPEECH_ENGINE, "no-such-engine")
    player = CuePlayer(CueSettings(sounds=False))
    with qtbot.waitSignal(player.unavailable) as notice:
        player.prepare()
    assert notice.args == [
        'Voice cues are off because the speech engine "no-such-engine" is not installed.'
    ]


@needs_speech
def test_unknown_engines_are_probed_in_a_child_process() -> None:
    """A real (possibly hanging) engine is tried in a child process; its verdict comes back."""
    reason = cue_output.probe_speech_engine("no_such_engine_here", timeout_s=30)
    assert reason == 'the speech engine "no_such_engine_here" is not installed'


def test_a_child_probe_that_hangs_is_abandoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """If the child process does not answer in time, voice is reported off, nothing hangs."""
    import subprocess

    def hang(*_args: object, **kwargs: object) -> None:
        raise subprocess.TimeoutExpired("probe", kwargs.get("timeout", 0))

    monkeypatch.setattr(cue_output.subprocess, "run", hang)
    if SPEECH_PROBLEM is not None:
        pytest.skip(str(SPEECH_PROBLEM))
    assert "did not respond within 7 seconds" in (cue_output.probe_speech_engine(None) or "")


# --- the voice's language -----------------------------------------------------------------------


def test_the_voice_takes_the_apps_language_where_the_engine_has_it() -> None:
    """German app, German voices installed: Germany's (the language's usual region) is chosen."""
    from PySide6.QtCore import QLocale

    english, swiss, german = QLocale("en_GB"), QLocale("de_CH"), QLocale("de_DE")
    chosen = cue_output.voice_locale([english, swiss, german], english, "de")
    assert chosen == german
    assert cue_output.voice_locale([english, swiss], english, "de") == swiss


def test_without_a_voice_of_the_language_the_engine_keeps_its_own() -> None:
    """No Spanish voice: nothing changes (an English voice beats silence); already right: kept."""
    from PySide6.QtCore import QLocale

    english, german = QLocale("en_GB"), QLocale("de_DE")
    assert cue_output.voice_locale([english, german], english, "es") is None
    assert cue_output.voice_locale([english, german], german, "de") is None


@needs_speech
@pytest.mark.usefixtures("mock_voice")
def test_the_engine_speaks_the_apps_language_or_keeps_its_default(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's mock engine has Finnish but no German: a Finnish app gets the Finnish voice, a
    German one the engine's default, with voice cues on and no notice either way."""
    from backtimer import i18n

    for language, expected in (("fi", "fi_FI"), ("de", "en_GB")):
        monkeypatch.setattr(i18n, "current_language", lambda language=language: language)
        player = CuePlayer(CueSettings(sounds=False))
        notices: list[str] = []
        player.unavailable.connect(notices.append)
        player.prepare()
        qtbot.waitUntil(lambda player=player: player.speech_engine is not None)
        assert player.speech_engine.locale().name() == expected
        assert player.voice_names(), "the voice picker still lists voices"
        assert notices == []
        player.close()

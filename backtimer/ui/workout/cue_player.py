"""Workout cues out loud, sounds and voice, best effort: where audio fails, silence and a notice.

QtMultimedia and QtTextToSpeech are imported here only, lazily and inside ``try``: they fail to
import where the system lacks libpulse, and the app must still run. Speech engines can also hang:
a speech-dispatcher daemon without an audio device can block the ``QTextToSpeech`` constructor,
so the engine is first tried on a worker thread with a time limit, and only an engine that came up
there is built on the GUI thread. The voice speaks the app's language when the engine has a voice
for it (the cue words come translated from ``backtimer.workout.cues``); otherwise the engine keeps
its own default, since an English voice reading German is still better than silence.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from importlib.resources import as_file
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, QUrl, Signal, Slot

from backtimer import assets, i18n
from backtimer.workout.cues import Cue, CueSettings, SoundName

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

logger = logging.getLogger(__name__)

ENV_SPEECH_ENGINE = "BACKTIMER_SPEECH_ENGINE"
"""Force a speech engine by name ("mock" in tests, "speechd", "flite"…); unset: Qt's default."""
SPEECH_PROBE_TIMEOUT_MS = 8000


class Announcer(Protocol):
    """Anything that can make a cue heard."""

    def say(self, text: str) -> None: ...

    def play(self, sound: SoundName) -> None: ...


class RecordingAnnouncer:
    """An announcer for tests: remembers, in order, what it was asked to play and say."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def say(self, text: str) -> None:
        self.calls.append(("say", text))

    def play(self, sound: SoundName) -> None:
        self.calls.append(("play", sound.value))


SAFE_IN_PROCESS_ENGINES = frozenset({"mock"})
"""Engines that never block, probed in this process; any other is probed in a child process."""

_PROBE_CHILD = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtTextToSpeech import QTextToSpeech
app = QCoreApplication(sys.argv[:1])
engine = sys.argv[1]
if engine and engine not in QTextToSpeech.availableEngines():
    print(f'the speech engine "{engine}" is not installed')
    sys.exit(0)
speech = QTextToSpeech(engine) if engine else QTextToSpeech()
if speech.state() is QTextToSpeech.State.Error:
    print(f"the speech engine could not start ({speech.errorString()})")
"""


def probe_speech_engine(engine: str | None, timeout_s: float = 7.0) -> str | None:
    """Try to start ``engine`` (``None``: Qt's default); ``None`` if it works, else why not.

    Runs on a worker thread. A speech daemon without audio can block the engine's constructor
    inside Qt while it holds Python's GIL, which would freeze the whole app even from a worker
    thread, so unknown engines are tried in a child process that can simply be abandoned.
    """
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:  # missing libpulse and friends
        return QCoreApplication.translate(
            "CuePlayer", "the speech module could not be loaded ({error})"
        ).format(error=error)
    if engine in SAFE_IN_PROCESS_ENGINES:
        if engine not in QTextToSpeech.availableEngines():
            return QCoreApplication.translate(
                "CuePlayer", 'the speech engine "{engine}" is not installed'
            ).format(engine=engine)
        return None
    try:
        child = subprocess.run(
            [sys.executable, "-c", _PROBE_CHILD, engine or ""],
            capture_output=True,
            text=True,
            timeout=timeout_s,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        return QCoreApplication.translate(
            "CuePlayer", "the speech engine did not respond within {seconds} seconds"
        ).format(seconds=f"{timeout_s:g}")
    except OSError as error:
        return QCoreApplication.translate(
            "CuePlayer", "the speech engine could not be tried ({error})"
        ).format(error=error)
    if child.returncode != 0:
        return QCoreApplication.translate("CuePlayer", "the speech engine crashed while starting")
    return child.stdout.strip() or None


def voice_locale(available: Sequence[QLocale], current: QLocale, language: str) -> QLocale | None:
    """The engine locale to speak ``language`` (e.g. "de") in; None to keep ``current``.

    None when ``current`` already speaks it or no ``available`` locale does. Among several, the
    system's own region wins (Austrian German on an Austrian system), then the language's usual
    one (``QLocale("de")`` is Germany), then the engine's first.
    """
    wanted = QLocale(language).language()
    if current.language() == wanted:
        return None
    matching = [locale for locale in available if locale.language() == wanted]
    if not matching:
        return None
    for preferred in (QLocale.system(), QLocale(language)):
        for locale in matching:
            if locale.language() == wanted and locale.territory() == preferred.territory():
                return locale
    return matching[0]


class CuePlayer(QObject):
    """Plays the cues the ``CuePlanner`` chose, honouring volume, sound/voice switches and mute.

    Audio loads on ``prepare()`` or the first ``play()``, not at start-up. Speech says only the
    newest utterance: a new one interrupts the last, so the voice never lags behind the timer.

    Signals:
        unavailable(str): sound or voice cannot work here; a sentence saying which and why.
            Emitted at most once per player, after every channel asked for has been tried.
        speech_ready: the speech engine came up; its voices can be listed now.
    """

    unavailable = Signal(str)
    speech_ready = Signal()
    _speech_probed = Signal(int, object)  # probe generation, reason or None; from a worker thread

    def __init__(
        self,
        settings: CueSettings | None = None,
        parent: QObject | None = None,
        *,
        announcer: Announcer | None = None,
        speech_engine: str | None = None,
        probe_timeout_ms: int = SPEECH_PROBE_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or CueSettings()
        self._muted = False
        self._announcer = announcer
        self._engine_name = os.environ.get(ENV_SPEECH_ENGINE) or speech_engine
        self._effects: dict[SoundName, Any] = {}  # SoundName -> QSoundEffect
        self._speech: QTextToSpeech | None = None
        self._files = contextlib.ExitStack()
        self._sounds_tried = False
        self._voice_tried = False
        self._voice_loading = False
        self._pending_speech: str | None = None
        self._sound_problems: list[str] = []
        self._voice_failure: str | None = None
        self._rate = 0.0
        self._voice_name = ""
        self._reported = False
        self._probe_generation = 0
        self._probe_timer = QTimer(self, singleShot=True, interval=probe_timeout_ms)
        self._probe_timer.timeout.connect(self._on_speech_probe_timed_out)
        self._speech_probed.connect(self._on_speech_probed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._files.close)

    # --- public API -----------------------------------------------------------------------------

    @property
    def speech_engine(self) -> QTextToSpeech | None:
        """The live speech engine once voice works (for a voice picker, and for tests)."""
        return self._speech

    @property
    def voice_failure(self) -> str | None:
        """Why voice cannot work here, once that is known; None while it works or is untried."""
        return self._voice_failure

    @property
    def sound_problems(self) -> str:
        """Why sounds cannot play here, in sentences; empty while they can (or are untried).

        Voice has ``voice_failure``: a window that shows both says each once.
        """
        return " ".join(self._sound_problems)

    def voice_names(self) -> list[str]:
        """The engine's voices, for a picker; empty until ``speech_ready``."""
        if self._speech is None:
            return []
        return [voice.name() for voice in self._speech.availableVoices()]

    def set_voice(self, rate: float, voice_name: str) -> None:
        """Speech pace (-1 slowest … 1 fastest) and voice by name ("" = the engine's default)."""
        self._rate = max(-1.0, min(1.0, rate))
        self._voice_name = voice_name
        if self._speech is not None:
            self._apply_voice(self._speech)

    def say_now(self, text: str) -> None:
        """Say ``text`` whatever the voice setting, e.g. a test from the settings dialog."""
        if not self._voice_tried and self._announcer is None:
            self._voice_tried = True
            self._start_speech_probe()
        self._say(text)

    def play_sound_now(self, sound: SoundName) -> None:
        """Play ``sound`` whatever the sound setting, e.g. a test from the settings dialog."""
        if not self._sounds_tried and self._announcer is None:
            self._sounds_tried = True
            self._load_sounds()
            self._report_if_settled()
        self._play_sound(sound)

    def prepare(self) -> None:
        """Load the output for every enabled channel now, e.g. when a workout screen opens."""
        if self._announcer is not None:
            return
        if self._settings.sounds and not self._sounds_tried:
            self._sounds_tried = True
            self._load_sounds()
        if self._settings.voice and not self._voice_tried:
            self._voice_tried = True
            self._start_speech_probe()
        self._report_if_settled()

    def play(self, cues: list[Cue]) -> None:
        """Play the sounds and say the words of ``cues``, in order; never raises."""
        if self._muted or not cues:
            return
        self.prepare()
        for cue in cues:
            if cue.sound is not None and self._settings.sounds:
                self._play_sound(cue.sound)
            if cue.speech and self._settings.voice:
                self._say(cue.speech)

    def set_muted(self, muted: bool) -> None:
        """Mute stops what is sounding now, not only what comes next."""
        self._muted = muted
        if muted:
            self._stop_all()

    def set_settings(self, settings: CueSettings) -> None:
        self._settings = settings
        for effect in self._effects.values():
            effect.setVolume(settings.volume)
        if self._speech is not None:
            self._speech.setVolume(settings.volume)
        if not settings.voice and self._speech is not None:
            self._speech.stop()
        if self._sounds_tried or self._voice_tried:
            self.prepare()  # a channel switched on mid-session loads now

    def close(self) -> None:
        """Let go of the sound files (temporary copies when the app runs from a zip)."""
        self._stop_all()
        self._files.close()

    # --- output -----------------------------------------------------------------------------

    def _play_sound(self, sound: SoundName) -> None:
        if self._announcer is not None:
            self._announcer.play(sound)
        elif (effect := self._effects.get(sound)) is not None:
            effect.play()

    def _say(self, text: str) -> None:
        if self._announcer is not None:
            self._announcer.say(text)
        elif self._speech is not None:
            self._speech.stop()
            self._speech.say(text)
        elif self._voice_loading:
            self._pending_speech = text  # said once the engine is up, if it comes up in time

    def _stop_all(self) -> None:
        self._pending_speech = None
        for effect in self._effects.values():
            effect.stop()
        if self._speech is not None:
            self._speech.stop()

    # --- loading sounds ---------------------------------------------------------------------

    def _load_sounds(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            logger.warning("Sound cues off: QtMultimedia failed to import: %s", error)
            self._sound_problems.append(
                self.tr(
                    "Sounds are off because the audio library could not be loaded ({error})."
                ).format(error=error)
            )
            return
        if not QMediaDevices.audioOutputs():
            self._sound_problems.append(
                self.tr("Sounds are off because no audio output device was found.")
            )
            return
        for name in SoundName:
            try:  # QSoundEffect needs a real file: from a zip, as_file makes a temporary copy
                path = self._files.enter_context(as_file(assets.sound(name.file_name)))
            except OSError as error:
                logger.error("Cue sound %s missing: %s", name.file_name, error)
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._settings.volume)
            self._effects[name] = effect

    # --- loading speech ---------------------------------------------------------------------

    def _start_speech_probe(self) -> None:
        # Import the module here, on the GUI thread: a thread importing PySide6 modules while
        # the GUI thread uses Qt can deadlock on the GIL and a Qt lock. Only the engine's
        # constructor, which can hang on a silent speech daemon, runs on the probe thread.
        with contextlib.suppress(ImportError):
            importlib.import_module("PySide6.QtTextToSpeech")
        self._voice_loading = True
        self._probe_generation += 1
        generation, engine = self._probe_generation, self._engine_name
        self._probe_timer.start()
        threading.Thread(
            target=self._run_speech_probe,
            args=(generation, engine, probe_speech_engine),
            name="speech-probe",
            daemon=True,  # a hung engine must not keep the app from quitting
        ).start()

    def _run_speech_probe(
        self, generation: int, engine: str | None, probe: Callable[[str | None], str | None]
    ) -> None:
        try:
            reason = probe(engine)
        except Exception as error:  # any failure of a third-party engine means "no voice"
            logger.exception("Speech engine probe failed")
            reason = QCoreApplication.translate(
                "CuePlayer", "the speech engine failed ({error})"
            ).format(error=error)
        with contextlib.suppress(RuntimeError):  # the player was deleted meanwhile
            self._speech_probed.emit(generation, reason)

    @Slot(int, object)
    def _on_speech_probed(self, generation: int, reason: str | None) -> None:
        if generation != self._probe_generation or not self._voice_loading:
            return  # timed out already; a late answer changes nothing
        self._probe_timer.stop()
        if reason is None:
            reason = self._create_speech()
        self._voice_loading = False
        if reason is not None:
            self._voice_failed(reason)
        elif self._pending_speech:
            self._say(self._pending_speech)
        self._pending_speech = None
        self._report_if_settled()

    @Slot()
    def _on_speech_probe_timed_out(self) -> None:
        if not self._voice_loading:
            return
        self._voice_loading = False
        self._pending_speech = None
        seconds = self._probe_timer.interval() / 1000
        self._voice_failed(
            self.tr("the speech engine did not respond within {seconds} seconds").format(
                seconds=f"{seconds:g}"
            )
        )
        self._report_if_settled()

    def _create_speech(self) -> str | None:
        """Build the engine on the GUI thread, now that the probe showed it starts."""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            return self.tr("the speech module could not be loaded ({error})").format(error=error)
        engine = self._engine_name
        speech = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if speech.state() is QTextToSpeech.State.Error:
            reason = self.tr("the speech engine could not start ({error})").format(
                error=speech.errorString()
            )
            speech.deleteLater()
            return reason
        speech.setVolume(self._settings.volume)
        self._apply_language(speech)
        self._apply_voice(speech)
        self._speech = speech
        self.speech_ready.emit()
        return None

    def _apply_language(self, speech: QTextToSpeech) -> None:
        """Speak the app's language where the engine has a voice for it (voices then list it)."""
        language = i18n.current_language()
        locale = voice_locale(speech.availableLocales(), speech.locale(), language)
        if locale is None:
            if speech.locale().language() != QLocale(language).language():
                logger.info("no %s voice in this speech engine; using its default", language)
            return
        speech.setLocale(locale)

    def _apply_voice(self, speech: QTextToSpeech) -> None:
        speech.setRate(self._rate)
        if not self._voice_name:
            return
        chosen = next((v for v in speech.availableVoices() if v.name() == self._voice_name), None)
        if chosen is None:
            logger.info("voice %r not offered by this engine; using its default", self._voice_name)
        else:
            speech.setVoice(chosen)

    def _voice_failed(self, reason: str) -> None:
        logger.warning("Voice cues off: %s", reason)
        self._voice_failure = reason

    def _report_if_settled(self) -> None:
        """Once nothing is loading any more, say what failed, in one message, once."""
        problems = list(self._sound_problems)
        if self._voice_failure is not None:
            problems.append(
                self.tr("Voice cues are off because {reason}.").format(reason=self._voice_failure)
            )
        if problems and not self._voice_loading and not self._reported:
            self._reported = True
            self.unavailable.emit(" ".join(problems))

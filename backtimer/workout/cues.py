"""What to play and say for each engine event: the rules of sound and voice cues, without Qt.

The rules live here, apart from the audio output (``backtimer.ui.workout.cue_player``), so that
they are plain functions of events and settings that a test can read like a table, and so that
the output can fail (no audio device, no speech engine) without taking any rule with it. What is
said is in the current language (``backtimer.i18n``, set by the GUI to its own).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from backtimer.i18n import QT_TRANSLATE_NOOP, translate
from backtimer.library.describe import describe_dosage
from backtimer.library.model import Interval, Side, Sides
from backtimer.workout.events import (
    CountdownTick,
    EngineEvent,
    Finished,
    Halfway,
    RepChanged,
    StepCompleted,
    StepStarted,
)
from backtimer.workout.plan import ALTERNATE_LABEL, Plan, Step, StepKind

FINISHED_SPEECH = QT_TRANSLATE_NOOP("VoiceCues", "Well done. Routine complete.")
HALFWAY_SPEECH = QT_TRANSLATE_NOOP("VoiceCues", "Halfway")
"""Spoken in English as they stand; ``CuePlanner`` says them through ``translate``."""
FIRST_SIDE = {
    Side.LEFT: QT_TRANSLATE_NOOP("VoiceCues", "left side first"),
    Side.RIGHT: QT_TRANSLATE_NOOP("VoiceCues", "right side first"),
}
SIDE_NOW = {
    Side.LEFT: QT_TRANSLATE_NOOP("VoiceCues", "Left side"),
    Side.RIGHT: QT_TRANSLATE_NOOP("VoiceCues", "Right side"),
}
LABEL_AND_SIDE = {
    Side.LEFT: QT_TRANSLATE_NOOP("VoiceCues", "{label}, left side"),
    Side.RIGHT: QT_TRANSLATE_NOOP("VoiceCues", "{label}, right side"),
}
PHASE_CONTEXT = "PhaseStyle"
"""Where ``backtimer.workout.plan`` files its step labels ("Hold", "Rest", "Switch sides")."""


def _said(text: str) -> str:
    return translate("VoiceCues", text)


def _describe_tr(text: str) -> str:
    return translate("describe", text)


def _label(label: str) -> str:
    """A step's label as said: the plan's own words translated, a routine's own as they are."""
    return translate(PHASE_CONTEXT, label)


class SoundName(StrEnum):
    """The shipped cue sounds; each is ``resources/sounds/<value>.wav``."""

    START = "start"
    END = "end"
    REST = "rest"
    TICK = "tick"
    HALFWAY = "halfway"
    FINISH = "finish"

    @property
    def file_name(self) -> str:
        return f"{self.value}.wav"


SOUND_PRIORITY: tuple[SoundName, ...] = (
    SoundName.FINISH,
    SoundName.START,
    SoundName.REST,
    SoundName.END,
    SoundName.HALFWAY,
    SoundName.TICK,
)
"""When one batch of events asks for several sounds, only the first of these plays.

A step that runs out and the next that starts are one moment: "end" then "rest" played together
is a clash, and the sound of what begins now tells the user more than the one of what ended.
"""


@dataclass(frozen=True)
class Cue:
    """One moment's output: at most one sound and one utterance."""

    sound: SoundName | None = None
    speech: str | None = None

    def __bool__(self) -> bool:
        return self.sound is not None or bool(self.speech)


@dataclass(frozen=True)
class CueSettings:
    """The user's cue preferences; ``volume`` (0-1) is for the output, the rest for the rules."""

    sounds: bool = True
    voice: bool = True
    countdown_voice: bool = True
    countdown_beeps: bool = True
    volume: float = 0.8


@dataclass
class CuePlanner:
    """Turns the events of one engine call into what to play, following the user's settings.

    It remembers the block of the last started step, so an exercise is announced once when the
    session enters it, whether or not the routine has get-ready steps, and again when "back"
    returns to it from another exercise.
    """

    plan: Plan
    settings: CueSettings = field(default_factory=CueSettings)
    muted: bool = False
    _announced_block: int | None = field(default=None, init=False, repr=False)

    def cues_for(self, events: Iterable[EngineEvent]) -> list[Cue]:
        """The cue for one batch of events (what a single ``poll`` or user action returned).

        Late events are dropped, not replayed: a countdown or "Rest" that was due seconds ago
        would only contradict the screen. A batch yields at most one cue, with the most
        important sound (see ``SOUND_PRIORITY``) and every utterance joined in order.
        """
        cues = [cue for event in events if not event.late and (cue := self._cue_for(event))]
        if self.muted or not cues:
            return []
        merged = _merge(cues)
        merged = Cue(
            sound=merged.sound if self.settings.sounds else None,
            speech=merged.speech if self.settings.voice else None,
        )
        return [merged] if merged else []

    def _cue_for(self, event: EngineEvent) -> Cue | None:
        match event:
            case StepStarted(step=step):
                return self._step_started(step)
            case StepCompleted(step=step, skipped=False) if step.is_timed and step.kind.is_active:
                return Cue(sound=SoundName.END)
            case CountdownTick(seconds_left=seconds_left):
                speech = str(seconds_left) if self.settings.countdown_voice else None
                sound = SoundName.TICK if self.settings.countdown_beeps else None
                return Cue(sound=sound, speech=speech)
            case Halfway():
                return Cue(sound=SoundName.HALFWAY, speech=_said(HALFWAY_SPEECH))
            case RepChanged(step=step, rep=rep):
                return Cue(speech=step.rep_label(rep) or None)
            case Finished():
                return Cue(sound=SoundName.FINISH, speech=_said(FINISHED_SPEECH))
        return None

    def _step_started(self, step: Step) -> Cue:
        announce = step.kind is StepKind.PREPARE or step.block_index != self._announced_block
        self._announced_block = step.block_index
        parts = [self.announcement(step)] if announce else []
        match step.kind:
            case StepKind.PREPARE:
                sound = None
            case StepKind.REST:
                sound = SoundName.REST
                parts.append(_label(step.label))
            case StepKind.SWITCH:
                sound = None
                parts.append(self._switch_speech(step))
            case _:
                sound = SoundName.START
                parts.append(self._active_speech(step))
        return Cue(sound=sound, speech=". ".join(part for part in parts if part) or None)

    def announcement(self, step: Step) -> str:
        """The exercise, side and dosage: "Bird dog, left side first, 6 holds of 8 seconds"."""
        block = self.plan.routine.blocks[step.block_index]
        parts = [step.exercise_name]
        if block.sides is Sides.EACH:
            side = step.side or self._first_side(step)
            if side is not None:
                parts.append(_said(FIRST_SIDE[side]))
        # "5/3/1 holds" reads well but a speech engine may say "slash" or a date.
        parts.append(describe_dosage(block, _describe_tr).replace("/", ", "))
        return ", ".join(parts)

    def _active_speech(self, step: Step) -> str:
        """What to say as exercise begins; where words add nothing the start sound says "go"."""
        block = self.plan.routine.blocks[step.block_index]
        if step.kind is StepKind.HOLD:
            if block.sides is Sides.ALTERNATE and step.side is not None:
                return _said(LABEL_AND_SIDE[step.side]).format(label=_label(step.label))
            return _label(step.label)
        if step.kind is StepKind.TAP:
            return step.cue or _label(step.label)
        if isinstance(block.dosage, Interval) or step.label == ALTERNATE_LABEL:
            return _label(step.label)
        if step.side is not None:
            return _said(SIDE_NOW[step.side])
        return ""

    def _switch_speech(self, step: Step) -> str:
        upcoming = self._next_step(step)
        if upcoming is not None and upcoming.side is not None:
            return f"{_label(step.label)}. {_said(SIDE_NOW[upcoming.side])}"
        return _label(step.label)

    def _first_side(self, step: Step) -> Side | None:
        """The side the block starts on, as seen from its get-ready step (which has none)."""
        later = self.plan.steps[step.index + 1 :]
        return next(
            (s.side for s in later if s.block_index == step.block_index and s.side is not None),
            None,
        )

    def _next_step(self, step: Step) -> Step | None:
        following = step.index + 1
        return self.plan.steps[following] if following < len(self.plan.steps) else None


def _merge(cues: list[Cue]) -> Cue:
    sounds = {cue.sound for cue in cues if cue.sound is not None}
    sound = next((name for name in SOUND_PRIORITY if name in sounds), None)
    speech = ". ".join(cue.speech for cue in cues if cue.speech)
    return Cue(sound=sound, speech=speech or None)

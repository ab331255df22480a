"""Cue rules: which sound and words each engine event gets, under the user's settings."""

from __future__ import annotations

import runpy
import wave
from dataclasses import replace
from pathlib import Path

import pytest

from backtimer import assets
from backtimer.library.model import (
    Block,
    Continuous,
    Exercise,
    Hold,
    Interval,
    PacedReps,
    Sides,
    TapWhenDone,
)
from backtimer.workout.clock import FakeClock
from backtimer.workout.cues import (
    FINISHED_SPEECH,
    Cue,
    CuePlanner,
    CueSettings,
    SoundName,
)
from backtimer.workout.engine import Engine
from backtimer.workout.events import (
    CountdownTick,
    Finished,
    Halfway,
    Paused,
    RepChanged,
    Resumed,
    StepCompleted,
    StepStarted,
    Stopped,
)
from backtimer.workout.plan import Plan, Step, StepKind
from tests.core.builders import make_exercise as shared_make_exercise
from tests.core.builders import plan_from

START, END, REST, TICK = SoundName.START, SoundName.END, SoundName.REST, SoundName.TICK
HALFWAY, FINISH = SoundName.HALFWAY, SoundName.FINISH

NAMES = {
    "bird_dog": "Bird dog",
    "pelvic_tilt": "Pelvic tilt",
    "walk": "Easy walk",
    "brisk": "Brisk walk",
    "sit_stand": "Sit to stand",
    "relax": "Muscle relaxation",
}


def make_exercise(exercise_id: str) -> Exercise:
    return shared_make_exercise(exercise_id, NAMES[exercise_id])


EXERCISES = {exercise_id: make_exercise(exercise_id) for exercise_id in NAMES}


def plan_of(*blocks: Block, prepare_s: float = 0.0) -> Plan:
    return plan_from(EXERCISES, *blocks, prepare_s=prepare_s)


def first(plan: Plan, kind: StepKind, nth: int = 0) -> Step:
    return [step for step in plan.steps if step.kind is kind][nth]


def started(planner: CuePlanner, step: Step) -> list[Cue]:
    return planner.cues_for([StepStarted(step, at=0.0)])


# --- announcements ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "speech"),
    [
        (
            Block("bird_dog", Hold(8, (6,)), sides=Sides.EACH),
            "Bird dog, left side first, 6 holds of 8 seconds each side",
        ),
        (
            Block("bird_dog", Hold(8, (6,)), sides=Sides.ALTERNATE),
            "Bird dog, 6 holds of 8 seconds per side, alternating",
        ),
        (
            Block("bird_dog", Hold(8, (5, 3, 1))),
            "Bird dog, 5, 3, 1 holds of 8 seconds, in descending sets",
        ),
        (Block("pelvic_tilt", PacedReps(4, (10, 10))), "Pelvic tilt, 10 reps, 2 sets"),
        (Block("walk", Continuous(600)), "Easy walk, 10 minutes"),
        (
            Block("brisk", Interval(180, 120, 4, "Brisk", "Easy")),
            "Brisk walk, 4 rounds of 3 minutes brisk and 2 minutes easy",
        ),
        (Block("sit_stand", TapWhenDone("10 sit-to-stands")), "Sit to stand, 10 sit-to-stands"),
    ],
)
def test_get_ready_announces_exercise_side_and_dosage(block: Block, speech: str) -> None:
    """A get-ready step says the exercise, its first side and its dosage, with no sound."""
    plan = plan_of(block, prepare_s=10)
    assert started(CuePlanner(plan), plan.steps[0]) == [Cue(sound=None, speech=speech)]


def test_exercise_is_announced_on_its_first_step_when_there_is_no_get_ready() -> None:
    """Without get-ready steps the first step of a block carries the announcement."""
    plan = plan_of(Block("walk", Continuous(600)), Block("pelvic_tilt", PacedReps(4, (10,))))
    planner = CuePlanner(plan)
    walk, tilt = plan.steps
    assert started(planner, walk) == [Cue(START, "Easy walk, 10 minutes")]
    assert started(planner, tilt) == [Cue(START, "Pelvic tilt, 10 reps")]


def test_going_back_to_an_exercise_announces_it_again_but_not_within_it() -> None:
    """Re-entering a block after another one repeats the announcement; its next holds do not."""
    plan = plan_of(Block("bird_dog", Hold(8, (2,))), Block("walk", Continuous(60)))
    planner = CuePlanner(plan)
    hold_1, hold_2, walk = plan.steps
    assert started(planner, hold_1)[0].speech == "Bird dog, 2 holds of 8 seconds. Hold"
    assert started(planner, hold_2)[0].speech == "Hold"
    assert started(planner, walk)[0].speech == "Easy walk, 1 minute"
    assert started(planner, hold_1)[0].speech == "Bird dog, 2 holds of 8 seconds. Hold"


# --- steps starting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "kind", "nth", "cue"),
    [
        pytest.param(Block("bird_dog", Hold(8, (2,), rest_rep_s=3)), "hold", 1, Cue(START, "Hold")),
        pytest.param(
            Block("bird_dog", Hold(8, (2,), rest_rep_s=3)), "rest", 0, Cue(REST, "Rest"), id="rest"
        ),
        pytest.param(
            Block("bird_dog", Hold(8, (1,)), sides=Sides.ALTERNATE),
            "hold",
            1,
            Cue(START, "Hold, right side"),
            id="alternating-holds-name-the-side",
        ),
        pytest.param(
            Block("bird_dog", Hold(8, (1,)), sides=Sides.EACH, switch_s=5),
            "switch",
            0,
            Cue(None, "Switch sides. Right side"),
            id="switch-names-the-next-side",
        ),
        pytest.param(
            Block("pelvic_tilt", PacedReps(4, (10,)), sides=Sides.EACH),
            "work",
            1,
            Cue(START, "Right side"),
            id="paced-reps-each-side",
        ),
        pytest.param(
            Block("pelvic_tilt", PacedReps(4, (5, 5)), rest_set_s=20),
            "work",
            1,
            Cue(START, None),
            id="paced-reps-second-set-sound-only",
        ),
        pytest.param(
            Block("brisk", Interval(180, 120, 2, "Brisk", "Easy")),
            "work",
            1,
            Cue(START, "Brisk"),
            id="interval-work-label",
        ),
        pytest.param(
            Block("brisk", Interval(180, 120, 2, "Brisk", "Easy")),
            "rest",
            0,
            Cue(REST, "Easy"),
            id="interval-rest-label",
        ),
    ],
)
def test_step_start_cues(block: Block, kind: str, nth: int, cue: Cue) -> None:
    """Within an exercise, each kind of step starts with its own sound and words."""
    plan = plan_of(block)
    planner = CuePlanner(plan)
    planner.cues_for([StepStarted(plan.steps[0], at=0.0)])  # the announcement is out of the way
    assert started(planner, first(plan, StepKind(kind), nth)) == [cue]


def test_tap_step_says_its_target() -> None:
    """A tap-when-done step starts with the start sound and says what to do."""
    plan = plan_of(Block("sit_stand", TapWhenDone("10 sit-to-stands")), prepare_s=5)
    planner = CuePlanner(plan)
    started(planner, plan.steps[0])
    assert started(planner, plan.steps[1]) == [Cue(START, "10 sit-to-stands")]


# --- in-step events -----------------------------------------------------------------------------

HOLD_PLAN = plan_of(Block("bird_dog", Hold(30, (2,), rest_rep_s=5)))
A_HOLD = HOLD_PLAN.steps[0]


@pytest.mark.parametrize(
    ("event", "cues"),
    [
        (CountdownTick(A_HOLD, 3, at=0.0), [Cue(TICK, "3")]),
        (CountdownTick(A_HOLD, 1, at=0.0), [Cue(TICK, "1")]),
        (Halfway(A_HOLD, at=0.0), [Cue(HALFWAY, "Halfway")]),
        (StepCompleted(A_HOLD, 0.0, 30.0, 30.0, skipped=False), [Cue(END)]),
        (StepCompleted(A_HOLD, 0.0, 3.0, 3.0, skipped=True), []),
        (Finished(at=0.0, completed=3, skipped=0), [Cue(FINISH, FINISHED_SPEECH)]),
        (Paused(at=0.0), []),
        (Resumed(at=0.0, paused_s=5.0), []),
        (Stopped(at=0.0), []),
    ],
)
def test_event_cues(event: object, cues: list[Cue]) -> None:
    """Countdown, halfway, end and finish have cues; skips, pauses and stops stay quiet."""
    assert CuePlanner(HOLD_PLAN).cues_for([event]) == cues  # type: ignore[list-item]


def test_rest_and_get_ready_ends_make_no_end_sound() -> None:
    """Only the end of exercise rings "end": the end of a rest is the next start."""
    rest = first(HOLD_PLAN, StepKind.REST)
    assert CuePlanner(HOLD_PLAN).cues_for([StepCompleted(rest, 0.0, 5.0, 5.0, False)]) == []


def test_rep_labels_are_spoken_as_each_rep_begins() -> None:
    """Paced reps with labels (e.g. muscle groups) say each label when its rep begins."""
    plan = plan_of(Block("relax", PacedReps(10, (2,), rep_labels=("Hands", "Shoulders"))))
    planner = CuePlanner(plan)
    step = plan.steps[0]
    assert planner.cues_for([RepChanged(step, 2, at=10.0)]) == [Cue(None, "Shoulders")]


# --- batches, late events, settings -------------------------------------------------------------


def test_a_batch_plays_one_sound_and_joins_the_words() -> None:
    """A step ending as the next begins gives one cue: the new step's sound, all words in order."""
    hold, rest = HOLD_PLAN.steps[:2]
    planner = CuePlanner(HOLD_PLAN)
    started(planner, hold)
    events = [StepCompleted(hold, 0.0, 30.0, 30.0, skipped=False), StepStarted(rest, at=30.0)]
    assert planner.cues_for(events) == [Cue(REST, "Rest")]


def test_late_events_are_dropped_not_replayed() -> None:
    """Events delivered after a stall give no cue at all, and the rest of the batch still does."""
    hold, rest = HOLD_PLAN.steps[:2]
    planner = CuePlanner(HOLD_PLAN)
    started(planner, hold)
    late = [CountdownTick(hold, seconds_left, at=27.0, late=True) for seconds_left in (3, 2, 1)]
    assert planner.cues_for(late) == []
    assert planner.cues_for([*late, StepStarted(rest, at=30.0)]) == [Cue(REST, "Rest")]


@pytest.mark.parametrize(
    ("settings", "muted", "cues"),
    [
        (CueSettings(), False, [Cue(TICK, "3")]),
        (CueSettings(sounds=False), False, [Cue(None, "3")]),
        (CueSettings(voice=False), False, [Cue(TICK, None)]),
        (CueSettings(countdown_voice=False), False, [Cue(TICK, None)]),
        (CueSettings(sounds=False, countdown_voice=False), False, []),
        (CueSettings(countdown_beeps=False), False, [Cue(None, "3")]),
        (CueSettings(countdown_beeps=False, countdown_voice=False), False, []),
        (CueSettings(), True, []),
    ],
)
def test_settings_and_mute_filter_cues(settings: CueSettings, muted: bool, cues: list[Cue]) -> None:
    """Sounds, voice, countdown voice and beeps switch their part off; mute silences all."""
    planner = CuePlanner(HOLD_PLAN, settings=settings, muted=muted)
    assert planner.cues_for([CountdownTick(A_HOLD, 3, at=0.0)]) == cues


def test_settings_can_change_mid_session() -> None:
    """Turning the voice off applies to the very next event."""
    planner = CuePlanner(HOLD_PLAN)
    planner.settings = replace(planner.settings, voice=False)
    assert planner.cues_for([Halfway(A_HOLD, at=15.0)]) == [Cue(HALFWAY, None)]


# --- a whole routine through the real engine ----------------------------------------------------


def test_a_routine_run_by_the_engine_gives_this_cue_timeline() -> None:
    """Holds then intervals, polled every quarter second, produce exactly these cues and times."""
    plan = plan_of(
        Block("bird_dog", Hold(6, (2,), rest_rep_s=3)),
        Block("brisk", Interval(20, 5, 2, "Brisk", "Easy"), prepare_s=0),
        prepare_s=5,
    )
    clock = FakeClock()
    engine = Engine(plan, clock)
    planner = CuePlanner(plan)
    timeline = [(0.0, cue) for cue in planner.cues_for(engine.start())]
    while clock.now() < 70:
        timeline += [
            (clock.now(), cue) for cue in planner.cues_for(engine.poll(clock.advance(0.25)))
        ]

    def ticks(end: float) -> list[tuple[float, Cue]]:
        return [(end - n, Cue(TICK, str(n))) for n in (3, 2, 1)]

    assert timeline == [
        (0.0, Cue(None, "Bird dog, 2 holds of 6 seconds")),
        *ticks(5),
        (5.0, Cue(START, "Hold")),
        *ticks(11),
        (11.0, Cue(REST, "Rest")),
        (14.0, Cue(START, "Hold")),
        *ticks(20),
        (20.0, Cue(START, "Brisk walk, 2 rounds of 20 seconds brisk and 5 seconds easy. Brisk")),
        (30.0, Cue(HALFWAY, "Halfway")),
        *ticks(40),
        (40.0, Cue(REST, "Easy")),
        *ticks(45),
        (45.0, Cue(START, "Brisk")),
        (55.0, Cue(HALFWAY, "Halfway")),
        *ticks(65),
        (65.0, Cue(FINISH, FINISHED_SPEECH)),
    ]


# --- the shipped sounds -------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SoundName))
def test_every_cue_sound_ships_as_a_short_clean_wav(name: SoundName) -> None:
    """Each sound is 16-bit mono 44.1 kHz, under 0.6 s, and starts and ends in silence."""
    with assets.sound(name.file_name).open("rb") as raw, wave.open(raw) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44_100)
        assert wav.getnframes() / wav.getframerate() < 0.6
        frames = wav.readframes(wav.getnframes())
    first_sample = int.from_bytes(frames[:2], "little", signed=True)
    last_sample = int.from_bytes(frames[-2:], "little", signed=True)
    assert (first_sample, last_sample) == (0, 0)


def test_shipped_sounds_are_what_the_generator_makes(tmp_path: Path) -> None:
    """resources/sounds holds exactly the output of tools/make_sounds.py (no stale edits)."""
    script = Path(__file__).parents[2] / "tools" / "make_sounds.py"
    make_sounds = runpy.run_path(str(script))["main"]
    assert make_sounds(["--out", str(tmp_path)]) == 0
    for name in SoundName:
        assert (tmp_path / name.file_name).read_bytes() == assets.sound(name.file_name).read_bytes()

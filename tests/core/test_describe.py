"""Plain-words dosage descriptions used by listings, the player and voice cues."""

import pytest

from backtimer.library.describe import describe_dosage, format_seconds, spoken_duration
from backtimer.library.model import Block, Continuous, Hold, Interval, PacedReps, Sides, TapWhenDone


@pytest.mark.parametrize(
    ("seconds", "clock", "spoken"),
    [
        (0, "0:00", "0 seconds"),
        (8, "0:08", "8 seconds"),
        (60, "1:00", "1 minute"),
        (95, "1:35", "1 minute 35 seconds"),
        (600, "10:00", "10 minutes"),
        (3725, "1:02:05", "62 minutes 5 seconds"),
    ],
)
def test_durations_read_as_clock_and_speech(seconds: float, clock: str, spoken: str) -> None:
    """Durations read as a clock on screen and as words for the voice."""
    assert format_seconds(seconds) == clock
    assert spoken_duration(seconds) == spoken


@pytest.mark.parametrize(
    ("block", "text"),
    [
        (Block("x", Hold(8, (6,)), sides=Sides.EACH), "6 holds of 8 seconds each side"),
        (Block("x", Hold(10, (1,))), "1 hold of 10 seconds"),
        (Block("x", Hold(8, (5, 3, 1))), "5/3/1 holds of 8 seconds, in descending sets"),
        (Block("x", PacedReps(4, (10, 10))), "10 reps, 2 sets"),
        (Block("x", PacedReps(4, (8,)), sides=Sides.ALTERNATE), "8 reps per side, alternating"),
        (
            Block("x", PacedReps(4, (8, 8)), sides=Sides.ALTERNATE),
            "8 reps per side, alternating, 2 sets",
        ),
        (Block("x", PacedReps(10, (18,), cue="in 4, out 6")), "18 reps (in 4, out 6)"),
        (Block("x", Continuous(60), sides=Sides.EACH), "1 minute each side"),
        (
            Block("x", Interval(180, 120, 4, "Brisk", "Easy")),
            "4 rounds of 3 minutes brisk and 2 minutes easy",
        ),
        (Block("x", Continuous(600)), "10 minutes"),
        (Block("x", TapWhenDone("10 squats")), "10 squats"),
        (Block("x", TapWhenDone()), "at your own pace"),
    ],
)
def test_dosage_descriptions(block: Block, text: str) -> None:
    """Each dosage mode is described the way a physio would say it."""
    assert describe_dosage(block) == text

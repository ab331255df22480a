"""Voice cues in the app's language: what a German or Spanish session hears."""

from __future__ import annotations

import pytest

from backtimer import i18n
from backtimer.library.model import Block, Hold, Sides
from backtimer.workout.cues import Cue, CuePlanner, SoundName
from backtimer.workout.events import Finished, Halfway, StepStarted
from backtimer.workout.plan import StepKind
from tests.core.test_cue_planner import A_HOLD, first, plan_of


def test_a_german_session_is_announced_in_german() -> None:
    """Side, dosage, the step words, halfway and the end are all German (the exercise's own
    name is the library's business)."""
    i18n.set_language("de")
    plan = plan_of(Block("bird_dog", Hold(8, (6,)), sides=Sides.EACH, switch_s=5), prepare_s=10)
    planner = CuePlanner(plan)
    announced = planner.cues_for([StepStarted(plan.steps[0], at=0.0)])[0].speech or ""
    assert announced.endswith(", zuerst die linke Seite, 6 Haltephasen von 8 Sekunden je Seite")
    switch = first(plan, StepKind.SWITCH)
    assert planner.cues_for([StepStarted(switch, at=0.0)]) == [
        Cue(None, "Seite wechseln. Rechte Seite")
    ]
    assert planner.cues_for([Halfway(A_HOLD, at=0.0)]) == [Cue(SoundName.HALFWAY, "Halbzeit")]
    assert planner.cues_for([Finished(at=0.0, completed=1, skipped=0)]) == [
        Cue(SoundName.FINISH, "Gut gemacht. Routine abgeschlossen.")
    ]


@pytest.mark.parametrize(
    ("language", "speech"),
    [("en", "Hold, right side"), ("de", "Halten, rechte Seite"), ("es", "Mantén, lado derecho")],
)
def test_an_alternating_hold_names_the_side_in_the_language(language: str, speech: str) -> None:
    """The step word ("Hold") and the side are said together, in the language's own order."""
    i18n.set_language(language)
    plan = plan_of(Block("bird_dog", Hold(8, (1,)), sides=Sides.ALTERNATE))
    hold = first(plan, StepKind.HOLD, 1)
    (cue,) = CuePlanner(plan).cues_for([StepStarted(hold, at=0.0)])
    assert cue.sound is SoundName.START
    assert (cue.speech or "").endswith(f". {speech}")  # after the block's announcement

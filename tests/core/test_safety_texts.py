"""The safety wording is complete (clinical brief §7, §8.3) and has one source."""

from __future__ import annotations

import pytest

from backtimer.safety import (
    NERVE_GUIDANCE,
    SHORT_STOP_RULE,
    SOON,
    STOP_RULE,
    URGENT_GUIDANCE,
    needs_guidance,
    red_flags_html,
    symptom_words,
)


@pytest.mark.parametrize("rule", [STOP_RULE, SHORT_STOP_RULE])
def test_stop_rule_names_chest_pain_breathlessness_and_points_to_help(rule: str) -> None:
    """The rule under every exercise names chest pain and breathlessness and points to F1."""
    assert "chest pain" in rule
    assert "unusual breathlessness" in rule
    assert "When to get help (F1)" in rule


def test_new_pain_under_20_or_over_50_is_a_red_flag() -> None:
    assert any("age of 20" in item and "age of 50" in item for item in SOON)
    assert "age of 20" in red_flags_html()


def test_the_help_page_does_not_point_to_itself() -> None:
    assert "(F1)" not in red_flags_html()


def test_urgent_symptoms_always_bring_the_emergency_guidance() -> None:
    """Saddle numbness or bladder/bowel changes: emergency text whatever the score."""
    assert needs_guidance(0, urgent_symptoms=True) == URGENT_GUIDANCE
    assert needs_guidance(9, 2, urgent_symptoms=True, leg_or_nerve=True) == URGENT_GUIDANCE
    assert needs_guidance(2, leg_or_nerve=True) == NERVE_GUIDANCE
    assert needs_guidance(2) is None


def test_symptom_words() -> None:
    assert symptom_words(False, False, False) == ""
    assert symptom_words(True, True, False) == "pain down a leg; numbness, tingling or weakness"
    assert "bladder or bowel" in symptom_words(False, False, True)


def test_high_pain_guidance_names_the_flare_routine_as_the_library_does() -> None:
    """The routine's title comes from the library (or the bundled file), never from a quote."""
    assert "the Flare-Up Day routine usually help" in (needs_guidance(8) or "")
    assert "the Bad Days routine usually help" in (needs_guidance(9, flare_title="Bad Days") or "")

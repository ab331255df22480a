"""Session-effect wording: how sessions feel on the day, never benefit, never from one session."""

from __future__ import annotations

import pytest

from backtimer.insights.effects import EffectSummary, session_effect_text


@pytest.mark.parametrize("count", [1, 2])
def test_no_usually_from_fewer_than_three_sessions(count: int) -> None:
    """One or two sessions with both scores say "too few", not "usually higher"."""
    text = session_effect_text(EffectSummary(1.0, count))
    assert "usually higher" not in text
    assert "too few" in text


@pytest.mark.parametrize(
    ("mean", "words"),
    [(-0.8, "usually a little lower"), (0.6, "usually a little higher"), (0.02, "the same")],
)
def test_three_sessions_allow_a_usually(mean: float, words: str) -> None:
    text = session_effect_text(EffectSummary(mean, 3))
    assert words in text
    assert "Session effect" in text
    assert "help" not in text


def test_no_scores_invite_rating() -> None:
    assert "Rate your pain" in session_effect_text(EffectSummary(None, 0))

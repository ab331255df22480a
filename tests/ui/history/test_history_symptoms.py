"""History shows the symptoms logged with a pain score and with "this hurts"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from backtimer.journal.records import HurtAction, HurtEvent, PainContext, PainEntry
from backtimer.ui.history.history_model import PainCheckModel
from backtimer.ui.history.session_detail import hurt_text

AT = datetime(2026, 3, 3, 8, 15, tzinfo=timezone(timedelta(hours=1)))


def test_spot_scores_show_their_symptoms_in_words(qtbot: object) -> None:
    """A spot score with leg pain and an urgent symptom says so next to the score."""
    model = PainCheckModel()
    model.set_rows(
        [
            PainEntry(1, AT, AT.date(), 6, PainContext.SPOT, None, "", leg_pain=True),
            PainEntry(2, AT, AT.date(), 3, PainContext.SPOT, None, "", urgent_symptoms=True),
            PainEntry(3, AT, AT.date(), 2, PainContext.SPOT, None, ""),
        ]
    )
    shown = [
        model.data(model.index(row, PainCheckModel.COL_SCORE), Qt.ItemDataRole.DisplayRole)
        for row in range(3)
    ]
    assert shown[0] == "6/10 · pain down a leg"
    assert "bladder or bowel" in shown[1]
    assert shown[2] == "2/10"


def test_hurt_with_leg_or_nerve_symptoms_says_so() -> None:
    event = HurtEvent(
        1, 1, 2, "stab_toe_tap", "Toe tap", AT, AT.date(), 4, HurtAction.SKIPPED, True
    )
    assert "numbness or tingling" in hurt_text(event)
    plain = HurtEvent(1, 1, 2, "stab_toe_tap", "Toe tap", AT, AT.date(), 4, HurtAction.SKIPPED)
    assert "tingling" not in hurt_text(plain)

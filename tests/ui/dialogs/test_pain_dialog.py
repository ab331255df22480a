"""The pain prompt is keyboard-first, never pre-filled, and shows guidance for red flags."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from backtimer.ui.dialogs.pain_dialog import PainScoreDialog, band


def _dialog(qtbot: QtBot, **kwargs: object) -> PainScoreDialog:
    dialog = PainScoreDialog(None, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.setFocus()
    return dialog


def test_nothing_is_preselected(qtbot: QtBot) -> None:
    """The scale starts empty and Save is disabled until a score is picked."""
    dialog = _dialog(qtbot)
    assert dialog.score is None
    assert dialog.answer() is None
    assert not dialog._ok.isEnabled()


@pytest.mark.parametrize("digit", range(10))
def test_digit_keys_pick_the_score_and_enter_saves(qtbot: QtBot, digit: int) -> None:
    """Typing a digit picks that score; Enter accepts the dialog with it."""
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key(Qt.Key.Key_0 + digit))
    assert dialog.score == digit
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    if digit >= 8:  # guidance first, a second Enter saves
        assert dialog.result() != QDialog.DialogCode.Accepted
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.answer() is not None
    assert dialog.answer().score == digit


def test_one_then_zero_picks_ten(qtbot: QtBot) -> None:
    """1 followed quickly by 0 picks 10, the top of the scale."""
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_0)
    assert dialog.score == 10


def test_arrows_move_and_escape_skips(qtbot: QtBot) -> None:
    """Arrow keys adjust the score; Esc skips without a score."""
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert dialog.score == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    assert dialog.score == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_rise_of_three_shows_guidance_before_saving(qtbot: QtBot) -> None:
    """A rise of 3+ points since before the session shows the calm guidance first."""
    dialog = _dialog(qtbot, before=2)
    qtbot.keyClick(dialog, Qt.Key.Key_5)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog._guidance.isVisibleTo(dialog)
    assert "went up by 3" in dialog._guidance.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_note_is_returned_with_the_score(qtbot: QtBot) -> None:
    """The optional note travels with the score."""
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    dialog._note.setPlainText("  stiff after gardening ")
    assert dialog.answer() is not None
    assert dialog.answer().note == "stiff after gardening"


@pytest.mark.parametrize(
    ("score", "label"), [(0, "no pain"), (3, "mild"), (6, "moderate"), (7, "severe")]
)
def test_bands(score: int, label: str) -> None:
    """Display bands follow the clinical brief: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe."""
    assert band(score) == label

"""The pain prompt is keyboard-first, never pre-filled, and shows guidance for red flags."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from backtimer.safety import URGENT_GUIDANCE
from backtimer.ui.desktop import translations
from backtimer.ui.dialogs.pain_dialog import NARROW_SCORE_PX, SCORE_PX, PainScoreDialog, band
from backtimer.ui.wording import safety_text


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


def test_symptoms_are_unticked_at_first_and_returned_when_ticked(qtbot: QtBot) -> None:
    """Leg and nerve symptoms start unticked; ticked ones come back with the score."""
    dialog = _dialog(qtbot)
    assert not any(box.isChecked() for box in (dialog._leg, dialog._nerve, dialog._urgent))
    qtbot.keyClick(dialog, Qt.Key.Key_4)
    dialog._leg.setChecked(True)
    dialog._nerve.setChecked(True)
    answer = dialog.answer()
    assert answer is not None
    assert answer.symptoms == {"leg_pain": True, "nerve_symptoms": True, "urgent_symptoms": False}


def test_leg_symptoms_show_guidance_before_saving(qtbot: QtBot) -> None:
    """With pain down a leg, Enter first shows what to do; a second Enter saves."""
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    dialog._leg.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog._guidance.isVisibleTo(dialog)
    assert "both legs" in dialog._guidance.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_urgent_symptoms_bring_up_emergency_guidance_at_once(qtbot: QtBot) -> None:
    """Ticking saddle numbness or bladder/bowel changes shows the emergency text before any score;
    it stays up when a score is picked, and one Enter then saves the flag."""
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    if not dialog._urgent.isChecked():  # offscreen platforms may not route mnemonics
        dialog._urgent.setChecked(True)
    assert dialog._guidance.isVisibleTo(dialog)
    assert "emergency" in dialog._guidance.text()
    qtbot.keyClick(dialog, Qt.Key.Key_2)
    assert dialog._guidance.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    answer = dialog.answer()
    assert answer is not None
    assert answer.urgent_symptoms


def test_digits_still_pick_the_score_while_a_symptom_box_has_focus(qtbot: QtBot) -> None:
    """Tabbing to a tick box does not take the digit keys or Enter away from the scale."""
    dialog = _dialog(qtbot)
    dialog._nerve.setFocus()
    qtbot.keyClick(dialog._nerve, Qt.Key.Key_5)
    assert dialog.score == 5
    qtbot.keyClick(dialog._nerve, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_effort_is_asked_only_after_a_session_and_optional(qtbot: QtBot) -> None:
    """The effort question is hidden unless asked for, starts unrated and returns its value."""
    plain = _dialog(qtbot)
    assert not plain._effort.isVisibleTo(plain)
    qtbot.keyClick(plain, Qt.Key.Key_3)
    assert plain.answer().effort is None
    after = _dialog(qtbot, ask_effort=True)
    assert after._effort.isVisibleTo(after)
    qtbot.keyClick(after, Qt.Key.Key_3)
    assert after.answer().effort is None
    after._effort.setCurrentIndex(after._effort.findData(6))
    assert after.answer().effort == 6
    assert "2–3 more" in after._effort.currentText()


PROMPTS = {  # what the workout and the morning check-in ask with
    "before": {
        "title": "Before you start",
        "context": "Before <b>Back Basics</b>: a quick check-in.",
    },
    "after": {
        "title": "How do you feel now?",
        "context": "You finished the workout. How is your back now? (Esc skips)",
        "ask_effort": True,
    },
    "morning": {
        "title": "Good morning",
        "context": "How is your back this morning, after yesterday's workout?",
    },
}


def _whole(dialog: QDialog, widget: QWidget) -> bool:
    """Drawn whole and inside the box, neither cut by its edge nor scrolled out of view."""
    inside = dialog.rect().contains(
        QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
    )
    return widget.isVisible() and inside and widget.visibleRegion().boundingRect() == widget.rect()


def _top_shown(label: QWidget) -> bool:
    """The label is scrolled to: at least its first five lines show from its top."""
    shown = label.visibleRegion().boundingRect()
    return shown.top() == 0 and shown.height() >= 5 * label.fontMetrics().height()


@pytest.mark.parametrize("language", ["en", "de", "es"])
@pytest.mark.parametrize("prompt", list(PROMPTS))
def test_the_prompt_fits_a_laptop_at_2x(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, language: str, prompt: str
) -> None:
    """A 1280×800 laptop at 2× scale offers 640×400: the eleven 56-pixel scores ran off the right
    edge ("10" and Skip cut off) and after a workout Save fell below the screen. Every score, Save
    and Skip are now whole in a box no larger than the screen, and the keys still work."""
    screen = QRect(0, 0, 640, 400)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: screen)
    installed = translations.install_translators(qapp, QLocale(language))
    try:
        dialog = _dialog(qtbot, **PROMPTS[prompt])
        qtbot.waitExposed(dialog)
        assert dialog.frameGeometry().width() <= screen.width()
        assert dialog.frameGeometry().height() <= screen.height()
        for button in dialog._group.buttons():
            assert _whole(dialog, button), f"score {button.text()} cut off"
            assert min(button.width(), button.height()) >= NARROW_SCORE_PX
        skip = next(b for b in dialog._buttons.buttons() if b is not dialog._ok)
        assert _whole(dialog, dialog._ok)
        assert _whole(dialog, skip), skip.text()
        qtbot.keyClick(dialog, Qt.Key.Key_1)
        qtbot.keyClick(dialog, Qt.Key.Key_0)
        assert dialog.score == 10
        dialog._urgent.setChecked(True)  # the emergency guidance: in view, Save still whole
        qtbot.waitUntil(lambda: _whole(dialog, dialog._guidance) or _top_shown(dialog._guidance))
        assert safety_text(URGENT_GUIDANCE) in dialog._guidance.text()
        if language != "en":  # it was English in a German window, and so was the link
            assert URGENT_GUIDANCE not in dialog._guidance.text()
            assert "When to get help" not in dialog._guidance.text()
        assert _whole(dialog, dialog._ok)
        assert dialog.frameGeometry().height() <= screen.height()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_roomy_screen_keeps_the_big_scores_without_scrolling(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a full-size screen nothing changes: 56-pixel scores, the whole prompt at once."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1920, 1040))
    dialog = _dialog(qtbot, **PROMPTS["after"])
    qtbot.waitExposed(dialog)
    assert all(button.width() >= SCORE_PX for button in dialog._group.buttons())
    assert dialog._body.verticalScrollBar().maximum() == 0
    assert _whole(dialog, dialog._ok)

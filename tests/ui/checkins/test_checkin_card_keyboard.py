"""The weekly check-in card is reached by Tab in reading order (keyboard-only users)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

NOW = datetime(2026, 4, 15, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _tab_chain(start: QWidget, stop: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until ``stop`` (or one full round)."""
    chain: list[QWidget] = []
    widget = start.nextInFocusChain()
    while widget is not start and widget is not stop and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_reaches_the_checkin_card_between_the_suggestion_and_the_plan(
    qtbot: QtBot, make_app
) -> None:
    app = make_app(NOW)
    app.window.show()
    qtbot.waitExposed(app.window)
    card = app.activity_checkins.card
    app.activity_checkins.refresh()
    assert card.isVisibleTo(app.window), "a fresh journal offers the check-in"
    between = _tab_chain(app.today_view.start_button, app.today_view.plan_button)
    assert card.checkin_button in between
    assert card.skip_button in between
    assert between.index(card.checkin_button) < between.index(card.skip_button)

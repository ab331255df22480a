"""Reminder service on a fake wall clock: the timer is aimed, the reminder fires, answers work."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backtimer import APP_ID
from backtimer.desktop.portals import BackgroundAnswer, ResponseCode
from backtimer.library.model import Library
from backtimer.ui.desktop.reminder_service import RECHECK, ReminderService
from backtimer.ui.main_window import MainWindow
from backtimer.ui.preferences import Preferences
from backtimer.ui.workout.flow import WorkoutFlow
from tests.ui.desktop.fake_portal import PortalControl, portal

__all__ = ["portal"]  # fixture for the end-to-end sandbox test

LONDON = ZoneInfo("Europe/London")
REMINDER = Preferences(
    reminder_enabled=True,
    reminder_days="mon,tue,wed,thu,fri",
    reminder_time="18:00",
    reminder_routine="rt_back_basics",
    ask_pain_before=False,
    ask_pain_after=False,
)


class FakeWallClock:
    """Local wall time in London that a test moves by hand."""

    def __init__(self, text: str) -> None:
        self.moment = datetime.fromisoformat(text).replace(tzinfo=LONDON)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment = (self.moment.astimezone(UTC) + timedelta(**delta)).astimezone(LONDON)


def london(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


@dataclass
class Parts:
    """One window and its settings; ``make`` adds a workout flow and a reminder service."""

    window: MainWindow
    settings: QSettings
    make: Callable[..., ReminderService]
    flow: WorkoutFlow | None = None


@pytest.fixture
def parts(qtbot: QtBot, tmp_path: Path, library: Library) -> Iterator[Parts]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    services: list[ReminderService] = []

    def end_workout(_window: object) -> None:
        for service in services:
            service.shutdown()
        if rig.flow is not None:
            rig.flow.abandon()

    qtbot.addWidget(window, before_close_func=end_workout)
    window.show()

    def make(
        clock: Callable[[], datetime],
        preferences: Preferences = REMINDER,
        *,
        tray_available: bool = False,
        login_command: list[str] | None = None,
        portal: Any = None,
    ) -> ReminderService:
        rig.flow = WorkoutFlow(
            window=window,
            library=library,
            writes=None,
            preferences=preferences,
            settings=settings,
            now=clock,
            confirm_stop=False,
        )
        service = ReminderService(
            window=window,
            flow=rig.flow,
            library=library,
            settings=settings,
            now=clock,
            zone=LONDON,
            tray_available=tray_available,
            login_command=login_command,
            portal=portal,
        )
        service.apply_preferences(preferences)
        services.append(service)
        return service

    rig = Parts(window, settings, make)
    yield rig
    QApplication.setQuitOnLastWindowClosed(True)


def flow_of(parts: Parts) -> WorkoutFlow:
    assert parts.flow is not None
    return parts.flow


def test_reminder_fires_on_a_fake_clock(qtbot: QtBot, parts: Parts) -> None:
    """Friday 17:59: the timer waits; at 18:00 the reminder appears and Monday is next."""
    clock = FakeWallClock("2025-03-28 17:59:00")
    service = parts.make(clock)
    assert service.next_due == london("2025-03-28 18:00")
    assert service.timer_interval_ms == 60_000
    assert service.prompt is None
    clock.advance(seconds=30)
    service.check_now()
    assert service.timer_interval_ms == 30_000
    assert service.prompt is None
    clock.advance(seconds=30)
    with qtbot.waitSignal(service.reminder_shown) as shown:
        service.check_now()
    assert shown.args == [london("2025-03-28 18:00")]
    assert service.prompt is not None
    assert service.prompt.isVisible()
    assert "Back Basics" in service.prompt.message.text()
    assert service.next_due == london("2025-03-31 18:00")


def test_the_timer_alone_brings_the_reminder(qtbot: QtBot, parts: Parts) -> None:
    """No manual checks: a clock 800 ms before the time, and the aimed timer fires by itself."""
    base, started = london("2025-03-28 17:59:59.200"), time.monotonic()
    service = parts.make(lambda: base + timedelta(seconds=time.monotonic() - started))
    assert service.timer_interval_ms is not None
    assert 500 < service.timer_interval_ms <= 800
    with qtbot.waitSignal(service.reminder_shown, timeout=5000):
        pass
    assert service.prompt is not None


def test_the_timer_never_sleeps_longer_than_a_minute(parts: Parts) -> None:
    """Due in 8 hours: the timer still wakes within a minute to re-read the wall clock."""
    service = parts.make(FakeWallClock("2025-03-28 10:00"))
    assert service.next_due == london("2025-03-28 18:00")
    assert service.timer_interval_ms == int(RECHECK.total_seconds() * 1000)


def test_a_laptop_waking_after_the_time_shows_the_missed_reminder(parts: Parts) -> None:
    """Asleep from 17:30 to 18:40: on the first look after waking the reminder appears."""
    clock = FakeWallClock("2025-03-28 17:30")
    service = parts.make(clock)
    clock.advance(minutes=70)
    service.check_now()
    assert service.prompt is not None


def test_a_reminder_missed_by_hours_is_dropped(parts: Parts) -> None:
    """Asleep until 23:00: too late for today's reminder; the next one is Monday's."""
    clock = FakeWallClock("2025-03-28 17:30")
    service = parts.make(clock)
    clock.advance(hours=5, minutes=30)
    service.check_now()
    assert service.prompt is None
    assert service.next_due == london("2025-03-31 18:00")


def test_snooze_from_the_prompt(qtbot: QtBot, parts: Parts) -> None:
    """Snooze 30 min closes the prompt and brings the reminder back at 18:30."""
    clock = FakeWallClock("2025-03-27 18:00")
    service = parts.make(clock)
    assert service.prompt is not None
    qtbot.mouseClick(service.prompt.snooze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.prompt is None)
    assert service.next_due == london("2025-03-27 18:30")
    assert "18:30" in parts.window._status.text()
    clock.advance(minutes=30)
    with qtbot.waitSignal(service.reminder_shown):
        service.check_now()


def test_skip_today_from_the_prompt_survives_a_restart(qtbot: QtBot, parts: Parts) -> None:
    """Skip today: no more today, and a restarted app still knows today was skipped."""
    clock = FakeWallClock("2025-03-27 17:00")
    service = parts.make(clock)
    service.snooze()
    service.skip_today()
    assert service.next_due == london("2025-03-28 18:00")
    restarted = parts.make(clock)
    assert restarted.next_due == london("2025-03-28 18:00")


def test_start_now_starts_the_chosen_routine(qtbot: QtBot, parts: Parts) -> None:
    """Start now opens the player on the reminder's routine and settles today's reminder."""
    clock = FakeWallClock("2025-03-27 18:00")
    service = parts.make(clock)
    assert service.prompt is not None
    with qtbot.waitSignal(flow_of(parts).workout_started) as started:
        qtbot.mouseClick(service.prompt.start_button, Qt.MouseButton.LeftButton)
    assert started.args == ["rt_back_basics"]
    assert parts.window.is_in_workout()
    assert service.next_due == london("2025-03-28 18:00")


def test_a_workout_earlier_today_means_no_reminder(parts: Parts) -> None:
    """Exercised at 17:00: the 18:00 reminder has nothing to ask."""
    clock = FakeWallClock("2025-03-27 17:00")
    service = parts.make(clock)
    assert flow_of(parts).start_routine("rt_back_basics")
    assert service.next_due == london("2025-03-28 18:00")


def test_no_reminder_appears_during_a_workout(qtbot: QtBot, parts: Parts) -> None:
    """A workout running past midnight into a reminder: held back, not shown over the player."""
    preferences = Preferences(
        reminder_enabled=True,
        reminder_days="mon,tue,wed,thu,fri,sat,sun",
        reminder_time="00:05",
        ask_pain_before=False,
    )
    clock = FakeWallClock("2025-03-27 23:58")
    service = parts.make(clock, preferences)
    assert flow_of(parts).start_routine("rt_back_basics")
    clock.advance(minutes=7)
    with qtbot.assertNotEmitted(service.reminder_shown):
        service.check_now()
    assert service.prompt is None
    assert parts.window.is_in_workout()


def test_disabled_reminders_never_arm_the_timer(parts: Parts) -> None:
    """Reminders off (the default): no timer, no tray, the window closes the app as before."""
    service = parts.make(FakeWallClock("2025-03-27 17:00"), Preferences(), tray_available=True)
    assert service.next_due is None
    assert service.timer_interval_ms is None
    assert service.tray is None
    assert QApplication.quitOnLastWindowClosed()


def test_bad_reminder_settings_turn_it_off_with_a_message(parts: Parts) -> None:
    """A hand-edited time that cannot be read: reminder off, status bar says why."""
    preferences = Preferences(reminder_enabled=True, reminder_time="six")
    service = parts.make(FakeWallClock("2025-03-27 17:00"), preferences)
    assert service.next_due is None
    assert "HH:MM" in parts.window._status.text()


def test_tray_menu_offers_the_answers_and_keeps_the_app_running(parts: Parts) -> None:
    """With a tray: Start now / Snooze / Skip today / Open / Quit, and closing only hides."""
    clock = FakeWallClock("2025-03-27 17:00")
    service = parts.make(clock, tray_available=True)
    assert service.tray is not None
    menu = service.tray.contextMenu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["&Start now", "S&nooze 30 min", "S&kip today", "&Open Backtimer", "&Quit"]
    assert not QApplication.quitOnLastWindowClosed()
    assert "next reminder 18:00" in service.tray.toolTip()
    skip = next(action for action in menu.actions() if action.text() == "S&kip today")
    skip.trigger()
    assert service.next_due == london("2025-03-28 18:00")
    assert "next reminder Fri 18:00" in service.tray.toolTip()
    service.apply_preferences(Preferences())
    assert service.tray is None
    assert QApplication.quitOnLastWindowClosed()


def test_with_a_tray_the_reminder_is_a_notification(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tray shown: the reminder is a tray message naming the routine, not a window."""
    clock = FakeWallClock("2025-03-27 17:59")
    service = parts.make(clock, tray_available=True)
    assert service.tray is not None
    messages: list[tuple[object, ...]] = []
    monkeypatch.setattr(service.tray, "showMessage", lambda *args: messages.append(args))
    monkeypatch.setattr(service.tray, "isVisible", lambda: True)
    clock.advance(minutes=1)
    with qtbot.waitSignal(service.reminder_shown):
        service.check_now()
    assert service.prompt is None
    ((title, text, *_rest),) = messages
    assert title == "Time for your back routine"
    assert "Back Basics" in text


def test_start_at_login_follows_the_preference(parts: Parts) -> None:
    """The preference writes the autostart entry, and turning it off removes it."""
    command = ["/usr/bin/backtimer"]
    clock = FakeWallClock("2025-03-27 17:00")
    entry = Path.home() / ".config" / "autostart" / f"{APP_ID}.desktop"
    service = parts.make(clock, Preferences(start_at_login=True), login_command=command)
    assert "Exec=/usr/bin/backtimer\n" in entry.read_text(encoding="utf-8")
    service.apply_preferences(Preferences(start_at_login=False))
    assert not entry.exists()


# --- inside a sandbox: the desktop portals ------------------------------------------------------


class FakePortalClient(QObject):
    """Stands in for ``PortalClient``: records what the service asks of the portals."""

    notification_activated = Signal(str, str)
    notification_failed = Signal(str)
    background_answered = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.notifications: list[tuple[str, dict[str, object]]] = []
        self.removed: list[str] = []
        self.background_requests: list[dict[str, Any]] = []
        self.closed = False

    def add_notification(self, notification_id: str, options: dict[str, object]) -> bool:
        self.notifications.append((notification_id, options))
        return True

    def remove_notification(self, notification_id: str) -> None:
        self.removed.append(notification_id)

    def request_background(self, **request: Any) -> bool:
        self.background_requests.append(request)
        return True

    def close(self) -> None:
        self.closed = True


def test_sandboxed_reminder_is_a_portal_notification_withdrawn_once_answered(
    qtbot: QtBot, parts: Parts
) -> None:
    """The notification carries the routine and a click action; a click brings the window
    forward; skipping today withdraws it. The tray's own message is not used."""
    portal = FakePortalClient()
    clock = FakeWallClock("2025-03-28 18:00:00")
    service = parts.make(clock, tray_available=True, portal=portal)
    [(notification_id, options)] = portal.notifications
    assert notification_id == "reminder"
    assert options["title"] == "Time for your back routine"
    assert options["body"] == "Back Basics: start it, snooze it or skip today."
    assert options["default-action"] == "open"
    parts.window.hide()
    portal.notification_activated.emit("reminder", "open")
    assert parts.window.isVisible()
    service.skip_today()
    assert portal.removed == ["reminder"]
    service.shutdown()
    assert portal.closed


def test_sandboxed_start_at_login_asks_the_background_portal_once_per_change(
    parts: Parts, tmp_path: Path
) -> None:
    """No autostart file is written in the sandbox; the portal is asked with the command, not
    again for the same settings, and again to turn autostart off. A grant keeps the app running
    after its window closes while reminders are on."""
    command = ["/app/bin/backtimer"]
    portal = FakePortalClient()
    clock = FakeWallClock("2025-03-27 17:00")
    entry = Path.home() / ".config" / "autostart" / f"{APP_ID}.desktop"
    wanted = replace(REMINDER, start_at_login=True)
    service = parts.make(clock, wanted, login_command=command, portal=portal)
    assert not entry.exists()
    [request] = portal.background_requests
    assert request["autostart"] is True
    assert request["commandline"] == command
    portal.background_answered.emit(BackgroundAnswer(ResponseCode.SUCCESS, True, True))
    assert not QApplication.quitOnLastWindowClosed()
    assert parts.settings.value("desktop/portal_autostart", type=bool) is True
    service.apply_preferences(wanted)
    assert len(portal.background_requests) == 1
    service.apply_preferences(replace(wanted, start_at_login=False))
    assert portal.background_requests[-1]["autostart"] is False
    portal.background_answered.emit(BackgroundAnswer(ResponseCode.SUCCESS, True, False))
    assert parts.settings.value("desktop/portal_autostart", type=bool) is False


def test_sandboxed_refusal_of_start_at_login_is_said(parts: Parts) -> None:
    portal = FakePortalClient()
    clock = FakeWallClock("2025-03-27 17:00")
    parts.make(
        clock, Preferences(start_at_login=True), login_command=["/app/bin/backtimer"], portal=portal
    )
    portal.background_answered.emit(BackgroundAnswer(ResponseCode.CANCELLED, False, False))
    assert "did not allow Backtimer to start at login" in parts.window._status.text()
    assert QApplication.quitOnLastWindowClosed()


def test_sandboxed_without_reminders_or_autostart_the_portal_is_not_bothered(
    parts: Parts,
) -> None:
    portal = FakePortalClient()
    clock = FakeWallClock("2025-03-27 17:00")
    parts.make(clock, Preferences(), login_command=["/app/bin/backtimer"], portal=portal)
    assert portal.background_requests == []


@pytest.mark.slow
def test_in_a_flatpak_the_reminder_reaches_the_portal_over_the_bus(
    qtbot: QtBot, parts: Parts, portal: PortalControl, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end: FLATPAK_ID set, no portal injected; the service finds the (fake) portal on
    the session bus, asks for background/autostart and sends the reminder notification."""
    monkeypatch.setenv("FLATPAK_ID", APP_ID)
    clock = FakeWallClock("2025-03-28 18:00:00")
    parts.make(clock, replace(REMINDER, start_at_login=True), login_command=["/app/bin/backtimer"])
    qtbot.waitUntil(lambda: bool(portal.calls("AddNotification")))
    [notification] = portal.calls("AddNotification")
    assert notification["arguments"][0] == "reminder"
    assert notification["arguments"][1]["default-action"] == "open"
    qtbot.waitUntil(lambda: bool(portal.calls("RequestBackground")))
    options = portal.calls("RequestBackground")[0]["arguments"][1]
    assert options["autostart"] is True
    assert options["commandline"] == ["/app/bin/backtimer"]
    qtbot.waitUntil(lambda: not QApplication.quitOnLastWindowClosed())

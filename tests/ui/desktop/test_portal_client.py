"""The portal transport against a fake portal on a private bus: typed calls, answers, release."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backtimer.desktop import portals
from backtimer.desktop.portals import BackgroundAnswer, ResponseCode
from backtimer.ui.desktop.portal_client import (
    PortalClient,
    PortalInhibitor,
    desktop_portal,
    idle_inhibitor,
)
from backtimer.ui.workout.screensaver import ScreenSaverInhibitor
from tests.ui.desktop.fake_portal import PortalControl, portal

__all__ = ["portal"]  # fixture (session_bus comes from tests/ui/conftest.py)

REASON = "Following a workout"
COMMAND = ["/app/bin/backtimer", "--data-dir", "/home/ann/My Data"]

pytestmark = pytest.mark.slow


def test_portals_are_chosen_only_in_a_sandbox(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(idle_inhibitor(sandboxed=True), PortalInhibitor)
    assert isinstance(idle_inhibitor(sandboxed=False), ScreenSaverInhibitor)
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    assert desktop_portal() is None or Path("/.flatpak-info").exists()
    monkeypatch.setenv("FLATPAK_ID", "io.github.backtimer.Backtimer")
    assert isinstance(idle_inhibitor(), PortalInhibitor)
    assert isinstance(desktop_portal(), PortalClient)


@pytest.mark.parametrize("qtdbus_importable", [True, False], ids=["no-bus", "no-qtdbus"])
def test_without_a_bus_every_call_is_a_quiet_no_op(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtdbus_importable: bool
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    if not qtdbus_importable:
        monkeypatch.setitem(sys.modules, "PySide6.QtDBus", None)
    client = PortalClient()
    assert not client.add_notification("reminder", portals.notification("Title", "Body"))
    assert not client.request_background(reason="r", autostart=True, commandline=COMMAND)
    inhibitor = PortalInhibitor()
    with qtbot.assertNotEmitted(inhibitor.active_changed, wait=100):
        inhibitor.inhibit(REASON)
        inhibitor.release()
    assert not inhibitor.is_active


@pytest.mark.parametrize("portal", ["with-qt-types", "without-qt-types"], indirect=True)
def test_inhibit_sends_uint32_idle_flags_and_release_closes_the_request(
    qtbot: QtBot, portal: PortalControl
) -> None:
    """Inhibit("", 8, {handle_token, reason}) typed sua{sv}; release calls Request.Close."""
    inhibitor = PortalInhibitor()
    with qtbot.waitSignal(inhibitor.active_changed) as confirmed:
        inhibitor.inhibit(REASON)
        inhibitor.inhibit(REASON)  # asked already: no second request
    assert confirmed.args == [True]
    assert inhibitor.is_active
    [call] = portal.calls("Inhibit")
    assert call["signature"] == "sua{sv}"
    assert call["arguments"] == ["", 8, {"handle_token": "inhibit1", "reason": REASON}]
    handle = portals.request_path(call["sender"], "inhibit1")
    with qtbot.waitSignal(inhibitor.active_changed) as released:
        inhibitor.release()
    assert released.args == [False]
    qtbot.waitUntil(lambda: portal.closed() == [handle])
    assert not inhibitor.is_active
    with qtbot.waitSignal(inhibitor.active_changed):
        inhibitor.inhibit(REASON)  # a second workout: a fresh token
    assert portal.calls("Inhibit")[-1]["arguments"][2]["handle_token"] == "inhibit2"
    inhibitor.release()


def test_release_before_the_portal_answers_never_activates(
    qtbot: QtBot, portal: PortalControl
) -> None:
    inhibitor = PortalInhibitor()
    with qtbot.assertNotEmitted(inhibitor.active_changed, wait=300):
        inhibitor.inhibit(REASON)
        inhibitor.release()
    assert not inhibitor.is_active
    assert portal.calls("Inhibit") == []


def test_a_refused_inhibit_leaves_the_inhibitor_free_to_retry(
    qtbot: QtBot, portal: PortalControl
) -> None:
    portal.refuse("Inhibit")
    inhibitor = PortalInhibitor()
    with qtbot.assertNotEmitted(inhibitor.active_changed, wait=300):
        inhibitor.inhibit(REASON)
    assert not inhibitor.is_active
    portal.refuse("Inhibit", False)
    with qtbot.waitSignal(inhibitor.active_changed):
        inhibitor.inhibit(REASON)
    inhibitor.release()


def test_no_portal_on_the_bus_means_no_inhibition(qtbot: QtBot, session_bus: str) -> None:
    inhibitor = PortalInhibitor()
    with qtbot.assertNotEmitted(inhibitor.active_changed, wait=300):
        inhibitor.inhibit(REASON)
    assert not inhibitor.is_active


def test_notification_is_added_and_a_click_comes_back(qtbot: QtBot, portal: PortalControl) -> None:
    client = PortalClient()
    options = portals.notification(
        "Time for your back routine", "Back Basics", default_action="open"
    )
    assert client.add_notification("reminder", options)
    qtbot.waitUntil(lambda: len(portal.calls("AddNotification")) == 1)
    [call] = portal.calls("AddNotification")
    assert call["signature"] == "sa{sv}"
    assert call["arguments"] == ["reminder", options]
    with qtbot.waitSignal(client.notification_activated) as clicked:
        portal.invoke_action(client.unique_name, "reminder", "open")
    assert clicked.args == ["reminder", "open"]
    client.close()


def test_a_refused_notification_is_reported(qtbot: QtBot, portal: PortalControl) -> None:
    portal.refuse("AddNotification")
    client = PortalClient()
    with qtbot.waitSignal(client.notification_failed) as failed:
        client.add_notification("reminder", portals.notification("Title", "Body"))
    assert failed.args == ["reminder"]
    client.close()


def test_background_request_carries_autostart_and_the_command_and_reads_the_answer(
    qtbot: QtBot, portal: PortalControl
) -> None:
    client = PortalClient()
    with qtbot.waitSignal(client.background_answered) as answered:
        assert client.request_background(reason="Reminders", autostart=True, commandline=COMMAND)
    assert answered.args == [BackgroundAnswer(ResponseCode.SUCCESS, allowed=True, autostart=True)]
    [call] = portal.calls("RequestBackground")
    assert call["signature"] == "sa{sv}"
    assert call["arguments"] == [
        "",
        {
            "handle_token": "backtimer1",
            "reason": "Reminders",
            "autostart": True,
            "commandline": COMMAND,
        },
    ]
    portal.answer_background(1, background=False, autostart=False)
    with qtbot.waitSignal(client.background_answered) as answered:
        client.request_background(reason="Reminders", autostart=False, commandline=COMMAND)
    assert answered.args == [BackgroundAnswer(ResponseCode.CANCELLED, False, False)]
    assert portal.calls("RequestBackground")[-1]["arguments"][1]["autostart"] is False
    client.close()


def test_a_refused_background_request_answers_not_allowed(
    qtbot: QtBot, portal: PortalControl
) -> None:
    portal.refuse("RequestBackground")
    client = PortalClient()
    with qtbot.waitSignal(client.background_answered) as answered:
        client.request_background(reason="Reminders", autostart=True, commandline=COMMAND)
    assert answered.args == [BackgroundAnswer(ResponseCode.ENDED, False, False)]
    client.close()

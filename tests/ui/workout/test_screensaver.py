"""The screen-saver inhibitor: silent without a session bus, the right D-Bus calls with one."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backtimer.ui.workout.screensaver import OBJECT_PATH, SERVICE, ScreenSaverInhibitor

REASON = "Following a workout"


@pytest.mark.parametrize("qtdbus_importable", [True, False], ids=["no-bus", "no-qtdbus"])
def test_without_a_session_bus_inhibiting_is_a_silent_no_op(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtdbus_importable: bool
) -> None:
    """With no bus (or no QtDBus) inhibit/release do nothing, raise nothing, stay inactive."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no $XDG_RUNTIME_DIR/bus socket either
    if not qtdbus_importable:
        monkeypatch.setitem(sys.modules, "PySide6.QtDBus", None)
    inhibitor = ScreenSaverInhibitor()
    with qtbot.assertNotEmitted(inhibitor.active_changed, wait=100):
        inhibitor.inhibit(REASON)
        inhibitor.release()
        inhibitor.inhibit(REASON)
    assert not inhibitor.is_active
    inhibitor.release()


# --- with a private session bus and a fake desktop ----------------------------------------------


@ClassInfo({"D-Bus Interface": SERVICE})
class FakeScreenSaver(QObject):
    """Answers Inhibit like the desktops do and remembers what it was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[tuple[str, str]] = []

    @Slot(str, str, result="uint")
    def Inhibit(self, app_name: str, reason: str) -> int:
        self.requests.append((app_name, reason))
        return 4_000_000_000  # beyond int32 on purpose: cookies are uint32


def bus_clients(connection: QDBusConnection) -> set[str]:
    """Unique names of every connection on the bus: a client that left is no longer listed.

    Desktops drop a client's inhibitions when its name goes; that is how release works.
    """
    names = connection.interface().registeredServiceNames().value()
    return {name for name in names if name.startswith(":")}


@pytest.fixture
def desktop_bus(session_bus: str) -> Iterator[QDBusConnection]:
    """The fake desktop's own connection to the test bus."""
    connection = QDBusConnection.connectToBus(session_bus, "fake-desktop")
    yield connection
    QDBusConnection.disconnectFromBus("fake-desktop")


@pytest.fixture
def desktop(desktop_bus: QDBusConnection) -> FakeScreenSaver:
    """A screen-saver service on the test bus."""
    fake = FakeScreenSaver()
    desktop_bus.registerObject(OBJECT_PATH, fake, QDBusConnection.RegisterOption.ExportAllSlots)
    assert desktop_bus.registerService(SERVICE)
    return fake


@pytest.mark.slow
def test_inhibit_asks_the_desktop_and_release_lets_go(
    qtbot: QtBot, desktop: FakeScreenSaver, desktop_bus: QDBusConnection
) -> None:
    """Inhibit calls Inhibit(app, reason) once; release takes the requesting client off the bus."""
    inhibitor = ScreenSaverInhibitor()
    clients_before = bus_clients(desktop_bus)
    with qtbot.waitSignal(inhibitor.active_changed) as confirmed:
        inhibitor.inhibit(REASON)
        inhibitor.inhibit(REASON)  # asked already: no second request
    assert confirmed.args == [True]
    assert inhibitor.is_active
    assert desktop.requests == [("Backtimer", REASON)]
    assert len(bus_clients(desktop_bus) - clients_before) == 1
    with qtbot.waitSignal(inhibitor.active_changed) as released:
        inhibitor.release()
    assert released.args == [False]
    qtbot.waitUntil(lambda: bus_clients(desktop_bus) == clients_before)
    assert not inhibitor.is_active


@pytest.mark.slow
def test_release_while_the_request_is_in_flight_never_activates(
    qtbot: QtBot, desktop: FakeScreenSaver, desktop_bus: QDBusConnection
) -> None:
    """A release before the desktop answers wins: no activation, and no client left behind."""
    inhibitor = ScreenSaverInhibitor()
    clients_before = bus_clients(desktop_bus)
    with qtbot.assertNotEmitted(inhibitor.active_changed, wait=300):
        inhibitor.inhibit(REASON)
        inhibitor.release()
    assert not inhibitor.is_active
    qtbot.waitUntil(lambda: bus_clients(desktop_bus) == clients_before)


@pytest.mark.slow
def test_a_bus_without_a_screen_saver_leaves_the_inhibitor_free_to_retry(
    qtbot: QtBot, session_bus: str, request: pytest.FixtureRequest
) -> None:
    """When nobody provides the service the request fails quietly; a later one can succeed."""
    inhibitor = ScreenSaverInhibitor()
    with qtbot.assertNotEmitted(inhibitor.active_changed, wait=300):
        inhibitor.inhibit(REASON)
    assert not inhibitor.is_active
    desktop = request.getfixturevalue("desktop")
    with qtbot.waitSignal(inhibitor.active_changed):
        inhibitor.inhibit(REASON)
    assert desktop.requests == [("Backtimer", REASON)]
    inhibitor.release()

"""Keeps the screen from blanking during a workout, where the desktop offers a way; never blocks.

It asks ``org.freedesktop.ScreenSaver`` on the session bus (KDE, Xfce, Cinnamon, LXQt, and GNOME
through its screensaver proxy) with an asynchronous call. The request is made on a private bus
connection, and releasing it closes that connection: every implementation drops a client's
inhibitions when the client leaves the bus (they must, or a crashed app would keep the screen on
forever). That also sidesteps ``UnInhibit(cookie)``, whose ``uint32`` argument PySide6 cannot
marshal (a Python int goes out as ``int32``/``int64``/``uint16`` and the method does not match);
for the same reason a hand-made ``org.gnome.SessionManager.Inhibit`` call is out of reach.
Without QtDBus or a session bus, nothing happens. Inside a Flatpak sandbox this service is
filtered out: ``idle_inhibitor`` in ``backtimer.ui.desktop.portal_client`` picks the Inhibit
portal there, which gets its ``uint32`` flags typed through the portal's introspection.
"""

from __future__ import annotations

import itertools
import logging
import os
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from backtimer import APP_NAME

logger = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
OBJECT_PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
CALL_TIMEOUT_MS = 2000

_connection_numbers = itertools.count(1)


class ScreenSaverInhibitor(QObject):
    """Asks the desktop not to blank the screen or lock while a workout runs.

    ``inhibit`` and ``release`` may be called any number of times, in any order; they return at
    once and never raise.

    Signals:
        active_changed(bool): the desktop confirmed the request (True), or it was let go (False).
    """

    active_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, app_name: str = APP_NAME) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._connection_name: str | None = None
        self._watcher: Any = None  # QDBusPendingCallWatcher of the request in flight
        self._active = False

    @property
    def is_active(self) -> bool:
        """True while the desktop has confirmed that the screen stays on."""
        return self._active

    def inhibit(self, reason: str) -> None:
        """Ask for the screen to stay on, telling the desktop ``reason``; no-op if asked already."""
        if self._connection_name is not None:
            return
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
        except ImportError as error:
            logger.info("Screen saver left alone: QtDBus unavailable (%s)", error)
            return
        name = f"backtimer-screensaver-{next(_connection_numbers)}"
        connection = _connect_session_bus(QDBusConnection, name)
        if not connection.isConnected():
            logger.info("Screen saver left alone: %s", connection.lastError().message())
            QDBusConnection.disconnectFromBus(name)
            return
        call = QDBusMessage.createMethodCall(SERVICE, OBJECT_PATH, INTERFACE, "Inhibit")
        call.setArguments([self._app_name, reason])
        watcher = QDBusPendingCallWatcher(connection.asyncCall(call, CALL_TIMEOUT_MS), self)
        watcher.finished.connect(self._on_inhibit_answered)
        self._connection_name, self._watcher = name, watcher

    def release(self) -> None:
        """Let the screen saver work again; also cancels a request still in flight."""
        name, self._connection_name = self._connection_name, None
        if name is None:
            return
        self._forget_watcher()
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus(name)
        if self._active:
            self._active = False
            self.active_changed.emit(False)

    @Slot(object)
    def _on_inhibit_answered(self, watcher: Any) -> None:
        if watcher is not self._watcher:
            return  # released while the request was in flight
        self._forget_watcher()
        reply = watcher.reply()
        from PySide6.QtDBus import QDBusMessage

        if reply.type() is QDBusMessage.MessageType.ErrorMessage:
            logger.info("Screen saver left alone: %s", reply.errorMessage())
            self.release()
            return
        self._active = True
        self.active_changed.emit(True)

    def _forget_watcher(self) -> None:
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None


def _connect_session_bus(bus: Any, name: str) -> Any:
    """A private session-bus connection, its address read now (tests start their own bus)."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return bus.connectToBus(address, name)
    return bus.connectToBus(bus.BusType.SessionBus, name)

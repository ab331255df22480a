"""The freedesktop portals over QtDBus: notifications, background/start at login, idle inhibit.

Used inside a Flatpak sandbox (``backtimer.desktop.sandbox``), where the session bus only lets
us talk to ``org.freedesktop.portal.Desktop``. What the calls carry is built and read in
``backtimer.desktop.portals``; this module only moves it. Every call is asynchronous except
``Inhibit`` (see ``PortalInhibitor``), nothing raises, and without a session bus or QtDBus all
of it quietly does nothing.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from backtimer.desktop import portals
from backtimer.desktop.portals import BackgroundAnswer, HandleTokens, InhibitFlag, ResponseCode
from backtimer.desktop.sandbox import is_sandboxed

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    from backtimer.ui.workout.screensaver import ScreenSaverInhibitor

logger = logging.getLogger(__name__)

CALL_TIMEOUT_MS = 2000
"""Longest wait for the portal's answer to a call (not for the user's answer to a request)."""

_connection_numbers = itertools.count(1)


def connect_session_bus(name: str) -> QDBusConnection | None:
    """A private session-bus connection named ``name``, or None without QtDBus or a bus.

    The address is read now, so tests can start their own bus."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError as error:
        logger.info("Desktop portal out of reach: QtDBus unavailable (%s)", error)
        return None
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        connection = QDBusConnection.connectToBus(address, name)
    else:
        connection = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
    if not connection.isConnected():
        logger.info("Desktop portal out of reach: %s", connection.lastError().message())
        QDBusConnection.disconnectFromBus(name)
        return None
    return connection


def _portal_call(interface: str, method: str, arguments: list[Any]) -> QDBusMessage:
    from PySide6.QtDBus import QDBusMessage

    call = QDBusMessage.createMethodCall(portals.BUS_NAME, portals.OBJECT_PATH, interface, method)
    call.setArguments(arguments)
    return call


def _is_error(message: QDBusMessage) -> bool:
    from PySide6.QtDBus import QDBusMessage

    return message.type() is QDBusMessage.MessageType.ErrorMessage


def _response_signal(path: str) -> tuple[str, str, str, str]:
    """Service, path, interface and name of one request's ``Response`` signal."""
    return (portals.BUS_NAME, path, portals.REQUEST, "Response")


class _RequestListener(QObject):
    """Receives the ``Response`` of one request; typed, so Qt reads the vardict into a dict."""

    answered = Signal(str, int, dict)

    def __init__(self, path: str, parent: QObject) -> None:
        super().__init__(parent)
        self._path = path

    @Slot("uint", "QVariantMap")
    def _on_response(self, code: int, results: dict[str, object]) -> None:
        self.answered.emit(self._path, int(code), dict(results))


_RESPONSE_SLOT = SLOT("_on_response(uint,QVariantMap)")


class PortalClient(QObject):
    """Notifications and background/start-at-login requests through the desktop portal.

    Signals:
        notification_activated(str, str): a notification was clicked (its id, the action).
        notification_failed(str): the portal refused a notification (its id).
        background_answered(BackgroundAnswer): the desktop decided about a background request.
    """

    notification_activated = Signal(str, str)
    notification_failed = Signal(str)
    background_answered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection_name = f"backtimer-portal-{next(_connection_numbers)}"
        self._connection: QDBusConnection | None = None
        self._tokens = HandleTokens()
        self._watchers: dict[Any, Any] = {}  # QDBusPendingCallWatcher in flight → its handler
        self._listeners: dict[str, _RequestListener] = {}  # request path → its listener

    def _bus(self) -> QDBusConnection | None:
        """The connection, made on first use; it listens for notification clicks from then on."""
        if self._connection is None:
            self._connection = connect_session_bus(self._connection_name)
            if self._connection is not None:
                self._connection.connect(
                    portals.BUS_NAME,
                    portals.OBJECT_PATH,
                    portals.NOTIFICATION,
                    "ActionInvoked",
                    self,
                    SLOT("_on_action_invoked(QDBusMessage)"),
                )
        return self._connection

    @property
    def unique_name(self) -> str:
        """Our name on the bus (empty until connected)."""
        return self._connection.baseService() if self._connection is not None else ""

    def close(self) -> None:
        """Leave the bus; the portal forgets our requests when we go."""
        if self._connection is None:
            return
        from PySide6.QtDBus import QDBusConnection

        for watcher in self._watchers:
            watcher.deleteLater()
        self._watchers.clear()
        for path in list(self._listeners):
            self._stop_listening(path)
        self._connection = None
        QDBusConnection.disconnectFromBus(self._connection_name)

    # --- notifications ----------------------------------------------------------------------

    def add_notification(self, notification_id: str, options: dict[str, object]) -> bool:
        """Show (or replace) notification ``notification_id``; False if there is no bus."""
        bus = self._bus()
        if bus is None:
            return False
        call = _portal_call(portals.NOTIFICATION, "AddNotification", [notification_id, options])
        self._send(bus, call, lambda reply: self._on_notification_answered(notification_id, reply))
        return True

    def remove_notification(self, notification_id: str) -> None:
        bus = self._bus()
        if bus is not None:
            call = _portal_call(portals.NOTIFICATION, "RemoveNotification", [notification_id])
            self._send(bus, call, lambda reply: self._log_error("RemoveNotification", reply))

    def _on_notification_answered(self, notification_id: str, reply: QDBusMessage) -> None:
        if self._log_error("AddNotification", reply):
            self.notification_failed.emit(notification_id)

    @Slot("QDBusMessage")
    def _on_action_invoked(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) >= 2 and all(isinstance(value, str) for value in arguments[:2]):
            self.notification_activated.emit(arguments[0], arguments[1])

    # --- background and start at login ------------------------------------------------------

    def request_background(
        self, *, reason: str, autostart: bool, commandline: Sequence[str], window: str = ""
    ) -> bool:
        """Ask to keep running in the background and to start (or not) at login.

        The answer comes as ``background_answered``; False if there is no bus to ask on."""
        bus = self._bus()
        if bus is None:
            return False
        token = self._tokens.next()
        options = portals.background_request(
            token, reason=reason, autostart=autostart, commandline=commandline
        )
        path = portals.request_path(bus.baseService(), token)
        self._listen_for_response(bus, path)  # before calling, so a quick answer is not missed
        call = _portal_call(portals.BACKGROUND, "RequestBackground", [window, options])
        self._send(bus, call, lambda reply: self._on_request_made(path, reply))
        return True

    def _listen_for_response(self, bus: QDBusConnection, path: str) -> None:
        listener = _RequestListener(path, self)
        listener.answered.connect(self._on_response)
        self._listeners[path] = listener
        bus.connect(*_response_signal(path), listener, _RESPONSE_SLOT)

    def _stop_listening(self, path: str) -> None:
        listener = self._listeners.pop(path, None)
        if listener is None:
            return
        if self._connection is not None:
            self._connection.disconnect(*_response_signal(path), listener, _RESPONSE_SLOT)
        listener.deleteLater()

    def _on_request_made(self, predicted: str, reply: QDBusMessage) -> None:
        if self._log_error("RequestBackground", reply):
            self._stop_listening(predicted)
            self.background_answered.emit(BackgroundAnswer(ResponseCode.ENDED, False, False))
            return
        handle = reply.arguments()[0].path() if reply.arguments() else predicted
        if handle != predicted and self._connection is not None:
            # A portal older than the naming rule chose its own path: follow it there.
            self._stop_listening(predicted)
            self._listen_for_response(self._connection, handle)

    @Slot(str, int, dict)
    def _on_response(self, path: str, code: int, results: dict[str, object]) -> None:
        if path not in self._listeners:
            return
        self._stop_listening(path)
        answer = BackgroundAnswer.from_response(code, results)
        logger.info("background request answered: %s", answer)
        self.background_answered.emit(answer)

    # --- plumbing ---------------------------------------------------------------------------

    def _send(self, bus: QDBusConnection, call: QDBusMessage, on_reply: Any) -> None:
        from PySide6.QtDBus import QDBusPendingCallWatcher

        watcher = QDBusPendingCallWatcher(bus.asyncCall(call, CALL_TIMEOUT_MS), self)
        self._watchers[watcher] = on_reply
        watcher.finished.connect(self._on_call_finished)

    @Slot(object)
    def _on_call_finished(self, watcher: Any) -> None:
        on_reply = self._watchers.pop(watcher, None)
        if on_reply is None:
            return  # closed meanwhile
        reply = watcher.reply()
        watcher.deleteLater()
        on_reply(reply)

    @staticmethod
    def _log_error(what: str, reply: QDBusMessage) -> bool:
        if _is_error(reply):
            logger.info("Desktop portal refused %s: %s", what, reply.errorMessage())
            return True
        return False


class PortalInhibitor(QObject):
    """Keeps the screen on through the Inhibit portal; the same interface as
    ``ScreenSaverInhibitor``, which cannot reach the desktop from inside a sandbox.

    ``Inhibit`` takes ``uint32`` flags, which PySide6 cannot put in a hand-made message (a
    Python int goes out as ``int32``). A ``QDBusInterface`` whose description has the Qt types
    (see ``_typed_inhibit_interface``) marshals a typed ``uint`` argument. That call blocks, so
    it is made only after an asynchronous ``Ping`` has shown the portal alive, and with a
    short timeout. Release closes the returned Request object.

    Signals:
        active_changed(bool): the portal confirmed the request (True), or it was let go (False).
    """

    active_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection_name = f"backtimer-inhibit-{next(_connection_numbers)}"
        self._connection: QDBusConnection | None = None
        self._tokens = HandleTokens("inhibit")
        self._reason: str | None = None  # set while a request is wanted
        self._watcher: Any = None  # the Ping in flight
        self._handle: str | None = None

    @property
    def is_active(self) -> bool:
        """True while the portal holds the screen on for us."""
        return self._handle is not None

    def inhibit(self, reason: str) -> None:
        """Ask for the screen to stay on, telling the desktop ``reason``; no-op if asked already."""
        if self._reason is not None:
            return
        if self._connection is None:
            self._connection = connect_session_bus(self._connection_name)
            if self._connection is None:
                return
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        self._reason = reason
        probe = QDBusMessage.createMethodCall(
            portals.BUS_NAME,
            portals.OBJECT_PATH,
            "org.freedesktop.DBus.Peer",
            "Ping",
        )
        self._watcher = QDBusPendingCallWatcher(
            self._connection.asyncCall(probe, CALL_TIMEOUT_MS), self
        )
        self._watcher.finished.connect(self._on_portal_found)

    def release(self) -> None:
        """Let the screen saver work again; also cancels a request still on its way."""
        self._reason = None
        self._forget_watcher()
        handle, self._handle = self._handle, None
        if handle is None or self._connection is None:
            return
        from PySide6.QtDBus import QDBus, QDBusMessage

        close = QDBusMessage.createMethodCall(portals.BUS_NAME, handle, portals.REQUEST, "Close")
        self._connection.call(close, QDBus.CallMode.NoBlock)
        self.active_changed.emit(False)

    @Slot(object)
    def _on_portal_found(self, watcher: Any) -> None:
        if watcher is not self._watcher or self._reason is None or self._connection is None:
            return
        self._forget_watcher()
        if _is_error(watcher.reply()):
            logger.info("Screen saver left alone: %s", watcher.reply().errorMessage())
            self._reason = None
            return
        handle = self._call_inhibit(self._connection, self._reason)
        if handle is None:
            self._reason = None
            return
        self._handle = handle
        self.active_changed.emit(True)

    def _call_inhibit(self, connection: QDBusConnection, reason: str) -> str | None:
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

        token = self._tokens.next()
        options = portals.inhibit_request(token, reason=reason)
        interface = _typed_inhibit_interface(connection)
        interface.setTimeout(CALL_TIMEOUT_MS)
        try:
            handle = QMetaObject.invokeMethod(
                interface,
                "Inhibit",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("QDBusObjectPath"),
                Q_ARG("QString", ""),
                Q_ARG("uint", int(InhibitFlag.IDLE)),
                Q_ARG("QVariantMap", options),
            )
        except RuntimeError as error:  # the portal's introspection lacks a typed Inhibit
            logger.info("Screen saver left alone: %s (%s)", error, interface.lastError().message())
            return None
        if interface.lastError().isValid() or handle is None or not handle.path():
            logger.info("Screen saver left alone: %s", interface.lastError().message())
            return None
        return str(handle.path())

    def _forget_watcher(self) -> None:
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None


TYPES_PATH = "/io/github/backtimer/Backtimer/portal_types"
"""Where our own description of the Inhibit method is shown, briefly, to our own connection."""


def _typed_inhibit_interface(connection: QDBusConnection) -> Any:
    """A ``QDBusInterface`` to the portal's Inhibit whose method carries Qt types.

    QtDBus keeps one description per interface name and connection, made the first time an
    interface is opened. Opening ``org.freedesktop.portal.Inhibit`` first on an object of our
    own that describes it with its Qt types (``portals.INHIBIT_INTROSPECTION``) makes that the
    description, whatever the portal's introspection says, and saves asking the portal."""
    from PySide6.QtDBus import QDBusInterface, QDBusVirtualObject

    class InhibitTypes(QDBusVirtualObject):
        def introspect(self, path: str) -> str:
            return portals.INHIBIT_INTROSPECTION

        def handleMessage(self, message: Any, connection: Any) -> bool:
            return False

    types = InhibitTypes()
    if connection.registerVirtualObject(TYPES_PATH, types):
        QDBusInterface(connection.baseService(), TYPES_PATH, portals.INHIBIT, connection)
        connection.unregisterObject(TYPES_PATH)
    return QDBusInterface(portals.BUS_NAME, portals.OBJECT_PATH, portals.INHIBIT, connection)


def idle_inhibitor(
    parent: QObject | None = None, *, sandboxed: bool | None = None
) -> PortalInhibitor | ScreenSaverInhibitor:
    """What keeps the screen on during a workout: the Inhibit portal inside a sandbox, where the
    screensaver service is filtered out, else ``org.freedesktop.ScreenSaver`` as before."""
    if is_sandboxed() if sandboxed is None else sandboxed:
        return PortalInhibitor(parent)
    from backtimer.ui.workout.screensaver import ScreenSaverInhibitor

    return ScreenSaverInhibitor(parent)


def desktop_portal(parent: QObject | None = None) -> PortalClient | None:
    """A portal client inside a sandbox, where the desktop is only reachable that way; None
    outside, where the tray, the autostart folder and the screensaver service work directly."""
    return PortalClient(parent) if is_sandboxed() else None

"""A fake ``org.freedesktop.portal.Desktop`` for the portal tests, run as its own process.

It must be a separate process, like the real portal: the app's ``Inhibit`` call blocks the
calling thread, and PySide holds the interpreter lock meanwhile, so a fake in the test's own
process (or a thread of it) could never answer. Run as
``python -m tests.ui.desktop.fake_portal ADDRESS``; it prints ``ready`` once it owns the name.

It introspects like the real portal (the same signatures and Qt type annotations as
xdg-desktop-portal's interface files), answers only calls whose D-Bus types match, records every
call, and puts a Request object at the path the naming rule predicts. The test steers and reads
it through a small control interface (``CONTROL_PATH``), see ``PortalControl``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from backtimer.desktop import portals

CONTROL_PATH = "/test/control"
CONTROL_INTERFACE = "test.FakePortal"


def _introspection(body: str, name: str) -> str:
    return f'<interface name="{name}">{body}</interface>'


NOTIFICATION_XML = _introspection(
    """
  <method name="AddNotification">
    <arg type="s" name="id" direction="in"/>
    <annotation name="org.qtproject.QtDBus.QtTypeName.In1" value="QVariantMap"/>
    <arg type="a{sv}" name="notification" direction="in"/>
  </method>
  <method name="RemoveNotification">
    <arg type="s" name="id" direction="in"/>
  </method>
  <signal name="ActionInvoked">
    <arg type="s" name="id"/>
    <arg type="s" name="action"/>
    <arg type="av" name="parameter"/>
  </signal>""",
    portals.NOTIFICATION,
)
BACKGROUND_XML = _introspection(
    """
  <method name="RequestBackground">
    <arg type="s" name="parent_window" direction="in"/>
    <annotation name="org.qtproject.QtDBus.QtTypeName.In1" value="QVariantMap"/>
    <arg type="a{sv}" name="options" direction="in"/>
    <arg type="o" name="handle" direction="out"/>
  </method>""",
    portals.BACKGROUND,
)
INHIBIT_XML = _introspection(
    """
  <method name="Inhibit">
    <arg type="s" name="window" direction="in"/>
    <arg type="u" name="flags" direction="in"/>
    <annotation name="org.qtproject.QtDBus.QtTypeName.In2" value="QVariantMap"/>
    <arg type="a{sv}" name="options" direction="in"/>
    <arg type="o" name="handle" direction="out"/>
  </method>""",
    portals.INHIBIT,
)


if os.environ.get("FAKE_PORTAL_WITHOUT_QT_TYPES"):  # like portals before 1.19.1
    NOTIFICATION_XML, BACKGROUND_XML, INHIBIT_XML = (
        re.sub(r'<annotation name="org\.qtproject[^>]*/>', "", xml)
        for xml in (NOTIFICATION_XML, BACKGROUND_XML, INHIBIT_XML)
    )


# --- the fake, in its own process --------------------------------------------------------------


class Desk(QObject):
    """What the portal's adaptors share: the record of calls and the knobs the test turns."""

    def __init__(self, connection: QDBusConnection) -> None:
        super().__init__()
        self.connection = connection
        self.calls: list[dict[str, Any]] = []
        self.refused: set[str] = set()
        self.background_answer: tuple[int, dict[str, Any]] = (
            0,
            {"background": True, "autostart": True},
        )
        self.requests: dict[str, FakeRequest] = {}
        self.closed: list[str] = []

    def record(self, message: QDBusMessage, arguments: list[Any]) -> bool:
        """Note the call; False (and an error reply) if the test asked for a refusal."""
        self.calls.append(
            {
                "interface": message.interface(),
                "member": message.member(),
                "signature": message.signature(),
                "arguments": arguments,
                "sender": message.service(),
            }
        )
        if message.member() in self.refused:
            message.setDelayedReply(True)
            error = message.createErrorReply("org.freedesktop.DBus.Error.Failed", "refused")
            self.connection.send(error)
            return False
        return True

    def open_request(self, message: QDBusMessage, token: str) -> QDBusObjectPath:
        path = portals.request_path(message.service(), token)
        request = FakeRequest(self, path)
        self.requests[path] = request
        self.connection.registerObject(
            path,
            request,
            QDBusConnection.RegisterOption.ExportAllSlots
            | QDBusConnection.RegisterOption.ExportAllSignals,
        )
        return QDBusObjectPath(path)


@ClassInfo({"D-Bus Interface": portals.REQUEST})
class FakeRequest(QObject):
    Response = Signal("uint", "QVariantMap")

    def __init__(self, desk: Desk, path: str) -> None:
        super().__init__()
        self._desk = desk
        self.path = path

    @Slot()
    def Close(self) -> None:
        self._desk.closed.append(self.path)
        self._desk.connection.unregisterObject(self.path)


@ClassInfo({"D-Bus Interface": portals.NOTIFICATION, "D-Bus Introspection": NOTIFICATION_XML})
class NotificationAdaptor(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, desk: Desk) -> None:
        super().__init__(parent)
        self._desk = desk

    @Slot(str, "QVariantMap", QDBusMessage)
    def AddNotification(self, notification_id: str, options: dict, message: QDBusMessage) -> None:
        self._desk.record(message, [notification_id, options])

    @Slot(str, QDBusMessage)
    def RemoveNotification(self, notification_id: str, message: QDBusMessage) -> None:
        self._desk.record(message, [notification_id])


@ClassInfo({"D-Bus Interface": portals.BACKGROUND, "D-Bus Introspection": BACKGROUND_XML})
class BackgroundAdaptor(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, desk: Desk) -> None:
        super().__init__(parent)
        self._desk = desk

    @Slot(str, "QVariantMap", QDBusMessage, result=QDBusObjectPath)
    def RequestBackground(self, window: str, options: dict, message: QDBusMessage) -> Any:
        if not self._desk.record(message, [window, options]):
            return QDBusObjectPath("/")
        handle = self._desk.open_request(message, str(options.get("handle_token", "")))
        request = self._desk.requests[handle.path()]
        code, results = self._desk.background_answer
        QTimer.singleShot(20, lambda: request.Response.emit(code, results))
        return handle


@ClassInfo({"D-Bus Interface": portals.INHIBIT, "D-Bus Introspection": INHIBIT_XML})
class InhibitAdaptor(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, desk: Desk) -> None:
        super().__init__(parent)
        self._desk = desk

    @Slot(str, "uint", "QVariantMap", QDBusMessage, result=QDBusObjectPath)
    def Inhibit(self, window: str, flags: int, options: dict, message: QDBusMessage) -> Any:
        if not self._desk.record(message, [window, flags, options]):
            return QDBusObjectPath("/")
        return self._desk.open_request(message, str(options.get("handle_token", "")))


@ClassInfo({"D-Bus Interface": CONTROL_INTERFACE})
class Control(QObject):
    """The test's handle on the fake."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self._desk = desk

    @Slot(result=str)
    def Calls(self) -> str:
        return json.dumps(self._desk.calls)

    @Slot(result=str)
    def Closed(self) -> str:
        return json.dumps(self._desk.closed)

    @Slot(str, bool)
    def Refuse(self, member: str, refused: bool) -> None:
        (self._desk.refused.add if refused else self._desk.refused.discard)(member)

    @Slot(int, bool, bool)
    def AnswerBackground(self, code: int, background: bool, autostart: bool) -> None:
        self._desk.background_answer = (code, {"background": background, "autostart": autostart})

    @Slot(str, str, str)
    def InvokeAction(self, destination: str, notification_id: str, action: str) -> None:
        signal = QDBusMessage.createTargetedSignal(
            destination, portals.OBJECT_PATH, portals.NOTIFICATION, "ActionInvoked"
        )
        signal.setArguments([notification_id, action, []])
        self._desk.connection.send(signal)


def serve(address: str) -> int:
    app = QCoreApplication([])
    connection = QDBusConnection.connectToBus(address, "fake-portal")
    desk = Desk(connection)
    portal = QObject()
    adaptors = [
        cls(portal, desk) for cls in (NotificationAdaptor, BackgroundAdaptor, InhibitAdaptor)
    ]
    control = Control(desk)
    registered = connection.registerObject(
        portals.OBJECT_PATH, portal, QDBusConnection.RegisterOption.ExportAdaptors
    ) and connection.registerObject(
        CONTROL_PATH, control, QDBusConnection.RegisterOption.ExportAllSlots
    )
    if not (registered and connection.registerService(portals.BUS_NAME)):
        print("failed:", connection.lastError().message(), flush=True)
        return 1
    parent = os.getppid()
    orphan_check = QTimer()
    orphan_check.timeout.connect(lambda: os.getppid() != parent and app.quit())
    orphan_check.start(500)  # a crashed test run must not leave the fake behind
    print("ready", flush=True)
    assert adaptors
    return app.exec()


# --- the test's side ---------------------------------------------------------------------------


class PortalControl:
    """Steers and reads the fake portal from the test (blocking calls are fine: it is another
    process)."""

    def __init__(self, connection: QDBusConnection) -> None:
        self._connection = connection

    def _call(self, method: str, *arguments: Any) -> list[Any]:
        call = QDBusMessage.createMethodCall(
            portals.BUS_NAME, CONTROL_PATH, CONTROL_INTERFACE, method
        )
        call.setArguments(list(arguments))
        reply = self._connection.call(call)
        assert reply.type() is QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()
        return reply.arguments()

    def calls(self, member: str) -> list[dict[str, Any]]:
        return [call for call in json.loads(self._call("Calls")[0]) if call["member"] == member]

    def closed(self) -> list[str]:
        return json.loads(self._call("Closed")[0])

    def refuse(self, member: str, refused: bool = True) -> None:
        self._call("Refuse", member, refused)

    def answer_background(self, code: int, *, background: bool, autostart: bool) -> None:
        self._call("AnswerBackground", code, background, autostart)

    def invoke_action(self, destination: str, notification_id: str, action: str) -> None:
        self._call("InvokeAction", destination, notification_id, action)


@pytest.fixture
def portal(session_bus: str, request: pytest.FixtureRequest) -> Iterator[PortalControl]:
    """The fake portal running on the test bus, and the test's control over it. Parametrize
    it indirectly with ``"without-qt-types"`` for a portal whose introspection lacks the Qt
    type annotations."""
    environment = dict(os.environ)
    if getattr(request, "param", "") == "without-qt-types":
        environment["FAKE_PORTAL_WITHOUT_QT_TYPES"] = "1"
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.desktop.fake_portal", session_bus],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    connection = QDBusConnection.connectToBus(session_bus, "portal-control")
    try:
        first_line = process.stdout.readline().strip() if process.stdout else ""
        assert first_line == "ready", f"the fake portal did not start: {first_line!r}"
        yield PortalControl(connection)
    finally:
        QDBusConnection.disconnectFromBus("portal-control")
        process.terminate()
        process.wait(timeout=5)


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1]))

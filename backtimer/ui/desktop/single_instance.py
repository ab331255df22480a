"""One Backtimer per user and data folder: a second launch hands its request to the first.

The first instance listens on a local socket named after the user and the data folder; a second
launch connects, sends what it was asked to do (``show``, or ``start ROUTINE``), waits for a
one-line acknowledgement and exits. Behind the socket stands ``InstanceLock``, so even when the
socket fails two processes never write the same journal.

Start-up takes the lock first (an OS call, no Qt networking): the first launch is then the
primary at once, and may open its socket after the window's first paint
(``listen_after_first_paint``), keeping QtNetwork off the path to the first frame. A launch that
meets the lock keeps trying the socket for a few seconds, so it still reaches that window.

Wire format: one UTF-8 JSON object per line, e.g. ``{"command": "start", "routine_id": "x"}``;
the answer is ``ok``.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from backtimer.desktop.instance_lock import InstanceLock
from backtimer.ui.desktop.first_paint import call_after_first_paint

if TYPE_CHECKING:  # QtNetwork loads when a socket is first needed, not before the first frame
    import argparse

    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    from backtimer.paths import DataPaths

logger = logging.getLogger(__name__)

ENV_QUIT_AFTER_HANDOVER = "BACKTIMER_QUIT_AFTER_HANDOVER"
"""For tests of two real processes: the first quits once it has handled a later launch."""
ACK = b"ok\n"
CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 3000
MAX_MESSAGE_BYTES = 64_000


@dataclass(frozen=True)
class LaunchRequest:
    """What a launch asked for: bring the window forward, and maybe start a routine."""

    command: str = "show"
    routine_id: str | None = None

    def to_line(self) -> bytes:
        import json

        data = {"command": self.command, "routine_id": self.routine_id}
        return json.dumps(data).encode("utf-8") + b"\n"

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> LaunchRequest:
        if getattr(args, "command", None) == "start" and getattr(args, "routine_id", None):
            return cls("start", args.routine_id)
        return cls()

    @classmethod
    def from_line(cls, line: bytes) -> LaunchRequest:
        """Anything unreadable becomes a plain "show": the user still gets their window."""
        import json

        try:
            data = json.loads(line.decode("utf-8"))
            command = str(data.get("command") or "show")
            routine_id = data.get("routine_id")
        except (UnicodeDecodeError, ValueError, AttributeError):
            return cls()
        if command == "start" and isinstance(routine_id, str) and routine_id:
            return cls("start", routine_id)
        return cls()

    def __str__(self) -> str:
        return f"start {self.routine_id}" if self.command == "start" else self.command


def server_name(paths: DataPaths) -> str:
    """Per user and per data folder, short enough for a Unix socket path, no odd characters."""
    import getpass
    import hashlib

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{paths.root}".encode()).hexdigest()[:20]
    return f"backtimer-{digest}"


def hand_over(name: str, request: LaunchRequest, timeout_ms: int = REPLY_TIMEOUT_MS) -> bool:
    """Give ``request`` to a running instance; True once it acknowledged. Blocks briefly."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(request.to_line())
    acknowledged = False
    if socket.waitForBytesWritten(timeout_ms):
        reply = b""
        while not reply.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
            reply += bytes(socket.readAll().data())
        acknowledged = reply == ACK
    socket.disconnectFromServer()
    return acknowledged


class InstanceServer(QObject):
    """Listens for later launches and passes on what they ask.

    Signals:
        request_received: a later launch asked for something (LaunchRequest).
    """

    request_received = Signal(object)

    def __init__(self, name: str | Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server: QLocalServer | None = None
        self._closed = False
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        """The socket name (worked out on first use when given as a function)."""
        if callable(self._name):
            self._name = self._name()
        return self._name

    def listen(self) -> bool:
        """Start listening. Call only while holding the instance lock: any socket file left
        under this name then belongs to a process that has died, and is removed first."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is None:
            self._server = QLocalServer(self)
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._server.newConnection.connect(self._on_new_connection)
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            logger.info("listening for later launches as %s", self.name)
            return True
        logger.warning(
            "later launches cannot reach this window (%s): %s",
            self.name,
            self._server.errorString(),
        )
        return False

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        self._closed = True
        if self._server is not None:
            self._server.close()

    def listen_after_first_paint(self) -> None:
        """Listen once a window has painted (unless closed by then): later launches wait
        for the socket for a few seconds, the first frame does not wait for QtNetwork."""
        call_after_first_paint(lambda: None if self._closed else self.listen())

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in buffer and len(buffer) < MAX_MESSAGE_BYTES:
            self._buffers[socket] = buffer
            return
        line = buffer.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        request = LaunchRequest.from_line(line)
        # Answer first: handling may open a dialog, and the other launch should not wait for it.
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        logger.info("another launch asked: %s", request)
        self.request_received.emit(request)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


@dataclass
class Claim:
    """The outcome of ``claim``: exactly one of handed over, primary (lock + server), blocked."""

    handed_over: bool = False
    lock: InstanceLock | None = None
    server: InstanceServer | None = None
    holder_pid: int | None = None

    @property
    def blocked(self) -> bool:
        return not self.handed_over and self.lock is None

    def blocked_message(self, paths: DataPaths) -> str:
        who = (
            QCoreApplication.translate("SingleInstance", "process {pid}").format(
                pid=self.holder_pid
            )
            if self.holder_pid
            else QCoreApplication.translate("SingleInstance", "another process")
        )
        return QCoreApplication.translate(
            "SingleInstance",
            "Backtimer is already running for the data folder {folder} ({who}), but that window "
            "did not answer. Switch to it, or close it and start Backtimer again. If it is "
            "stuck, end that process first: your journal is safe, every completed step is saved "
            "as it happens.",
        ).format(folder=paths.root, who=who)


def claim(
    paths: DataPaths,
    request: LaunchRequest,
    *,
    wait_s: float = 3.0,
    listen_after_first_paint: bool = False,
) -> Claim:
    """Hand this launch to a running Backtimer, or become the one that others hand over to.

    The lock decides: whoever takes it is the primary and serves the socket (at once, or after
    the first paint with ``listen_after_first_paint``). A launch that finds the lock taken keeps
    trying the socket for ``wait_s``, long enough for a primary that is still starting up.
    """
    lock = InstanceLock.for_data_dir(paths.root)
    deadline = time.monotonic() + wait_s
    while not lock.acquire():
        if hand_over(server_name(paths), request):
            return Claim(handed_over=True)
        if time.monotonic() >= deadline:
            return Claim(holder_pid=lock.holder_pid())
        QThread.msleep(100)
    if listen_after_first_paint:
        server = InstanceServer(functools.partial(server_name, paths))
        server.listen_after_first_paint()
    else:
        server = InstanceServer(server_name(paths))
        server.listen()
    return Claim(lock=lock, server=server)

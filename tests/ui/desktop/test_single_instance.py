"""One Backtimer per data folder: a second launch hands over to the first, never writes itself."""

from __future__ import annotations

import functools
import os
import queue
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from backtimer.cli import parse
from backtimer.desktop.instance_lock import InstanceLock
from backtimer.paths import DataPaths
from backtimer.ui import app as app_module
from backtimer.ui.desktop.single_instance import (
    ACK,
    ENV_QUIT_AFTER_HANDOVER,
    InstanceServer,
    LaunchRequest,
    claim,
    server_name,
)

READY_LINE = "listening for later launches"
START_TIMEOUT_S = 60


class AppProcess:
    """A real ``python -m backtimer`` whose stderr lines are collected as they come."""

    def __init__(self, *args: str, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "backtimer", *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._queue.put(line)
        self._queue.put(None)

    def wait_for_line(self, text: str, timeout: float = START_TIMEOUT_S) -> str:
        """Block until a stderr line contains ``text`` (fails if the process ends first)."""
        while True:
            try:
                line = self._queue.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no line with {text!r} in: {self.lines}") from None
            if line is None:
                raise AssertionError(f"process ended without {text!r}: {self.lines}")
            self.lines.append(line)
            if text in line:
                return line

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)


@pytest.fixture
def app_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Offscreen, isolated HOME; safety screen seen and no pain prompt, so nothing is modal."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    settings = Path(env["XDG_CONFIG_HOME"]) / "Backtimer" / "backtimer.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(
        "[prefs]\nsafety_seen=true\nask_pain_before=false\nask_pain_after=false\n",
        encoding="utf-8",
    )
    return env


@pytest.mark.slow
def test_a_second_launch_hands_its_routine_to_the_first(
    tmp_path: Path, app_env: dict[str, str]
) -> None:
    """`backtimer start ROUTINE` while Backtimer runs: exits 0 at once, the first starts it."""
    data = str(tmp_path / "data")
    first = AppProcess("--data-dir", data, env={**app_env, ENV_QUIT_AFTER_HANDOVER: "1"})
    try:
        first.wait_for_line(READY_LINE)
        second = subprocess.run(
            [sys.executable, "-m", "backtimer", "--data-dir", data, "start", "rt_back_basics"],
            env=app_env,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stderr
        first.wait_for_line("another launch asked: start rt_back_basics")
        first.wait_for_line("started rt_back_basics for another launch")
        assert first.process.wait(timeout=START_TIMEOUT_S) == 0
    finally:
        first.stop()
    assert "Traceback" not in "".join(first.lines)


def test_a_launch_that_cannot_reach_the_first_says_so(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lock held but nobody answering: a clear message, exit 2, the journal never opened."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append(text))
    monkeypatch.setattr(app_module, "claim", functools.partial(claim, wait_s=0))
    lock = InstanceLock.for_data_dir(data_paths.root)
    assert lock.acquire()
    try:
        assert app_module.run_gui(parse(["--data-dir", str(data_paths.root)])) == 2
    finally:
        lock.release()
    (message,) = shown
    assert f"already running for the data folder {data_paths.root} (process {os.getpid()})" in (
        message
    )
    assert not data_paths.journal_file.exists()


def test_the_lock_is_exclusive_and_names_its_holder(data_paths: DataPaths) -> None:
    """While one holder has the lock, another cannot take it and can read who has it."""
    first = InstanceLock.for_data_dir(data_paths.root)
    second = InstanceLock.for_data_dir(data_paths.root)
    assert first.acquire()
    try:
        assert not second.acquire()
        assert second.holder_pid() == os.getpid()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_a_stale_socket_from_a_crash_is_replaced(data_paths: DataPaths) -> None:
    """A socket file left by a killed process: the next launch removes it and listens."""
    probe = QLocalServer()
    assert probe.listen(server_name(data_paths))
    path = probe.fullServerName()
    probe.close()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # bound, never listening, then abandoned: what SIGKILL leaves behind
    stale.close()
    assert Path(path).exists()
    instance = claim(data_paths, LaunchRequest(), wait_s=0)
    try:
        assert instance.server is not None
        assert instance.server.is_listening()
    finally:
        if instance.server is not None:
            instance.server.close()
        if instance.lock is not None:
            instance.lock.release()


@pytest.mark.parametrize(
    ("line", "request_"),
    [
        (b'{"command": "start", "routine_id": "rt_x"}', LaunchRequest("start", "rt_x")),
        (b'{"command": "show"}', LaunchRequest()),
        (b'{"command": "start"}', LaunchRequest()),
        (b"\xff not json", LaunchRequest()),
        (b"[1, 2]", LaunchRequest()),
    ],
)
def test_requests_decode_safely(line: bytes, request_: LaunchRequest) -> None:
    """A start needs a routine id; anything unreadable just brings the window forward."""
    assert LaunchRequest.from_line(line) == request_


def test_server_acknowledges_and_passes_the_request_on(qtbot: QtBot, data_paths: DataPaths) -> None:
    """A client's line arrives as a LaunchRequest and the client gets "ok" back."""
    server = InstanceServer(server_name(data_paths))
    assert server.listen()
    client = QLocalSocket()
    replies: list[bytes] = []
    client.readyRead.connect(lambda: replies.append(bytes(client.readAll().data())))
    try:
        with qtbot.waitSignal(server.request_received) as received:
            client.connectToServer(server.name)
            client.write(LaunchRequest("start", "rt_back_basics").to_line())
        assert received.args == [LaunchRequest("start", "rt_back_basics")]
        qtbot.waitUntil(lambda: b"".join(replies) == ACK)
    finally:
        client.abort()
        server.close()


@pytest.mark.parametrize(
    ("root_a", "root_b", "same"), [("/d/one", "/d/one", True), ("/d/one", "/d/two", False)]
)
def test_server_name_is_per_data_folder(root_a: str, root_b: str, same: bool) -> None:
    """Two data folders run side by side; the same folder always meets the same name."""
    name_a, name_b = server_name(DataPaths(Path(root_a))), server_name(DataPaths(Path(root_b)))
    assert (name_a == name_b) is same
    assert len(name_a) < 40

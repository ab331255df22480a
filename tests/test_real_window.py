"""The real app in a real X window (Xvfb), driven by keys as a user would, checked in the journal.

Skipped where Xvfb or xdotool is missing; `.ci/run` installs both, so CI always runs it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from itertools import pairwise
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.realwindow,
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool (Debian: xvfb xdotool)",
    ),
]

ROUTINE = """
[[routine]]
id = "real_window_test"
title = "Real window test"
category = "stabilisation"
level = "beginner"
summary = "Five short steps: get ready, hold, rest, hold, continuous."
prepare_s = 1

[[routine.block]]
exercise = "stab_bird_dog"
mode = "hold"
hold_s = 2
reps = 2
rest_rep_s = 1

[[routine.block]]
exercise = "stab_glute_bridge"
mode = "continuous"
duration_s = 2
prepare_s = 0
"""
PAUSE_S = 1.0


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb server; its display number is chosen by Xvfb itself."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


XDOTOOL_LOG: list[str] = []


def _xdotool(display: str, *args: str, timeout: float = 20) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if args[0] != "search" or result.stdout.strip():
        XDOTOOL_LOG.append(
            f"{time.monotonic():.2f} {' '.join(args)} -> {result.returncode}"
            f" {result.stdout.strip()!r} {result.stderr.strip()[:200]!r}"
        )
    return result.stdout.strip()


def _wait_for_window(display: str, title_regex: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _xdotool(display, "search", "--onlyvisible", "--name", title_regex)
        if found:
            return found.splitlines()[0]
        time.sleep(0.1)
    raise AssertionError(f"no window matching {title_regex!r} appeared")


def _is_shown(display: str, title_regex: str) -> bool:
    return bool(_xdotool(display, "search", "--onlyvisible", "--name", title_regex))


def _wait_until_gone(display: str, title_regex: str, timeout: float = 30) -> bool:
    """True once the window has been absent on two checks in a row (searches can blink)."""
    deadline = time.monotonic() + timeout
    absent = 0
    while time.monotonic() < deadline:
        absent = 0 if _is_shown(display, title_regex) else absent + 1
        if absent >= 2:
            return True
        time.sleep(0.1)
    return False


def _answer(display: str, title_regex: str, *keys: str) -> None:
    """Type into a dialog until it closes; on a loaded machine a key can go astray."""
    window = _wait_for_window(display, title_regex)
    _keys(display, window, *keys)
    for _ in range(3):
        if _wait_until_gone(display, title_regex, timeout=5):
            return
        _keys(display, _wait_for_window(display, title_regex), keys[-1])
    raise AssertionError(f"the dialog {title_regex!r} did not close")


def _keys(display: str, window: str, *keys: str) -> None:
    """Focus the window (there is no window manager to do it) and type the keys."""
    _xdotool(display, "windowfocus", "--sync", window)
    for key in keys:
        _xdotool(display, "key", key)


def test_follow_a_routine_in_a_real_window(display: str, tmp_path: Path) -> None:
    """Start, pause, resume and skip by keyboard; the journal holds every step, on time."""
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "real.toml").write_text(ROUTINE, encoding="utf-8")
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "backtimer", "--data-dir", str(data), "start", "real_window_test"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _answer(display, "^Welcome", "Return")  # the first-run safety screen
        _answer(display, "^Before you start", "3", "Return")
        main = _wait_for_window(display, "^Real window test")  # the player is on screen
        _keys(display, main, "space")  # start
        time.sleep(1.6)  # into the first hold
        _keys(display, main, "space")  # pause
        time.sleep(PAUSE_S)
        _keys(display, main, "space", "Right")  # resume, then skip the rest of the hold
        _answer(display, "^How do you feel now", "2", "Return")
        if shutil.which("import"):  # ImageMagick: keep a screenshot of the summary to look at
            shot = tmp_path / "finished.png"
            subprocess.run(["import", "-window", "root", str(shot)], env=env, timeout=20)
        _keys(display, main, "Escape", "ctrl+q")
        output, _ = app.communicate(timeout=20)
    except BaseException:
        if shutil.which("import"):
            failure_shot = tmp_path / "failure.png"
            subprocess.run(["import", "-window", "root", str(failure_shot)], env=env, timeout=20)
            print(f"screenshot at failure: {failure_shot}")
        app.kill()
        output, _ = app.communicate(timeout=20)
        print("app output:\n" + output)  # shown by pytest with the failure
        print("xdotool:\n" + "\n".join(XDOTOOL_LOG[-40:]))
        raise
    assert app.returncode == 0, output

    with sqlite3.connect(data / "journal.sqlite3") as conn:
        status, routine_id = conn.execute("SELECT status, routine_id FROM session").fetchone()
        steps = conn.execute(
            "SELECT kind, skipped, planned_s, actual_s, started_utc, ended_utc FROM step"
            " ORDER BY step_index"
        ).fetchall()
        pain = dict(conn.execute("SELECT context, score FROM pain").fetchall())
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    assert (status, routine_id) == ("completed", "real_window_test")
    assert pain == {"before": 3, "after": 2}
    assert integrity == "ok"
    assert [kind for kind, *_ in steps] == ["prepare", "hold", "rest", "hold", "work"]
    assert [skipped for _, skipped, *_ in steps] == [0, 1, 0, 0, 0]

    def span(row: tuple[object, ...]) -> float:
        started, ended = (datetime.fromisoformat(str(t)) for t in row[4:6])
        return (ended - started).total_seconds()

    paused_step = steps[1]
    # The pause lasted about PAUSE_S (keys under a loaded CI machine can arrive late).
    assert PAUSE_S * 0.5 <= span(paused_step) - paused_step[3] <= PAUSE_S + 3
    for row in (steps[0], *steps[2:]):  # steps that ran out: exactly their planned length
        assert span(row) == pytest.approx(row[2], abs=0.005)
    assert all(a[5] == b[4] for a, b in pairwise(steps)), "steps chain without gaps"

"""The real app in a real X window (Xvfb), driven by keys as a user would, checked in the journal.

Skipped where Xvfb or xdotool is missing; the floor-mode walk also needs openbox (a window manager:
full screen is the window manager's job) and xprop. `.ci/run` installs them all, so CI runs both.
Set BACKTIMER_SHOTS_DIR to keep the screenshots (ImageMagick's `import`) for looking at.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
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
        time.sleep(1.6)  # get ready counts at once: into the first hold
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


FLOOR_ROUTINE = """
[[routine]]
id = "floor_test"
title = "Floor test"
category = "stabilisation"
level = "beginner"
summary = "Get ready, four long alternating holds, then a bridge."
prepare_s = 2

[[routine.block]]
exercise = "stab_bird_dog"
mode = "hold"
hold_s = 30
reps = 2
rest_rep_s = 2
sides = "alternate"

[[routine.block]]
exercise = "stab_glute_bridge"
mode = "continuous"
duration_s = 5
prepare_s = 0
"""
SCREEN = (1280, 800)
NORMAL = (1000, 650)


@pytest.fixture
def window_manager(display: str) -> Iterator[str]:
    """openbox on the private display, running once it has claimed the screen."""
    if not (shutil.which("openbox") and shutil.which("xprop")):
        pytest.skip("needs openbox and xprop (Debian: openbox x11-utils)")
    env = {**os.environ, "DISPLAY": display}
    manager = subprocess.Popen(
        ["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _poll(
            lambda: "window id" in _xprop(display, "-root", "_NET_SUPPORTING_WM_CHECK"),
            "openbox to start",
        )
        yield display
    finally:
        manager.terminate()
        manager.wait(timeout=10)


def _xprop(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xprop", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    return result.stdout


def _poll(condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
    """Wait for ``condition`` (checked every 0.1 s); a loaded 2-core machine can be slow."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _geometry(display: str, window: str) -> tuple[int, int, int, int]:
    """(x, y, width, height) as the X server has it."""
    shell = _xdotool(display, "getwindowgeometry", "--shell", window)
    values = dict(line.split("=", 1) for line in shell.splitlines() if "=" in line)
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def _same_place(
    now: tuple[int, int, int, int], before: tuple[int, int, int, int], scale: str
) -> bool:
    """Same size; same place, give or take the physical pixel a 2x window cannot address
    (the window manager's 1 px border puts it on an odd pixel, half a logical one)."""
    slack = 0 if scale == "1" else 1
    return now[2:] == before[2:] and all(
        abs(a - b) <= slack for a, b in zip(now, before, strict=True)
    )


def _full_screen(display: str, window: str) -> bool:
    return "_NET_WM_STATE_FULLSCREEN" in _xprop(display, "-id", window, "_NET_WM_STATE")


def _activate(display: str, window: str, *keys: str) -> None:
    """With a window manager, activate (not just focus) the window, then type."""
    _xdotool(display, "windowactivate", "--sync", window)
    for key in keys:
        _xdotool(display, "key", "--clearmodifiers", key)


def _shoot(display: str, tmp_path: Path, name: str) -> None:
    if not shutil.which("import"):
        return
    shot = tmp_path / f"{name}.png"
    subprocess.run(
        ["import", "-window", "root", str(shot)],
        env={**os.environ, "DISPLAY": display},
        timeout=30,
        check=False,
    )
    keep = os.environ.get("BACKTIMER_SHOTS_DIR")
    if keep and shot.exists():
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)


@pytest.mark.parametrize("scale", ["1", "2"])
def test_floor_mode_pause_hurt_and_stop_with_a_window_manager(
    window_manager: str, tmp_path: Path, scale: str
) -> None:
    """Floor mode, pause, H, "stop" in the hurt box, the after-pain score: then the window is as
    it was (size, place, not full screen, menus work: Ctrl+Q quits) and the journal says so."""
    display = window_manager
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "floor.toml").write_text(FLOOR_ROUTINE, encoding="utf-8")
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": scale,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "backtimer", "--data-dir", str(data), "start", "floor_test"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    shots = f"scale{scale}"
    try:
        _answer(display, "^Welcome", "Return")
        _answer(display, "^Before you start", "3", "Return")
        main = _wait_for_window(display, "^Floor test")
        player_shown = time.monotonic()
        first_place = _geometry(display, main)  # F twice where a first start puts the window
        _activate(display, main, "f")
        _poll(lambda: _full_screen(display, main), "floor mode to go full screen")
        _activate(display, main, "f")
        _poll(lambda: not _full_screen(display, main), "F to leave floor mode")
        _poll(
            lambda: _same_place(_geometry(display, main), first_place, scale),
            "the first place back",
        )

        def resized() -> bool:  # asked again until it takes: the player may still be settling
            _xdotool(display, "windowsize", "--sync", main, *map(str, NORMAL))
            # Near the top edge, where restoreGeometry once pushed a window a title bar down.
            _xdotool(display, "windowmove", "--sync", main, "2", "2")
            return _geometry(display, main)[2:] == NORMAL

        _poll(resized, "the window to take 1000×650")
        before = _geometry(display, main)
        assert not _full_screen(display, main)

        for _ in range(2):  # F twice: in and out of floor mode, the window as it was
            _activate(display, main, "f")
            _poll(lambda: _full_screen(display, main), "floor mode to go full screen")
            _activate(display, main, "f")
            _poll(lambda: not _full_screen(display, main), "F to leave floor mode")
            _poll(
                lambda: _same_place(_geometry(display, main), before, scale),
                "the window's size and place back",
            )
        _activate(display, main, "f")
        _poll(lambda: _full_screen(display, main), "floor mode to go full screen")
        _poll(lambda: _geometry(display, main) == (0, 0, *SCREEN), "the window to fill the screen")
        # Get ready (2 s) counts from the start: be well into the first 30-second hold.
        time.sleep(max(0.0, player_shown + 4 - time.monotonic()))
        _activate(display, main, "space")  # pause
        time.sleep(1)  # the paused banner is drawn: the window must not grow past the screen
        _shoot(display, tmp_path, f"{shots}-floor-paused")
        assert _geometry(display, main) == (0, 0, *SCREEN)

        _activate(display, main, "h")
        hurt = _wait_for_window(display, "^This hurts")
        _shoot(display, tmp_path, f"{shots}-this-hurts")
        x, y, width, height = _geometry(display, hurt)
        assert min(x, y) >= 0, "the 'this hurts' box is on screen"
        assert (x + width, y + height) <= SCREEN, "the box fits the screen"
        _activate(display, hurt, "4", "alt+t")  # 4/10, then "Stop the workout"
        assert _wait_until_gone(display, "^This hurts")
        _answer(display, "^How do you feel now", "2", "Return")

        _poll(lambda: not _full_screen(display, main), "floor mode to end with the workout")
        _poll(
            lambda: _same_place(_geometry(display, main), before, scale),
            "the window's size and place back",
        )
        _shoot(display, tmp_path, f"{shots}-summary")
        _activate(display, main, "Escape")  # close the summary
        _wait_for_window(display, "^Backtimer$")
        _activate(display, main, "ctrl+q")  # the menu bar's shortcuts work again
        output, _ = app.communicate(timeout=30)
    except BaseException:
        _shoot(display, tmp_path, f"{shots}-failure")
        app.kill()
        output, _ = app.communicate(timeout=20)
        print("app output:\n" + output)
        print("xdotool:\n" + "\n".join(XDOTOOL_LOG[-40:]))
        raise
    assert app.returncode == 0, output

    with sqlite3.connect(data / "journal.sqlite3") as conn:
        sessions = conn.execute("SELECT status, steps_planned FROM session").fetchall()
        pain = dict(conn.execute("SELECT context, score FROM pain").fetchall())
        hurts = conn.execute(
            "SELECT score, action, leg_or_nerve, exercise_name FROM hurt_event"
        ).fetchall()
        steps = conn.execute("SELECT kind, skipped, actual_s FROM step ORDER BY id").fetchall()
    assert sessions == [("stopped", 9)]
    assert pain == {"before": 3, "after": 2}
    assert hurts == [(4, "stopped", 0, "Bird dog, opposite arm and leg")]
    assert [(kind, skipped) for kind, skipped, _ in steps] == [("prepare", 0), ("hold", 1)]
    assert steps[1][2] >= 0.5  # the hold ran until the pause

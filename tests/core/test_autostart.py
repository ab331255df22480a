"""Start at login: the XDG autostart entry is written, kept valid, and removed; elsewhere no-op."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from backtimer import APP_ID
from backtimer.desktop.autostart import (
    AutostartError,
    autostart_file,
    exec_line,
    is_enabled,
    launch_command,
    set_start_at_login,
)

COMMAND = ["/opt/back timer/bin/backtimer", "--data-dir", "/home/ann/My Data"]


def test_entry_goes_to_xdg_config_home(tmp_path: Path) -> None:
    """XDG_CONFIG_HOME decides the folder; the file is named after the app id."""
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    assert autostart_file(environ) == tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"


@pytest.mark.parametrize("value", ["", "relative/config"])
def test_unset_or_relative_config_home_falls_back_to_dot_config(value: str) -> None:
    """An empty or relative XDG_CONFIG_HOME is ignored, as the spec requires."""
    expected = Path.home() / ".config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart_file({"XDG_CONFIG_HOME": value}) == expected


def test_enable_writes_the_entry_and_disable_removes_it(tmp_path: Path) -> None:
    """Turning start at login on creates the file with the command; off deletes it."""
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    path = set_start_at_login(True, COMMAND, environ=environ, platform="linux")
    assert path is not None
    assert is_enabled(environ, platform="linux")
    text = path.read_text(encoding="utf-8")
    assert 'Exec="/opt/back timer/bin/backtimer" --data-dir "/home/ann/My Data"\n' in text
    assert f"Icon={APP_ID}\n" in text
    set_start_at_login(False, COMMAND, environ=environ, platform="linux")
    assert not path.exists()
    assert not is_enabled(environ, platform="linux")


def test_disabling_when_never_enabled_is_fine(tmp_path: Path) -> None:
    """Removing an entry that does not exist is not an error."""
    path = set_start_at_login(
        False, COMMAND, environ={"XDG_CONFIG_HOME": str(tmp_path)}, platform="linux"
    )
    assert path is not None
    assert not path.exists()


@pytest.mark.parametrize("platform", ["darwin", "win32", "cygwin"])
def test_other_systems_are_left_untouched(platform: str, tmp_path: Path) -> None:
    """macOS and Windows: nothing is written and nothing breaks."""
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    assert set_start_at_login(True, COMMAND, environ=environ, platform=platform) is None
    assert not is_enabled(environ, platform=platform)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_a_plain_error(tmp_path: Path) -> None:
    """A file where the autostart folder should be: a user-facing error naming the path."""
    (tmp_path / "autostart").write_text("not a folder", encoding="utf-8")
    with pytest.raises(AutostartError, match="Cannot write the start-at-login entry"):
        set_start_at_login(
            True, COMMAND, environ={"XDG_CONFIG_HOME": str(tmp_path)}, platform="linux"
        )


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (["/usr/bin/backtimer"], "/usr/bin/backtimer"),
        (["/a b/backtimer"], '"/a b/backtimer"'),
        (["x", "50%"], "x 50%%"),
        (["x", 'say "hi"'], r'x "say \\"hi\\""'),
        (["x", "$HOME"], r'x "\\$HOME"'),
        (["x", r"C:\dir"], r'x "C:\\\\dir"'),
        (["x", ""], 'x ""'),
    ],
)
def test_exec_line_quotes_by_the_desktop_entry_rules(command: list[str], line: str) -> None:
    """Reserved characters are quoted, then the string escape doubles every backslash."""
    assert exec_line(command) == line


def test_exec_line_refuses_line_breaks() -> None:
    """A line break would end the Exec key early: refused rather than written broken."""
    with pytest.raises(AutostartError, match="line break"):
        exec_line(["x", "a\nb"])


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)",
)
def test_written_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    """The entry, with awkward characters in its command, is a valid desktop file."""
    command = [*COMMAND, "100%", 'a "quoted" $word']
    path = set_start_at_login(
        True, command, environ={"XDG_CONFIG_HOME": str(tmp_path)}, platform="linux"
    )
    assert path is not None
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_launch_command_prefers_the_running_script(tmp_path: Path) -> None:
    """Started through the installed script: login starts that same script, data dir kept."""
    script = tmp_path / "bin" / "backtimer"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    command = launch_command("/data", argv0=str(script), which=lambda _name: None)
    assert command == [str(script), "--data-dir", "/data"]


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("/usr/local/bin/backtimer", ["/usr/local/bin/backtimer"]),
        (None, ["/venv/bin/python", "-m", "backtimer"]),
    ],
)
def test_launch_command_falls_back_to_path_then_python(
    found: str | None, expected: list[str]
) -> None:
    """Run as python -m: the backtimer on PATH if any, else the same interpreter with -m."""
    command = launch_command(
        argv0="/src/backtimer/__main__.py", python="/venv/bin/python", which=lambda _name: found
    )
    assert command == expected

"""Start at login: an XDG autostart entry on Linux and the BSDs, a quiet no-op elsewhere.

The entry is a small ``.desktop`` file named after the app id in ``$XDG_CONFIG_HOME/autostart``
(``~/.config/autostart`` when unset); desktops that follow the XDG autostart spec run its
``Exec`` line at login. Only that one file is ever written or removed.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from backtimer import APP_ID, APP_NAME
from backtimer.errors import UserFacingError
from backtimer.i18n import translate

XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")

# Characters that force an Exec argument into double quotes (Desktop Entry spec, "Exec key").
_RESERVED = frozenset(" \t\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = re.compile(r'(["`$\\])')


class AutostartError(UserFacingError):
    """The start-at-login entry could not be written or removed."""


def is_supported(platform: str = sys.platform) -> bool:
    """XDG autostart exists on free desktops only; macOS and Windows are left untouched."""
    return platform.startswith(XDG_PLATFORMS)


def autostart_file(environ: Mapping[str, str] | None = None) -> Path:
    """Where the entry lives; a relative ``XDG_CONFIG_HOME`` is ignored, as the spec says."""
    environ = os.environ if environ is None else environ
    config = environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


def launch_command(
    data_dir: str | None = None,
    *,
    argv0: str = sys.argv[0],
    python: str = sys.executable,
    which: Callable[[str], str | None] = shutil.which,
) -> list[str]:
    """The command that starts this same Backtimer: its own script if it has one, else python -m.

    An explicit ``--data-dir`` is kept, so login starts the app on the journal in use now.
    """
    script = Path(argv0)
    if script.name == "backtimer" and script.is_file():
        command = [str(script.absolute())]
    elif found := which("backtimer"):
        command = [found]
    else:
        command = [python, "-m", "backtimer"]
    if data_dir:
        command += ["--data-dir", str(Path(data_dir).expanduser().absolute())]
    return command


def exec_line(command: Sequence[str]) -> str:
    """Quote ``command`` for an ``Exec=`` value (quoting rules, then the string-value escape)."""
    parts = []
    for argument in command:
        if "\n" in argument or "\r" in argument:
            raise AutostartError(f"A line break cannot be part of a command: {argument!r}")
        text = argument.replace("%", "%%")
        if not text or any(char in _RESERVED for char in text):
            text = '"' + _ESCAPED_IN_QUOTES.sub(r"\\\1", text) + '"'
        parts.append(text.replace("\\", "\\\\"))
    return " ".join(parts)


def entry_text(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Guided back exercise timer: reminds you of your daily routine\n"
        f"Exec={exec_line(command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> bool:
    return is_supported(platform) and autostart_file(environ).is_file()


def set_start_at_login(
    enabled: bool,
    command: Sequence[str],
    *,
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
) -> Path | None:
    """Write or remove the entry to match ``enabled``; returns the entry's path, or None if
    this platform has no XDG autostart. Rewrites only when the text differs."""
    if not is_supported(platform):
        return None
    path = autostart_file(environ)
    try:
        if not enabled:
            path.unlink(missing_ok=True)
            return path
        text = entry_text(command)
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        message = (
            translate(
                "Autostart",
                "Cannot write the start-at-login entry {path}: {reason}. "
                "Check that {folder} is writable.",
            )
            if enabled
            else translate(
                "Autostart",
                "Cannot remove the start-at-login entry {path}: {reason}. "
                "Check that {folder} is writable.",
            )
        )
        raise AutostartError(
            message.format(path=path, reason=error.strerror or error, folder=path.parent)
        ) from error
    return path

"""Whether Backtimer runs inside a Flatpak sandbox, where the desktop is reached through portals.

Inside the sandbox the session bus is filtered: ``org.freedesktop.ScreenSaver`` and
``org.freedesktop.Notifications`` are out of reach and ``~/.config/autostart`` is the sandbox's
own, which no desktop reads. The freedesktop portals are the way out for all three.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

FLATPAK_INFO = Path("/.flatpak-info")
"""Flatpak mounts this file at the root of every sandbox it starts."""


def is_sandboxed(environ: Mapping[str, str] | None = None, info_file: Path = FLATPAK_INFO) -> bool:
    """True inside a Flatpak: ``FLATPAK_ID`` is set or ``/.flatpak-info`` exists."""
    environ = os.environ if environ is None else environ
    return bool(environ.get("FLATPAK_ID")) or info_file.is_file()

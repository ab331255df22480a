"""Install Backtimer's launcher, icons and metainfo for the current user (no root needed).

Run it after ``pipx install .`` (or ``pip install .`` in a virtualenv)::

    python tools/install_desktop_files.py              # Exec points at the `backtimer` on PATH
    python tools/install_desktop_files.py --exec ~/.local/bin/backtimer
    python tools/install_desktop_files.py --uninstall

Files go below ``$XDG_DATA_HOME`` (``~/.local/share``): ``applications/<app id>.desktop``,
``icons/hicolor/<N>x<N>/apps/<app id>.png`` and ``scalable/apps/<app id>.svg``, and
``metainfo/<app id>.metainfo.xml``. The launcher's ``Exec`` lines are rewritten to the absolute
path of the installed ``backtimer``, so it works even where ``~/.local/bin`` is not on the
desktop's PATH. Menus and icon caches are refreshed when their tools are installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from backtimer import APP_ID
from backtimer.assets import resource
from backtimer.desktop.autostart import exec_line


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


LAUNCHER_COMMANDS = ("backtimer-gui", "backtimer")
"""The GUI entry point the shipped launcher names (and the console one, in older launchers)."""


def launcher_text(template: str, executable: str) -> str:
    """The shipped .desktop with every ``backtimer-gui`` command pointed at ``executable``."""
    lines = []
    for line in template.splitlines():
        key, _, value = line.partition("=")
        if key == "Exec" and value.split(" ")[0] in LAUNCHER_COMMANDS:
            rest = value.split(" ")[1:]
            line = f"Exec={exec_line([executable, *rest])}"
        elif key == "TryExec":
            line = "TryExec=" + executable.replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def targets(base: Path) -> dict[str, Path]:
    """Where each installed file goes, by a short name."""
    icons = base / "icons" / "hicolor"
    found = {
        "launcher": base / "applications" / f"{APP_ID}.desktop",
        "metainfo": base / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": icons / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size_dir in resource("desktop", "icons", "hicolor").iterdir():
        found[f"png {size_dir.name}"] = icons / size_dir.name / "apps" / f"{APP_ID}.png"
    return found


def install(base: Path, executable: str) -> list[Path]:
    desktop = resource("desktop")
    sources = {
        "metainfo": desktop / f"{APP_ID}.metainfo.xml",
        "svg": resource("icons", "backtimer.svg"),
    }
    for size_dir in (desktop / "icons" / "hicolor").iterdir():
        sources[f"png {size_dir.name}"] = size_dir / "apps" / f"{APP_ID}.png"
    written = []
    for name, path in targets(base).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if name == "launcher":
            template = (desktop / f"{APP_ID}.desktop").read_text(encoding="utf-8")
            path.write_text(launcher_text(template, executable), encoding="utf-8")
        else:
            path.write_bytes(sources[name].read_bytes())
        written.append(path)
    return written


def uninstall(base: Path) -> list[Path]:
    removed = []
    for path in targets(base).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def refresh_caches(base: Path) -> None:
    """Best effort: desktops pick the files up anyway, only sooner with fresh caches."""
    for command in (
        ["update-desktop-database", "-q", str(base / "applications")],
        ["gtk-update-icon-cache", "-q", "-f", "-t", str(base / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--exec",
        dest="executable",
        help="the installed backtimer-gui (default: the one on PATH, else backtimer)",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove the installed files")
    args = parser.parse_args(argv)
    base = data_home()
    if args.uninstall:
        removed = uninstall(base)
        print(f"Removed {len(removed)} files from {base}.")
        refresh_caches(base)
        return 0
    executable = args.executable or shutil.which("backtimer-gui") or shutil.which("backtimer")
    if not executable:
        print(
            "No `backtimer-gui` command found. Install Backtimer first (pipx install .), or "
            "pass --exec /path/to/backtimer-gui.",
            file=sys.stderr,
        )
        return 2
    executable = str(Path(executable).expanduser().absolute())
    for path in install(base, executable):
        print(path)
    refresh_caches(base)
    print(f"Backtimer is in your applications menu (it starts {executable}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

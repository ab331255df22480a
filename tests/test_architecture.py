"""The core never needs Qt: every core module imports, and the CLI runs, with Qt blocked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CORE_PACKAGES = (
    "backtimer.library",
    "backtimer.workout",
    "backtimer.journal",
    "backtimer.insights",
    "backtimer.cli",
    "backtimer.reminders",
)
CORE_MODULES = (
    "backtimer.__main__",
    "backtimer.paths",
    "backtimer.assets",
    "backtimer.errors",
    "backtimer.safety",
    "backtimer.desktop.autostart",
    "backtimer.desktop.instance_lock",
    "backtimer.desktop.portals",
    "backtimer.desktop.sandbox",
    "backtimer.report.content",
)
BLOCKED = ("PySide6", "shiboken6", "pyqtgraph")

# Runs first in each child interpreter: any import of a blocked top-level package fails.
QT_BLOCKER = f"""
import importlib.abc, sys

class QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {BLOCKED!r}:
            raise ImportError(f"Qt is blocked in the core: {{name}}")
        return None

sys.meta_path.insert(0, QtBlocker())
"""

IMPORT_EVERY_CORE_MODULE = f"""
import importlib, json, pkgutil, traceback

names, failures = [], {{}}
for package_name in {CORE_PACKAGES!r}:
    names.append(package_name)
    try:
        package = importlib.import_module(package_name)
    except BaseException:
        failures[package_name] = traceback.format_exc(limit=-3)
        continue
    names += [info.name for info in pkgutil.walk_packages(package.__path__, package_name + ".")]
names += {CORE_MODULES!r}
for name in names:
    try:
        importlib.import_module(name)
    except BaseException:
        failures[name] = traceback.format_exc(limit=-3)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in {BLOCKED!r})
print(json.dumps({{"imported": names, "failures": failures, "leaked": leaked}}))
"""

RUN_MAIN = """
from backtimer.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def run_with_qt_blocked(
    code: str, *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", QT_BLOCKER + code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
    )


@pytest.mark.slow
def test_every_core_module_imports_without_qt() -> None:
    """Every module of the core packages and __main__ imports with Qt and pyqtgraph blocked."""
    result = run_with_qt_blocked(IMPORT_EVERY_CORE_MODULE)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert "backtimer.library.loader" in report["imported"]
    assert "backtimer.cli.routines" in report["imported"]
    needs_qt = "\n\n".join(f"{name}:\n{error}" for name, error in report["failures"].items())
    assert not report["failures"], f"these core modules need Qt or fail to import:\n{needs_qt}"
    assert report["leaked"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--help"], "usage: backtimer"),
        (["routines", "list"], "ID"),
        (["routines", "list", "--json"], '"id"'),
    ],
)
def test_the_command_line_runs_without_qt(tmp_path: Path, args: list[str], expected: str) -> None:
    """`backtimer --help` and `backtimer routines list` work where Qt cannot be imported."""
    result = run_with_qt_blocked(RUN_MAIN, "--data-dir", str(tmp_path), *args)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert "Traceback" not in result.stderr

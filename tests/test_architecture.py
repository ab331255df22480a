"""The shape of the code, kept by tests.

The core never needs Qt (every core module imports, and the CLI runs, with Qt blocked); ``ui/`` is
grouped by feature and holds only Qt code; journal writes are named calls, never lambdas handed to
a worker; the UI asks for the time only through the composition root's ``local_now``.
"""

from __future__ import annotations

import ast
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
    "backtimer.desktop",
)
CORE_MODULES = (
    "backtimer.__main__",
    "backtimer.paths",
    "backtimer.assets",
    "backtimer.errors",
    "backtimer.i18n",
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


# --- the layout of ui/ --------------------------------------------------------------------------

BACKTIMER = Path(__file__).resolve().parent.parent / "backtimer"
UI = BACKTIMER / "ui"
MAX_FLAT_UI_MODULES = 8
MIN_UI_FEATURE_PACKAGES = 5


def _parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _relative(path: Path) -> str:
    return str(path.relative_to(BACKTIMER.parent))


def test_ui_is_grouped_by_feature() -> None:
    """A few flat modules (root, window, theme …); everything else sits in a feature package."""
    flat = sorted(p.name for p in UI.glob("*.py") if p.name != "__init__.py")
    packages = sorted(p.name for p in UI.iterdir() if (p / "__init__.py").is_file())
    assert len(flat) <= MAX_FLAT_UI_MODULES, f"too many flat modules in ui/: {flat}"
    assert len(packages) >= MIN_UI_FEATURE_PACKAGES, f"too few feature packages: {packages}"


def _imports_qt(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "PySide6":
            return True
        if isinstance(node, ast.Import) and any(
            alias.name.split(".")[0] == "PySide6" for alias in node.names
        ):
            return True
    return False


def test_every_ui_module_is_qt_code() -> None:
    """A module in ui/ without Qt is a rule or a helper that belongs in the Qt-free core."""
    qt_free = [
        _relative(path)
        for path in sorted(UI.rglob("*.py"))
        if path.name != "__init__.py" and not _imports_qt(_parsed(path))
    ]
    assert qt_free == [], f"Qt-free modules in ui/ (move them to the core): {qt_free}"


def test_no_lambda_is_handed_to_a_worker() -> None:
    """Writes are named (JournalWrites' methods) so a reader can follow them; no submit(lambda)."""
    found = [
        f"{_relative(path)}:{node.lineno}"
        for path in sorted(BACKTIMER.rglob("*.py"))
        for node in ast.walk(_parsed(path))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "submit"
        and any(
            isinstance(arg, ast.Lambda) for arg in (*node.args, *(k.value for k in node.keywords))
        )
    ]
    assert found == [], f"lambdas handed to .submit(): {found}"


CLOCK_CALLS = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
    ("time", "time"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
}
"""Reads of the wall clock; the monotonic clock (timeouts, the workout's timer) is fine."""


def _clock_reads(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, function) of every wall-clock read; ``function`` is the enclosing def's name."""
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = (
                child.name
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
                else function
            )
            if (
                isinstance(child, ast.Attribute)
                and isinstance(child.value, ast.Name)
                and (child.value.id, child.attr) in CLOCK_CALLS
            ):
                found.append((child.lineno, function))
            visit(child, inner)

    visit(tree, "")
    return found


def test_the_ui_reads_the_clock_only_in_local_now() -> None:
    """``now`` is injected: views, dialogs and controllers never read the wall clock themselves."""
    reads = {_relative(path): _clock_reads(_parsed(path)) for path in sorted(UI.rglob("*.py"))}
    assert [function for _line, function in reads.pop("backtimer/ui/app.py")] == ["local_now"]
    elsewhere = {path: lines for path, lines in reads.items() if lines}
    assert elsewhere == {}, f"wall-clock reads outside app.local_now: {elsewhere}"

"""The built wheel carries its resources: installed in a fresh venv, the CLI finds the library.

A checkout hides packaging mistakes (``assets`` falls back to the top-level ``resources/``), so
this builds the wheel, installs it with only platformdirs (the CLI path needs neither PySide6 nor
pyqtgraph) into a new venv, and runs it from a folder outside the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the freshly built wheel and platformdirs, installed offline."""
    work = tmp_path_factory.mktemp("wheel")
    wheels = work / "wheels"
    run(sys.executable, "-m", "build", "--wheel", "--outdir", wheels, PROJECT_ROOT, cwd=work)
    run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", wheels,
        f"platformdirs=={platformdirs.__version__}",
        cwd=work,
    )  # fmt: skip
    venv = work / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=work)
    run(
        venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
        "--find-links", wheels, "backtimer", "platformdirs",
        cwd=work,
    )  # fmt: skip
    return venv


@pytest.mark.slow
def test_installed_cli_lists_the_bundled_routines(installed_venv: Path) -> None:
    """`backtimer routines list --json` from the installed wheel loads the shipped library."""
    outside = installed_venv.parent
    result = run(
        installed_venv / "bin" / "backtimer", "--data-dir", outside / "data",
        "routines", "list", "--json",
        cwd=outside,
    )  # fmt: skip
    routines = json.loads(result.stdout)
    assert len(routines) >= 12
    assert {routine["source"] for routine in routines} == {"bundled"}
    assert result.stderr == ""


@pytest.mark.slow
def test_resources_are_inside_the_installed_package(installed_venv: Path) -> None:
    """The package imports from the venv and its resources (illustrations and the compiled
    translations too) ship within it."""
    probe = (
        "import json, backtimer, backtimer.assets as assets\n"
        "root = assets.resource_root()\n"
        "print(json.dumps({'package': backtimer.__file__, 'root': str(root),\n"
        "    'illustrations': assets.resource('illustrations').is_dir(),\n"
        "    'library': assets.library_dir().is_dir(),\n"
        "    'catalogues': sorted(p.name for p in assets.resource('translations').iterdir()\n"
        "        if p.name.endswith('.qm'))}))\n"
    )
    result = run(installed_venv / "bin" / "python", "-c", probe, cwd=installed_venv.parent)
    found = json.loads(result.stdout)
    assert Path(found["package"]).is_relative_to(installed_venv)
    assert Path(found["root"]) == Path(found["package"]).parent / "resources"
    assert found["illustrations"]
    assert found["library"]
    assert found["catalogues"] == ["backtimer_de.qm", "backtimer_es.qm"]


@pytest.mark.slow
def test_entry_points_and_the_pyside_pin(installed_venv: Path) -> None:
    """`backtimer` is a console script (the CLI prints on Windows too), `backtimer-gui` the
    launcher's; PySide6 is capped below 6.12 only where PYSIDE-3474 bites (Python < 3.12)."""
    probe = (
        "import json\n"
        "from importlib.metadata import distribution\n"
        "dist = distribution('backtimer')\n"
        "print(json.dumps({'points': [[p.group, p.name, p.value] for p in dist.entry_points],\n"
        "    'requires': dist.requires}))\n"
    )
    found = json.loads(
        run(installed_venv / "bin" / "python", "-c", probe, cwd=installed_venv).stdout
    )
    points = {(group, name): value for group, name, value in found["points"]}
    assert points == {
        ("console_scripts", "backtimer"): "backtimer.__main__:main",
        ("gui_scripts", "backtimer-gui"): "backtimer.__main__:main",
    }
    pyside = sorted(
        line.replace('"', "'").lower()
        for line in found["requires"]
        if line.lower().startswith("pyside6")
    )
    assert pyside == [
        "pyside6<6.12,>=6.6; python_version < '3.12'",
        "pyside6>=6.6; python_version >= '3.12'",
    ]


@pytest.mark.slow
def test_installed_cli_on_a_new_data_folder(installed_venv: Path) -> None:
    """Export and backup on a folder with no journal: a header-only CSV, nothing to back up."""
    outside = installed_venv.parent
    data = outside / "fresh-data"
    command = installed_venv / "bin" / "backtimer"
    run(command, "--data-dir", data, "export", "-o", outside / "x.csv", cwd=outside)
    assert (outside / "x.csv").read_text(encoding="utf-8-sig").count("\n") == 1
    result = run(command, "--data-dir", data, "backup", cwd=outside)
    assert "nothing to back up yet" in result.stdout

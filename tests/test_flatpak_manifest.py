"""The Flatpak manifest: our app id and command, the PySide BaseApp, minimal permissions, and
every Python package it installs pinned to a PyPI wheel by sha256."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

from backtimer import APP_ID
from tests.test_desktop_files import LAUNCHER, desktop_entry

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
FROM_THE_BASEAPP = {"pyside6", "numpy"}  # io.qt.PySide.BaseApp ships these
MINIMAL_FINISH_ARGS = {
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--device=dri",
    "--socket=pulseaudio",
}

_KEY = re.compile(r"([A-Za-z0-9_.-]+):(?:\s+|$)")


@dataclass(frozen=True)
class Line:
    number: int
    indent: int
    text: str


def _scalar(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _lines(source: str) -> list[Line]:
    """Meaningful lines; ``- key: value`` becomes ``-`` and ``key: value`` two columns in."""
    lines: list[Line] = []
    for number, raw in enumerate(source.splitlines(), start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if text.startswith("- ") and _KEY.match(text[2:]):
            lines += [Line(number, indent, "-"), Line(number, indent + 2, text[2:])]
        else:
            lines.append(Line(number, indent, text))
    return lines


def _block(lines: list[Line], index: int) -> tuple[Any, int]:
    indent = lines[index].indent
    if lines[index].text.startswith("-"):
        items: list[Any] = []
        while index < len(lines) and lines[index].indent == indent:
            line = lines[index]
            assert line.text.startswith("-"), f"line {line.number}: expected a list item"
            if line.text == "-":
                item, index = _block(lines, index + 1)
            else:
                item, index = _scalar(line.text[2:]), index + 1
            items.append(item)
        return items, index
    mapping: dict[str, Any] = {}
    while index < len(lines) and lines[index].indent == indent:
        line = lines[index]
        match = _KEY.match(line.text)
        assert match, f"line {line.number}: expected 'key: value', got {line.text!r}"
        rest = line.text[match.end() :]
        if rest:
            mapping[match.group(1)], index = _scalar(rest), index + 1
        else:
            assert lines[index + 1].indent > indent, f"line {line.number}: empty value"
            mapping[match.group(1)], index = _block(lines, index + 1)
    return mapping, index


def read_yaml_subset(source: str) -> Any:
    """The block-style YAML flatpak manifests use: mappings, lists, plain or quoted scalars."""
    lines = _lines(source)
    value, end = _block(lines, 0)
    assert end == len(lines), f"line {lines[end].number}: indentation not understood"
    return value


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    value = read_yaml_subset(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value


def test_the_subset_reader_reads_nesting_lists_and_quotes() -> None:
    text = "a: '6.10'\nb:\n  - x\n  - name: n\n    list:\n      - --y=z  \n# note\nc:\n  d: e\n"
    assert read_yaml_subset(text) == {
        "a": "6.10",
        "b": ["x", {"name": "n", "list": ["--y=z"]}],
        "c": {"d": "e"},
    }


def test_manifest_names_our_app_and_the_launchers_command(manifest: dict[str, Any]) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    scripts = pyproject["project"].get("gui-scripts", {}) | pyproject["project"]["scripts"]
    assert manifest["id"] == APP_ID
    assert manifest["command"] == desktop_entry(LAUNCHER)["Desktop Entry"]["Exec"].split()[0]
    assert manifest["command"] in scripts


def test_manifest_builds_on_the_pyside_baseapp(manifest: dict[str, Any]) -> None:
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["sdk"] == "org.kde.Sdk"
    assert re.fullmatch(r"6\.\d+", manifest["runtime-version"])
    assert manifest["base-version"] == manifest["runtime-version"]
    assert "/app/cleanup-BaseApp.sh" in manifest["cleanup-commands"]


def test_finish_args_are_the_minimal_set(manifest: dict[str, Any]) -> None:
    """A window, the GPU and sound; the desktop is reached through portals, never by name."""
    finish_args = manifest["finish-args"]
    assert set(finish_args) == MINIMAL_FINISH_ARGS
    assert len(finish_args) == len(MINIMAL_FINISH_ARGS)
    assert not any(arg.startswith(("--talk-name", "--filesystem")) for arg in finish_args)


def test_every_runtime_dependency_is_a_pinned_wheel_or_in_the_baseapp(
    manifest: dict[str, Any],
) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheels: dict[str, str] = {}
    for module in manifest["modules"]:
        for source in module.get("sources", []):
            if source["type"] != "file":
                continue
            assert source["url"].startswith("https://files.pythonhosted.org/packages/")
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source["url"]
            name, version, _build, _tags = parse_wheel_filename(source["url"].rsplit("/", 1)[1])
            wheels[name] = str(version)
    for text in pyproject["project"]["dependencies"]:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        if name in FROM_THE_BASEAPP:
            continue
        assert name in wheels, f"{name} is neither in the BaseApp nor pinned in the manifest"
        assert requirement.specifier.contains(wheels[name]), f"{name} {wheels[name]}"


def test_the_app_module_installs_files_that_exist(manifest: dict[str, Any]) -> None:
    [app] = [module for module in manifest["modules"] if module["name"] == "backtimer"]
    assert app["sources"] == [{"type": "dir", "path": "../.."}]
    assert (MANIFEST.parent / "../.." / "pyproject.toml").resolve() == ROOT / "pyproject.toml"
    commands = " ".join(app["build-commands"]).replace("${FLATPAK_ID}", APP_ID)
    for path in re.findall(r"\bresources/\S+", commands):
        for size in ("16", "512"):
            assert (ROOT / path.replace("${size}", size)).is_file(), path

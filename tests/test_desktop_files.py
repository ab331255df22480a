"""Desktop integration files: valid, named after one app id, icons in every size, installable."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from backtimer import APP_ID, __version__
from backtimer.assets import resource

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_DIR = ROOT / "resources" / "desktop"
LAUNCHER = DESKTOP_DIR / f"{APP_ID}.desktop"
METAINFO = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

needs_desktop_file_validate = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)",
)


def load_tool(name: str) -> ModuleType:
    """A script from tools/, imported the way it runs."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def desktop_entry(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_one_app_id_names_everything() -> None:
    """Launcher file, its icon, the metainfo id and its launchable all use the app id."""
    entry = desktop_entry(LAUNCHER)["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == LAUNCHER.name
    binaries = [binary.text for binary in component.findall("provides/binary")]
    assert entry["Exec"].split()[0] == "backtimer-gui"
    assert binaries == ["backtimer-gui", "backtimer"]


def test_every_icon_size_is_rendered() -> None:
    """PNGs from 16 to 512 px, each exactly its folder's size (tools/make_desktop_icons.py)."""
    for size in ICON_SIZES:
        path = DESKTOP_DIR / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(path) == (size, size)


def test_desktop_files_ship_in_the_package() -> None:
    """The launcher and metainfo are reachable through backtimer.assets (so inside the wheel)."""
    assert resource("desktop", LAUNCHER.name).is_file()
    assert resource("desktop", METAINFO.name).is_file()


@needs_desktop_file_validate
def test_launcher_passes_desktop_file_validate() -> None:
    """The shipped .desktop file has no errors or warnings."""
    result = subprocess.run(
        ["desktop-file-validate", str(LAUNCHER)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed (apt-get install appstream)",
)
def test_metainfo_passes_appstreamcli_validate() -> None:
    """The metainfo validates offline: no errors and no warnings."""
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout
    assert "E:" not in result.stdout


def test_metainfo_screenshots_are_the_readmes_images() -> None:
    """One default screenshot, every one captioned, each image a file in docs/screenshots that
    the README shows too (the URLs point at the repository's copy)."""
    component = ET.parse(METAINFO).getroot()
    screenshots = component.findall("screenshots/screenshot")
    assert [shot.get("type") for shot in screenshots].count("default") == 1
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for shot in screenshots:
        assert (shot.findtext("caption") or "").strip()
        url = shot.findtext("image") or ""
        assert url.startswith("https://"), url
        relative = "docs/screenshots/" + url.rsplit("/", 1)[1]
        assert (ROOT / relative).is_file(), relative
        assert f"({relative})" in readme, f"{relative} is not in the README"


def test_metainfo_releases_start_at_this_version_with_dates_and_notes() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no release notes"
    assert releases[0].get("version") == __version__
    dates = [release.get("date") or "" for release in releases]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) for date in dates), dates
    assert dates == sorted(dates, reverse=True), "newest release first"
    for release in releases:
        assert release.find("description/p") is not None, release.get("version")


def test_metainfo_content_rating_is_oars_with_nothing_rated() -> None:
    """OARS 1.1 with no attribute: no violence, purchases, chat or data sharing in Backtimer."""
    [rating] = ET.parse(METAINFO).getroot().findall("content_rating")
    assert rating.get("type") == "oars-1.1"
    assert list(rating) == []


@needs_desktop_file_validate
def test_install_for_the_current_user_points_at_the_installed_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Installing puts every file under XDG_DATA_HOME with Exec aimed at the real command;
    uninstalling takes them all away again."""
    tool = load_tool("install_desktop_files")
    share = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(share))
    monkeypatch.setattr(tool, "refresh_caches", lambda _base: None)
    assert tool.main(["--exec", "/opt/my apps/backtimer"]) == 0
    launcher = share / "applications" / LAUNCHER.name
    entry = desktop_entry(launcher)
    assert entry["Desktop Entry"]["Exec"] == '"/opt/my apps/backtimer"'
    assert entry["Desktop Action start-back-basics"]["Exec"] == (
        '"/opt/my apps/backtimer" start rt_back_basics'
    )
    result = subprocess.run(
        ["desktop-file-validate", str(launcher)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout
    installed = sorted(p.relative_to(share).as_posix() for p in share.rglob("*") if p.is_file())
    assert f"icons/hicolor/scalable/apps/{APP_ID}.svg" in installed
    assert f"icons/hicolor/512x512/apps/{APP_ID}.png" in installed
    assert f"metainfo/{METAINFO.name}" in installed
    assert len(installed) == 3 + len(ICON_SIZES)
    assert tool.main(["--uninstall"]) == 0
    assert [p for p in share.rglob("*") if p.is_file()] == []


def test_install_without_a_backtimer_command_explains_what_to_do(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing installed yet and no --exec: exit 2 with the command that fixes it."""
    tool = load_tool("install_desktop_files")
    monkeypatch.setattr(tool.shutil, "which", lambda _name: None)
    assert tool.main([]) == 2
    assert "pipx install ." in capsys.readouterr().err

"""Shared test set-up: offscreen Qt, and no test ever touches the developer's real data."""

from __future__ import annotations

import locale
import os

# Must happen before any Qt import, or Qt aborts looking for a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BACKTIMER_SPEECH_ENGINE", "mock")

from collections.abc import Iterator
from pathlib import Path

import pytest

from backtimer import i18n
from backtimer.journal.journal import Journal
from backtimer.library.loader import load_library
from backtimer.library.model import Library
from backtimer.paths import ENV_DATA_DIR, DataPaths
from tests.journal_samples import fill_sample_journal


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the data directory, HOME and XDG dirs into a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    return home


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test runs in English whatever the machine's locale, and a test that switches the
    language (``i18n.set_language``) cannot leave the next one speaking German."""
    monkeypatch.setenv("LANGUAGE", "en")
    i18n.set_language(i18n.ENGLISH)
    yield
    i18n.set_language(i18n.ENGLISH)
    _forget_the_c_librarys_translations()


def _forget_the_c_librarys_translations() -> None:
    """Once Qt has called setlocale(), a test run with LANGUAGE=de makes glibc translate
    strerror() ("Datei oder Verzeichnis nicht gefunden") and keep doing so for every later test,
    whatever LANGUAGE says then; a change of LC_MESSAGES drops what glibc has cached."""
    if not hasattr(locale, "LC_MESSAGES"):  # Windows: no such category, nor the problem
        return
    current = locale.setlocale(locale.LC_MESSAGES)
    locale.setlocale(locale.LC_MESSAGES, "C")
    locale.setlocale(locale.LC_MESSAGES, current)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    """A fresh, created data directory."""
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    return paths


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """A fresh, empty journal file, closed after the test."""
    opened = Journal.open(tmp_path / "journal.sqlite3")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def library() -> Library:
    """The bundled library (loaded once; tests must not change it)."""
    return load_library(None)


@pytest.fixture(scope="session")
def sample_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """The shared sample journal (tests/journal_samples.py), built once; tests only read it."""
    opened = Journal.open(tmp_path_factory.mktemp("sample") / "journal.sqlite3")
    fill_sample_journal(opened)
    yield opened
    opened.close()

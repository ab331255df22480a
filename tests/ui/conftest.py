"""UI test set-up: the whole app on a test data folder, and a guard against blocking boxes.

A message box that would wait for a click fails the test instead of hanging it. Tests that
expect a message box patch it themselves (monkeypatch wins over this fixture).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from backtimer.journal.journal import Journal
from backtimer.library.loader import load_library
from backtimer.paths import DataPaths


@pytest.fixture(autouse=True)
def _message_boxes_fail_instead_of_blocking(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(*args: object, **_kwargs: object) -> None:
        texts = [arg for arg in args if isinstance(arg, str)]
        raise AssertionError(f"unexpected modal message box: {texts[:2]}")

    for name in ("warning", "question", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", unexpected)


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """A test that installs the German or Spanish catalogue also sets Qt's default locale (its
    dates follow the language); the next test formats dates as before."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def make_app(qtbot: QtBot, data_paths: DataPaths) -> Iterator[Callable[..., Any]]:
    """Build the real app (``BacktimerApp``) over ``data_paths`` at a fixed moment; shut down after.

    ``make_app(now, **options)``: options go to ``BacktimerApp`` (``read_only``, ``flow_options``).
    """
    from backtimer.ui.app import BacktimerApp
    from backtimer.ui.preferences import open_settings

    made: list[BacktimerApp] = []

    def build(now: datetime, **options: Any) -> BacktimerApp:
        app = BacktimerApp(
            data_paths,
            load_library(data_paths.routines_dir),
            Journal.open(data_paths.journal_file),
            open_settings(),
            now=lambda: now,
            **options,
        )
        qtbot.addWidget(app.window)
        made.append(app)
        return app

    yield build
    for app in made:
        app.shutdown()


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A throwaway dbus-daemon whose address is the session bus for the test (skips without)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus-daemon)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = daemon.stdout.readline().strip() if daemon.stdout else ""
        if not address:
            pytest.skip("dbus-daemon did not start")
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=5)


MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
"""What ``MarkingTranslator`` wraps every translated text in."""


class MarkingTranslator(QTranslator):
    """Wraps every source text in ⟦…⟧, so text that never asked for a translation stands out."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{MARK_OPEN}{source}{MARK_CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking_translator(qapp: QApplication) -> Iterator[None]:
    """Every tr() in the test returns its text marked (see ``MarkingTranslator``)."""
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in the language given by indirect parametrization ("de", "es", or "en" for none):
    our catalogue, Qt's and the locale's day and month names, as the app installs them."""
    from backtimer import i18n
    from backtimer.ui.desktop import translations

    installed = translations.install_translators(qapp, QLocale(request.param))
    yield request.param
    i18n.set_language(i18n.ENGLISH)
    for translator in installed:
        qapp.removeTranslator(translator)

"""UI test guard: a message box that would wait for a click fails the test instead of hanging it.

Tests that expect a message box patch it themselves (monkeypatch wins over this fixture).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def _message_boxes_fail_instead_of_blocking(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(*args: object, **_kwargs: object) -> None:
        texts = [arg for arg in args if isinstance(arg, str)]
        raise AssertionError(f"unexpected modal message box: {texts[:2]}")

    for name in ("warning", "question", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", unexpected)

"""PySide6 must not lose references to None and True (PYSIDE-3474, seen in 6.12 on Python 3.11).

The bug takes one reference from None (or True) on each void call or signal emission; after a few
thousand the count reaches zero and the interpreter aborts mid-session. pyproject.toml caps
PySide6 below 6.12 on Python < 3.12 for it; this test is the tripwire if the cap is ever lifted
or the bug comes back in another form. From 3.12 None and True are immortal and the counts
never move, so the test passes there by construction.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal

EMITS = 10_000
TOLERANCE = 100
"""Allowed drift: objects created or freed while counting hold a few references of their own."""


class _Emitter(QObject):
    pinged = Signal()
    flagged = Signal(bool)
    named = Signal(object)


def test_ten_thousand_emits_and_void_calls_keep_none_and_true(qapp: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.pinged.connect(lambda: None)
    emitter.flagged.connect(received.append)
    emitter.named.connect(lambda value: None)
    gc.collect()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(EMITS):
        emitter.pinged.emit()
        emitter.flagged.emit(True)
        emitter.named.emit(None)
        emitter.setObjectName("emitter")  # a void C++ call returning None to Python
        emitter.blockSignals(False)
    received.clear()
    gc.collect()
    assert abs(sys.getrefcount(None) - none_before) <= TOLERANCE
    assert abs(sys.getrefcount(True) - true_before) <= TOLERANCE

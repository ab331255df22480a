"""Qt enum settings for widgets of the first frame, written as Qt properties, not Python enums.

The first time Python touches ``PySide6.QtCore.Qt``, PySide builds every enum of Qt's namespace
as a Python ``enum`` class: about 100 of them, some 18 ms, a seventh of a bare window's whole
launch. The widgets of the first frame only need three of those values, and Qt's property system
takes them as plain numbers (the C++ side converts them), so the start path never names ``Qt``.
Everything after the first paint uses ``Qt`` as usual. ``tests/ui/desktop/test_qt_properties.py``
checks each number against Qt's own enum, so a Qt change cannot slip by.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

RICH_TEXT = 1
"""``Qt.TextFormat.RichText``"""

SELECTABLE_BY_MOUSE = 1
"""``Qt.TextInteractionFlag.TextSelectableByMouse``"""

ALIGN_H_CENTER = 0x4
"""``Qt.AlignmentFlag.AlignHCenter``"""

NO_FOCUS = 0
"""``Qt.FocusPolicy.NoFocus``"""


def set_qt_property(target: QObject, name: str, value: int) -> None:
    """Set a declared Qt property from its enum's number; a name Qt does not know is a bug."""
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__} has no writable Qt property {name!r}")

"""Marking text for translation where Qt is not imported (module constants, the Qt-free core).

``QT_TRANSLATE_NOOP("Context", "text")`` is what ``pyside6-lupdate`` looks for: it puts the text
into the catalogues under that context, and at run time it returns the text unchanged. The UI
translates it when it shows it: ``QCoreApplication.translate("Context", text)`` (or ``self.tr``
in a class of that name). The core stays free of Qt and prints English on the command line.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` as is; lupdate files it under ``context``."""
    return text

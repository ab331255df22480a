"""The app in the user's language: Qt's own strings and ours, chosen from the system locale.

Our catalogues ship as ``resources/translations/backtimer_<lang>.qm`` (compiled from the ``.ts``
files by ``tools/translations.py``) and load through ``importlib.resources``, so a wheel and a
checkout behave alike. Qt's catalogue (``qtbase_<lang>``) translates the standard buttons of
message boxes and dialogs. A missing catalogue means English, never an error. The language chosen
here is also handed to ``backtimer.i18n``, so the Qt-free core (the bundled exercise texts, the
report) speaks the same language as the window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from backtimer import assets, i18n
from backtimer.i18n import SHIPPED_LANGUAGES

if TYPE_CHECKING:  # named only when a catalogue is loaded: English starts without them
    from PySide6.QtCore import QCoreApplication, QTranslator

logger = logging.getLogger(__name__)

CATALOGUE_PREFIX = "backtimer_"


def catalogue_name(language: str) -> str:
    return f"{CATALOGUE_PREFIX}{language}.qm"


def language_for(locale: QLocale) -> str | None:
    """The shipped language that suits ``locale`` best, or None for English.

    QLocale.uiLanguages() lists the user's preferences in order (e.g. "de-AT", "de", "en"),
    so a German speaker in Austria gets German and an English-first list stays English.
    """
    for tag in locale.uiLanguages():
        language = tag.replace("_", "-").split("-")[0].lower()
        if language == "en":
            return None
        if language in SHIPPED_LANGUAGES:
            return language
    return None


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's and our catalogue for ``locale`` (the system's by default).

    Returns the installed translators; the caller keeps them alive as long as the app runs
    (a QTranslator that is garbage-collected silently stops translating).
    """
    locale = locale if locale is not None else QLocale.system()
    language = language_for(locale)
    i18n.set_language(language or i18n.ENGLISH)  # before the library loads: its texts follow
    if language is None:
        return []
    # LANGUAGE=es with LANG=C or en_US: the system locale is named es_ES but takes its month
    # and weekday names from LC_TIME/LANG, so dates came out as "Wednesday 2 de December".
    # Qt's own data for the locale's name (or the bare language) speaks the window's language.
    named = QLocale(locale.name())
    QLocale.setDefault(
        named if named.language() == QLocale(language).language() else QLocale(language)
    )
    from importlib.resources import as_file  # only here: English starts without them

    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed: list[QTranslator] = []
    qt_catalogue = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_catalogue.load(f"qtbase_{language}", qt_dir) and app.installTranslator(qt_catalogue):
        installed.append(qt_catalogue)
    ours = QTranslator(app)
    with as_file(assets.resource("translations", catalogue_name(language))) as path:
        loaded = path.is_file() and ours.load(str(path))
    if loaded and app.installTranslator(ours):
        installed.append(ours)
    else:
        logger.warning("no %s catalogue found: the app stays in English", language)
    return installed

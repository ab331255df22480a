"""The shipped catalogues are complete, current and safe, and the app follows the system locale."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication

from backtimer import i18n
from backtimer.ui.desktop import translations

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import translations as catalogue_tool  # noqa: E402

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|</?[a-zA-Z][^>]*>|&[a-z]+;")
pytestmark = pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(catalogue_tool.BIN)) is None,
    reason="pyside6-lupdate is not installed beside this Python",
)


def _accelerators(text: str) -> int:
    """How many keyboard accelerators ("&x", not "&&" nor an entity like "&amp;")."""
    return len(re.findall(r"&(?!&|[a-z]+;)\S", text.replace("&&", "")))


def _keys(ts: Path) -> set[tuple[str, str]]:
    return {
        (context, message.findtext("source") or "")
        for context, message in catalogue_tool.messages(ts)
    }


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What the code marks for translation right now, scanned into a fresh catalogue."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    catalogue_tool.run_lupdate([fresh])
    return _keys(fresh)


@pytest.mark.parametrize("language", translations.SHIPPED_LANGUAGES)
def test_catalogue_holds_exactly_the_strings_of_the_code(
    language: str, scanned: set[tuple[str, str]]
) -> None:
    shipped = _keys(catalogue_tool.ts_path(language))
    missing, stale = scanned - shipped, shipped - scanned
    assert not missing, f"run tools/translations.py update; new strings: {sorted(missing)[:10]}"
    assert not stale, f"run tools/translations.py update; gone from the code: {sorted(stale)[:10]}"


def test_every_marked_string_has_a_context_the_runtime_uses(
    scanned: set[tuple[str, str]],
) -> None:
    """``tr = self.tr`` or a tr() outside a class leaves lupdate without a context: never found."""
    assert not [source for context, source in scanned if not context]


@pytest.mark.parametrize("language", translations.SHIPPED_LANGUAGES)
def test_library_catalogue_holds_exactly_the_bundled_texts(language: str) -> None:
    """library_<lang>.ts against the TOML files as they are now (the loader's own rule)."""
    current = {(context, text) for context, text, _field in catalogue_tool.library_texts()}
    shipped = _keys(catalogue_tool.library_ts_path(language))
    missing, stale = current - shipped, shipped - current
    assert not missing, f"run tools/translations.py update; new texts: {sorted(missing)[:10]}"
    assert not stale, (
        f"run tools/translations.py update; gone from the library: {sorted(stale)[:10]}"
    )


QUOTED = re.compile(r"[„«“\"]([^“»”\"]+)[“»”\"]")


@pytest.mark.parametrize("language", translations.SHIPPED_LANGUAGES)
def test_texts_name_bundled_routines_as_the_library_does(language: str) -> None:
    """A sentence that names a routine ("From Back Basics to Core Control…") must use the title
    the translated library shows, or the plan says "Core Control" beside a "Rumpfkontrolle"
    button. A quoted name that starts an English title is such a name."""
    titles: dict[str, str] = {}
    for context, message in catalogue_tool.messages(catalogue_tool.library_ts_path(language)):
        if context.startswith("routine ") and message.findtext("extracomment") == "title":
            titles[message.findtext("source") or ""] = catalogue_tool._text(message)
    wrong = [
        (context, quoted)
        for context, message in catalogue_tool.messages(catalogue_tool.ts_path(language))
        for text in catalogue_tool.translation_forms(message)
        for quoted in QUOTED.findall(text)
        if any(english.startswith(quoted) and titles[english] != quoted for english in titles)
    ]
    assert not wrong, wrong[:10]


CATALOGUES = [
    pytest.param(path(language), id=f"{path.__name__}-{language}")
    for language in translations.SHIPPED_LANGUAGES
    for path in (catalogue_tool.ts_path, catalogue_tool.library_ts_path)
]


@pytest.mark.parametrize("ts", CATALOGUES)
def test_catalogue_is_finished(ts: Path) -> None:
    unfinished = catalogue_tool.unfinished(ts)
    assert unfinished == [], f"{len(unfinished)} unfinished in {ts.name}, e.g. {unfinished[:3]}"


@pytest.mark.parametrize("ts", CATALOGUES)
def test_translations_keep_placeholders_markup_and_one_accelerator(ts: Path) -> None:
    problems = []
    for context, message in catalogue_tool.messages(ts):
        source = message.findtext("source") or ""
        for text in catalogue_tool.translation_forms(message):
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                problems.append((context, source, text))
            if _accelerators(source) != _accelerators(text):
                problems.append((context, source, text))
    assert not problems, problems[:5]


@pytest.mark.parametrize("language", translations.SHIPPED_LANGUAGES)
def test_compiled_catalogue_matches_its_source(language: str, tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.qm"
    catalogue_tool.run_lrelease(catalogue_tool.ts_path(language), rebuilt)
    shipped = catalogue_tool.qm_path(language)
    assert shipped.read_bytes() == rebuilt.read_bytes(), "run tools/translations.py compile"


@pytest.mark.parametrize("ts", CATALOGUES)
def test_core_catalogue_matches_its_source(ts: Path, tmp_path: Path) -> None:
    """The .json the Qt-free core reads (CLI, report, library texts) is the .ts compiled now."""
    rebuilt = catalogue_tool.compile_json(ts, tmp_path / "rebuilt.json")
    shipped = catalogue_tool.json_path(ts)
    assert shipped.is_file(), f"{shipped.name} is missing: run tools/translations.py compile"
    assert shipped.read_bytes() == rebuilt.read_bytes(), "run tools/translations.py compile"


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        (["de-AT", "de", "en"], "de"),
        (["es-MX"], "es"),
        (["en-GB", "de"], None),
        (["fr-FR", "es"], "es"),
        (["fr-FR"], None),
    ],
)
def test_language_follows_the_users_first_shipped_preference(
    languages: list[str], expected: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Preferences(QLocale):
        def uiLanguages(self, *_: object) -> list[str]:
            return languages

    assert translations.language_for(Preferences()) == expected


def test_german_system_locale_translates_the_app(qapp: QApplication) -> None:
    installed = translations.install_translators(qapp, QLocale(QLocale.Language.German))
    try:
        assert installed, "the German catalogue should load from the package resources"
        assert i18n.current_language() == "de", "the core (library, report) follows the window"
        context, source = next(
            (context, message.findtext("source") or "")
            for context, message in catalogue_tool.messages(catalogue_tool.ts_path("de"))
            if context
            and message.find("translation[@type='unfinished']") is None  # lrelease skips those
            and catalogue_tool._text(message) != (message.findtext("source") or "")
        )
        assert QCoreApplication.translate(context, source) != source
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_dates_follow_the_language_when_the_system_locale_is_english(qapp: QApplication) -> None:
    """LANGUAGE=es with LANG=C: Qt's own weekday and month names are Spanish too."""

    class SpanishFirst(QLocale):  # a locale whose own month names are English
        def uiLanguages(self, *_: object) -> list[str]:
            return ["es", "en-US"]

    before = QLocale()
    installed = translations.install_translators(
        qapp, SpanishFirst(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    try:
        assert QLocale().language() == QLocale.Language.Spanish
        assert QLocale().toString(QDate(2026, 12, 2), "dddd d MMMM") == "miércoles 2 diciembre"
    finally:
        QLocale.setDefault(before)
        for translator in installed:
            qapp.removeTranslator(translator)


def test_spanish_words_with_an_english_lang_give_spanish_dates() -> None:
    """The real start: LANGUAGE=es, LANG=C.UTF-8. Qt names the system locale es_ES but reads its
    month names from LANG, which gave 'Wednesday 2 de December' on Today."""
    script = (
        "from PySide6.QtCore import QCoreApplication, QDate, QLocale\n"
        "from backtimer.ui.desktop.translations import install_translators\n"
        "app = QCoreApplication([])\n"
        "kept = install_translators(app)\n"
        "print(QLocale().toString(QDate(2026, 12, 2), 'dddd d MMMM'))\n"
    )
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LANG")
    }
    environment.update(LANGUAGE="es", LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "miércoles 2 diciembre"


def test_a_matching_system_locale_keeps_its_region(qapp: QApplication) -> None:
    before = QLocale()
    installed = translations.install_translators(
        qapp, QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    )
    try:
        assert QLocale().name() == "es_MX", "a Spanish desktop in Mexico keeps its own formats"
    finally:
        QLocale.setDefault(before)
        for translator in installed:
            qapp.removeTranslator(translator)


def test_english_needs_no_catalogue(qapp: QApplication) -> None:
    i18n.set_language("de")
    assert translations.install_translators(qapp, QLocale(QLocale.Language.English)) == []
    assert i18n.current_language() == "en"

"""The Qt-free language: chosen from the environment as gettext and Qt choose it, numbers and
placeholders written the language's way, and the GUI's choice reaching the core."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from backtimer import i18n


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "de_AT.ISO-8859-1@euro"}, "de"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        # LANGUAGE is a list of preferences: the first shipped one wins, English ends the search.
        ({"LANGUAGE": "fr:es:de", "LANG": "de_DE.UTF-8"}, "es"),
        ({"LANGUAGE": "en_GB:de", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LANGUAGE": "fr", "LANG": "de_DE.UTF-8"}, "en"),  # gettext: untranslated, not LANG
        ({"LANGUAGE": "", "LANG": "de_DE.UTF-8"}, "de"),  # empty means unset
        # LC_ALL overrides LC_MESSAGES and LANG; C and POSIX mean English.
        ({"LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "de_DE", "LANG": "de_DE"}, "es"),
        ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "POSIX", "LANG": "es_ES.UTF-8"}, "en"),
        ({"LC_ALL": "C.UTF-8", "LANG": "es_ES.UTF-8"}, "en"),
        ({"LC_MESSAGES": "de_CH.UTF-8", "LANG": "en_US.UTF-8"}, "de"),
        ({"LANG": "de-DE"}, "de"),
    ],
)
def test_system_language_reads_the_environment_like_gettext(
    environ: dict[str, str], expected: str
) -> None:
    assert i18n.system_language(environ) == expected


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "backtimer_de.json").write_text(
        json.dumps({"Ctx": {"Hello": "Hallo"}}), encoding="utf-8"
    )
    (tmp_path / "library_de.json").write_text(
        json.dumps({"exercise x": {"Bridge": "Brücke"}}), encoding="utf-8"
    )
    monkeypatch.setattr(i18n, "catalogue_file", lambda name, lang: tmp_path / f"{name}_{lang}.json")
    return tmp_path


def test_decimal_uses_the_comma_in_german_and_spanish(german: Path) -> None:
    assert i18n.decimal(2.5) == "2.5"
    assert i18n.decimal(-0.25, 2) == "-0.25"
    i18n.set_language("de")
    assert i18n.decimal(2.5) == "2,5"
    assert i18n.decimal(3, 0) == "3"
    i18n.set_language("es")
    assert i18n.decimal(-1.04, 1) == "-1,0"


def test_a_language_reads_its_catalogues_and_english_drops_them(german: Path) -> None:
    assert i18n.set_language("de") == "de"
    assert i18n.translate("Ctx", "Hello") == "Hallo"
    assert i18n.translate_library("exercise x", "Bridge") == "Brücke"
    assert i18n.translate_library("exercise y", "Bridge") == "Bridge"  # other item: as is
    assert i18n.set_language("fr") == "en"
    assert (i18n.translate("Ctx", "Hello"), i18n.current_language()) == ("Hello", "en")


def test_a_damaged_catalogue_means_english_not_a_crash(german: Path) -> None:
    (german / "backtimer_de.json").write_text("{not json", encoding="utf-8")
    i18n.set_language("de")
    assert i18n.translate("Ctx", "Hello") == "Hello"
    assert i18n.translate_library("exercise x", "Bridge") == "Brücke"


def test_command_line_follows_the_system_language(
    german: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Set before the parser is built, so --help and every message can be translated."""
    from backtimer import __main__ as entry

    seen: list[str] = []

    def parse(argv: object) -> argparse.Namespace:
        seen.append(i18n.current_language())
        return argparse.Namespace(
            demo=False, command="test", handler=lambda _: 0, data_dir=str(tmp_path / "data")
        )

    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.setattr(entry, "parse", parse)
    assert entry.main([]) == 0
    assert seen == ["de"]

"""The captions drawn in the shipped pictures follow the language; English costs nothing."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from backtimer import assets, i18n
from backtimer.illustration_labels import ILLUSTRATION_LABELS, translated_svg

SVG_NS = "{http://www.w3.org/2000/svg}"
SHIPPED = sorted(Path(str(assets.resource("illustrations"))).glob("*.svg"))
LONGEST_CAPTION = 16
"""Characters a caption may have: 13-unit bold text from x=16 stays well inside its 240-unit
panel (the figure starts below the caption, so width is the only limit)."""


def _captions(data: bytes) -> list[str]:
    root = ElementTree.fromstring(data)
    return [
        "".join(element.itertext()).strip()
        for element in root.iter(f"{SVG_NS}text")
        if "".join(element.itertext()).strip()
    ]


def test_there_are_shipped_pictures() -> None:
    assert len(SHIPPED) >= 60


def test_every_caption_of_every_shipped_picture_is_a_number_or_marked_for_translation() -> None:
    unmarked = {
        f"{path.name}: {caption!r}"
        for path in SHIPPED
        for caption in _captions(path.read_bytes())
        if not caption.isdigit() and caption not in ILLUSTRATION_LABELS
    }
    assert not unmarked, "add these to ILLUSTRATION_LABELS and translate them: " + ", ".join(
        sorted(unmarked)
    )


def test_every_marked_caption_is_drawn_somewhere() -> None:
    drawn = {caption for path in SHIPPED for caption in _captions(path.read_bytes())}
    assert set(ILLUSTRATION_LABELS) <= drawn


@pytest.mark.parametrize("language", i18n.SHIPPED_LANGUAGES)
def test_every_caption_is_translated_and_short(language: str) -> None:
    catalogue = json.loads(
        i18n.catalogue_file("backtimer", language).read_text(encoding="utf-8")
    ).get("Illustration", {})
    missing = [label for label in ILLUSTRATION_LABELS if not catalogue.get(label)]
    assert not missing
    too_long = [catalogue[label] for label in ILLUSTRATION_LABELS]
    assert [text for text in too_long if len(text) > LONGEST_CAPTION] == []


def test_english_reads_the_shipped_bytes_unchanged() -> None:
    assert i18n.current_language() == i18n.ENGLISH
    for path in SHIPPED:
        assert assets.illustration_bytes(path.name) == path.read_bytes(), path.name


def test_german_and_spanish_pictures_carry_translated_captions() -> None:
    i18n.set_language("de")
    german = assets.illustration_bytes("aer_walk_jog.svg")
    assert _captions(german) == ["Gehen", "Joggen"]
    assert _captions(assets.illustration_bytes("stab_bird_dog.svg")) == ["Start", "Halten"]
    assert _captions(assets.illustration_bytes("aer_cycle.svg")) == ["1", "2"]
    i18n.set_language("es")
    assert _captions(assets.illustration_bytes("post_prone_lying.svg")) == [
        "Opción 1",
        "Opción 2",
    ]
    assert _captions(assets.illustration_bytes("stab_glute_bridge.svg")) == ["Inicio", "Final"]


def test_a_translated_picture_differs_from_the_file_only_in_its_captions() -> None:
    i18n.set_language("de")
    for path in SHIPPED:
        original = path.read_bytes()
        translated = assets.illustration_bytes(path.name)
        before, after = ElementTree.fromstring(original), ElementTree.fromstring(translated)
        for element in before.iter(f"{SVG_NS}text"):
            element.text = ""
        for element in after.iter(f"{SVG_NS}text"):
            element.text = ""
        assert ElementTree.tostring(before) == ElementTree.tostring(after), path.name


def test_the_users_own_picture_is_never_rewritten(tmp_path: Path) -> None:
    own = tmp_path / "mine.svg"
    own.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="9">Start</text></svg>')
    i18n.set_language("es")
    assert assets.illustration_bytes(str(own)) == own.read_bytes()


def test_captions_are_escaped_and_tspans_and_unknown_words_handled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "backtimer_de.json").write_text(
        json.dumps({"Illustration": {"Hold": "Halten & <los>", "Start": "Anfang"}}),
        encoding="utf-8",
    )
    (tmp_path / "library_de.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_file", lambda name, lang: tmp_path / f"{name}_{lang}.json")
    i18n.set_language("de")
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg"><text x="1"> Hold </text>'
        b'<text><tspan dy="2">Start</tspan></text><text>Unknown</text><text/><text>7</text></svg>'
    )
    translated = translated_svg(svg)
    assert _captions(translated) == ["Halten & <los>", "Anfang", "Unknown", "7"]
    assert b"> Halten &amp; &lt;los&gt; </text>" in translated

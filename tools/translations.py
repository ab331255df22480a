"""Keep the translation catalogues in step with the code (run by hand; output committed).

    .venv/bin/python tools/translations.py update          # re-scan the code and library
    .venv/bin/python tools/translations.py todo de > de.tsv  # what still needs translating
    .venv/bin/python tools/translations.py fill de de.tsv   # take translations back in
    .venv/bin/python tools/translations.py compile          # .ts → .qm and .json (in the wheel)

Two catalogues per language: ``backtimer_<lang>.ts`` holds the texts of the code (found by
``pyside6-lupdate``), ``library_<lang>.ts`` the bundled exercise and routine texts (read from
``resources/library`` by this tool, one context per exercise or routine, the field named in a
translator's comment). A changed English text comes back unfinished, with the old translation
kept beside it for the translator. ``compile`` writes a ``.qm`` for Qt and a ``.json`` for the
Qt-free core (``backtimer/i18n.py``). ``todo`` and ``fill`` work on both catalogues.

The .ts files are Qt Linguist's XML, so a translator can also use ``pyside6-linguist``. The
tab-separated form (context, source, translation; backslash escapes for tab, newline and
backslash; plural forms separated by "|") is for quick bulk work.
``tests/ui/desktop/test_translations.py`` fails when a catalogue misses a string of the code,
leaves one unfinished, drops a placeholder, or when a .qm is older than its .ts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path

from backtimer.i18n import SHIPPED_LANGUAGES
from backtimer.library.localise import catalogue_texts

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = SHIPPED_LANGUAGES
BIN = Path(sys.executable).parent


def source_files() -> list[Path]:
    """Every module that can show text: the UI, plus core modules that mark their strings."""
    files = sorted((ROOT / "backtimer").rglob("*.py"))
    return [path for path in files if _marks_strings(path)]


def _marks_strings(path: Path) -> bool:
    if path.name == "i18n.py":  # defines the no-op marker, marks nothing
        return False
    text = path.read_text(encoding="utf-8")
    return "tr(" in text or "translate(" in text or "QT_TRANSLATE_NOOP(" in text


def ts_path(language: str) -> Path:
    return CATALOGUES / f"backtimer_{language}.ts"


def qm_path(language: str) -> Path:
    return CATALOGUES / f"backtimer_{language}.qm"


def library_ts_path(language: str) -> Path:
    return CATALOGUES / f"library_{language}.ts"


def json_path(ts: Path) -> Path:
    return ts.with_suffix(".json")


def catalogues(language: str) -> list[Path]:
    return [ts_path(language), library_ts_path(language)]


LIBRARY = ROOT / "resources" / "library"


def library_texts() -> list[tuple[str, str, str]]:
    """(context, English text, field) of every text in the bundled library, in file order.

    The fields and contexts are the loader's own (``backtimer.library.localise``), so the
    catalogue holds exactly what the app looks up.
    """
    found: list[tuple[str, str, str]] = []
    for path in sorted(LIBRARY.rglob("*.toml")):
        found += catalogue_texts(tomllib.loads(path.read_text(encoding="utf-8")))
    return found


def update_library_catalogue(ts: Path, language: str) -> None:
    """Rewrite ``ts`` from the library's texts, keeping every translation whose English stayed."""
    old: dict[tuple[str, str], ET.Element] = {}
    by_field: dict[tuple[str, str], ET.Element] = {}
    if ts.exists():
        for context, message in messages(ts):
            old[(context, message.findtext("source") or "")] = message
            by_field[(context, message.findtext("extracomment") or "")] = message
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    seen: set[tuple[str, str]] = set()
    for context, text, field in library_texts():
        if (context, text) in seen:  # the same sentence twice in one item: one message
            continue
        seen.add((context, text))
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "extracomment").text = field
        translation = ET.SubElement(message, "translation")
        kept = old.get((context, text))
        if kept is not None and kept.find("translation") is not None:
            previous = kept.find("translation")
            assert previous is not None
            translation.text = previous.text
            if previous.get("type") == "unfinished":
                translation.set("type", "unfinished")
            continue
        translation.set("type", "unfinished")
        changed = by_field.get((context, field))  # the English changed: offer the old words
        if changed is not None:
            ET.SubElement(message, "oldsource").text = changed.findtext("source") or ""
            translation.text = (changed.findtext("translation") or "") or None
    write_ts(ET.ElementTree(root), ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def compile_json(ts: Path, target: Path | None = None) -> Path:
    """The finished translations of ``ts`` as {context: {source: translation}} for the core,
    written beside it (or to ``target``)."""
    table: dict[str, dict[str, str]] = {}
    for context, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if message.get("numerus") == "yes":  # plurals are the UI's (Qt's %n); the core has none
            continue
        text = translation.text or ""
        if text:
            table.setdefault(context, {})[message.findtext("source") or ""] = text
    target = target if target is not None else json_path(ts)
    target.write_text(
        json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8"
    )
    return target


def run_lupdate(ts_files: Sequence[Path]) -> None:
    """Scan the code; -locations none keeps the files stable when lines move."""
    files = [str(path) for path in source_files()]
    command = [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files]
    for ts in ts_files:
        subprocess.run([*command, "-ts", str(ts)], check=True, capture_output=True, text=True)
        write_ts(ET.parse(ts), ts)  # one layout for lupdate's and fill's output: small diffs


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of a catalogue."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not _text(message):
            missing.append((context, message.findtext("source") or ""))
    return missing


def _text(message: ET.Element) -> str:
    """The translation; plural forms joined by "|" (empty when any form is missing)."""
    forms = translation_forms(message)
    return "" if not all(forms) else "|".join(forms)


def translation_forms(message: ET.Element) -> list[str]:
    """Each plural form of the translation, or the one translation as a single form."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text: str) -> str:
    out, chars = [], iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(following, "\\" + following))
        else:
            out.append(char)
    return "".join(out)


def fill(ts: Path, rows: dict[tuple[str, str], str]) -> int:
    """Put translations into the catalogue; returns how many messages were filled."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in rows or not rows[key]:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for old_source in message.findall("oldsource"):  # the change is now translated
                message.remove(old_source)
            forms = translation.findall("numerusform")
            if forms:  # plural forms, in the language's order, separated by "|"
                texts = rows[key].split("|")
                for index, form in enumerate(forms):
                    form.text = texts[min(index, len(texts) - 1)]
            else:
                translation.text = rows[key]
            filled += 1
    write_ts(tree, ts)
    return filled


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="re-scan the code into every .ts file")
    todo = commands.add_parser("todo", help="print unfinished messages as TSV")
    todo.add_argument("language", choices=LANGUAGES)
    filling = commands.add_parser("fill", help="read context<TAB>source<TAB>translation rows")
    filling.add_argument("language", choices=LANGUAGES)
    filling.add_argument("tsv", type=Path)
    commands.add_parser("compile", help="compile every .ts into its .qm")
    args = parser.parse_args(argv)

    if args.command == "update":
        CATALOGUES.mkdir(parents=True, exist_ok=True)
        run_lupdate([ts_path(language) for language in LANGUAGES])
        for language in LANGUAGES:
            update_library_catalogue(library_ts_path(language), language)
            for ts in catalogues(language):
                print(f"{ts.name}: {len(unfinished(ts))} to translate")
    elif args.command == "todo":
        for ts in catalogues(args.language):
            for context, source in unfinished(ts):
                print(f"{escape(context)}\t{escape(source)}\t")
    elif args.command == "fill":
        rows: dict[tuple[str, str], str] = {}
        for line in args.tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3:
                rows[(unescape(parts[0]), unescape(parts[1]))] = unescape(parts[2])
        filled = sum(fill(ts, rows) for ts in catalogues(args.language))
        print(f"filled {filled} messages")
    elif args.command == "compile":
        for language in LANGUAGES:
            run_lrelease(ts_path(language), qm_path(language))
            print(f"wrote {qm_path(language).relative_to(ROOT)}")
            for ts in catalogues(language):
                print(f"wrote {compile_json(ts).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

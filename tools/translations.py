"""Keep the translation catalogues in step with the code (run by hand; output committed).

    .venv/bin/python tools/translations.py update          # re-scan the code into the .ts files
    .venv/bin/python tools/translations.py todo de > de.tsv  # what still needs translating
    .venv/bin/python tools/translations.py fill de de.tsv   # take translations back in
    .venv/bin/python tools/translations.py compile          # .ts → .qm (shipped in the wheel)

The .ts files are Qt Linguist's XML, so a translator can also use ``pyside6-linguist``. The
tab-separated form (context, source, translation; backslash escapes for tab, newline and
backslash; plural forms separated by "|") is for quick bulk work.
``tests/ui/desktop/test_translations.py`` fails when a catalogue misses a string of the code,
leaves one unfinished, drops a placeholder, or when a .qm is older than its .ts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es")
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


def run_lupdate(ts_files: Sequence[Path]) -> None:
    """Scan the code; -locations none keeps the files stable when lines move."""
    files = [str(path) for path in source_files()]
    command = [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files]
    for ts in ts_files:
        subprocess.run([*command, "-ts", str(ts)], check=True, capture_output=True, text=True)


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
            forms = translation.findall("numerusform")
            if forms:  # plural forms, in the language's order, separated by "|"
                texts = rows[key].split("|")
                for index, form in enumerate(forms):
                    form.text = texts[min(index, len(texts) - 1)]
            else:
                translation.text = rows[key]
            filled += 1
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
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
            print(f"{ts_path(language).name}: {len(unfinished(ts_path(language)))} to translate")
    elif args.command == "todo":
        for context, source in unfinished(ts_path(args.language)):
            print(f"{escape(context)}\t{escape(source)}\t")
    elif args.command == "fill":
        rows: dict[tuple[str, str], str] = {}
        for line in args.tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3:
                rows[(unescape(parts[0]), unescape(parts[1]))] = unescape(parts[2])
        print(f"filled {fill(ts_path(args.language), rows)} messages")
    elif args.command == "compile":
        for language in LANGUAGES:
            run_lrelease(ts_path(language), qm_path(language))
            print(f"wrote {qm_path(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

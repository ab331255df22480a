"""The command line speaks the user's language; what scripts read (CSV, JSON, ids, exit codes)
stays as it is, and control characters stay escaped whatever the language."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backtimer import i18n
from backtimer.__main__ import main
from backtimer.journal.export import SESSION_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
PROBLEM_LINE = re.compile(
    r"^(?P<path>.+\.toml):(?P<line>[1-9]\d*): (?P<field>\S+): (?P<message>.+)$"
)

BROKEN_ROUTINE = """\
[[routine]]
id = "my_programme"
title = "Mine\\u001b]0;pwned\\u0007"
category = "mobility"
level = "beginer"
summary = "Mine."

[[routine.block]]
exercise = "cat_camel"
mode = "hold"
hold_s = "10"
reps = 3
"""


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """German as if the system asked for it (``main`` reads the system's language first).

    The environment is left alone: LANGUAGE=de in this process would also switch the C
    library's error texts (strerror), which the messages quote. The shared fixture in
    conftest.py puts English back afterwards.
    """
    monkeypatch.setattr(i18n, "system_language", lambda environ=None: "de")
    assert i18n.set_language("de") == "de"
    yield
    i18n.set_language(i18n.ENGLISH)


def test_export_on_a_new_folder_writes_the_english_csv_header_and_says_so_in_german(
    german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CSV is for spreadsheets and scripts: its header stays English; the note to the
    person running the command is German."""
    output = tmp_path / "journal.csv"
    assert main(["--data-dir", str(tmp_path / "new"), "export", "-o", str(output)]) == 0
    header = next(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    assert tuple(header) == SESSION_COLUMNS
    assert capsys.readouterr().err.strip() == f"0 Zeilen in {output} geschrieben"


def test_an_error_is_one_german_line_with_the_same_exit_status(
    german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file where the data folder should be: exit 2, one line, in German."""
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("", encoding="utf-8")
    assert main(["--data-dir", str(not_a_folder), "export"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"backtimer: Der Datenordner {not_a_folder} ist eine Datei, kein Ordner. Verschieben "
        "Sie die Datei oder wählen Sie mit --data-dir oder BACKTIMER_DATA_DIR einen anderen "
        "Ordner.\n"
    )


def test_an_import_refusal_from_the_core_is_german(
    german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_an_export = tmp_path / "notes.csv"
    not_an_export.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(not_an_export)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"backtimer: {not_an_export} ist keine von Backtimer exportierte CSV")


def test_routines_check_keeps_file_line_field_and_translates_the_message(
    german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Editors link FILE:LINE, and the field names are the TOML keys the person typed: only
    the message is German. The title's ESC and BEL are reported, never sent to the terminal."""
    broken = tmp_path / "mine.toml"
    broken.write_text(BROKEN_ROUTINE, encoding="utf-8")
    assert main(["routines", "check", str(broken)]) == 1
    out, err = capsys.readouterr()
    problems = {m["field"]: m["message"] for m in map(PROBLEM_LINE.match, out.splitlines()) if m}
    assert set(problems) == {
        "routine[my_programme].title",
        "routine[my_programme].level",
        "routine[my_programme].block[1].hold_s",
    }
    assert problems["routine[my_programme].title"].startswith(
        "enthält das unsichtbare Steuerzeichen U+001B an Zeichen 5; entfernen Sie es"
    )
    assert problems["routine[my_programme].level"] == (
        "muss einer dieser Werte sein: beginner, intermediate, advanced; gefunden: der Text "
        "'beginer'; meinten Sie 'beginner'?"
    )
    assert problems["routine[my_programme].block[1].hold_s"].endswith(
        "(Zahlen ohne Anführungszeichen schreiben)"
    )
    assert err == "3 Problem(e) in 1 von 1 Datei(en)\n"
    assert "\x1b" not in out + err
    assert "\x07" not in out + err


def test_routines_list_escapes_control_characters_in_german_too(
    german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A shared file's ESC in a file name reaches the German warning escaped."""
    routines = tmp_path / "data" / "routines"
    routines.mkdir(parents=True)
    (routines / "evil\x1b[2J.toml").write_text("not toml = = =", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "routines", "list"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].split() == ["ID", "TITEL", "KATEGORIE", "STUFE", "DAUER", "QUELLE"]
    assert "mitgeliefert" in out
    assert "backtimer: Warnung: " in err
    assert "wegen 1 Problems übersprungen:" in err
    assert "evil\\x1b[2J.toml" in err
    assert "\x1b" not in out + err


def test_an_argument_error_is_german_and_escaped(
    german: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["routines", "list", "--bogus\x1b[31m"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Aufruf: backtimer ")
    assert "backtimer: Fehler: " in err
    assert "--bogus\\x1b[31m" in err
    assert "\x1b" not in err


def test_help_is_german(german: None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: backtimer ")
    assert "Angeleiteter Übungstimer und Schmerztagebuch" in out
    assert "\nOptionen:\n" in out
    assert "\nArgumente:\n" in out
    assert "diese Hilfe zeigen und beenden" in out
    assert "usage:" not in out
    assert "options:" not in out


def test_json_stays_english_for_scripts(
    german: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Keys, category and level values and "bundled" are what scripts compare against."""
    assert main(["--data-dir", str(tmp_path), "routines", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["source"] for row in rows} == {"bundled"}
    assert {"id", "title", "category", "level", "duration", "duration_s"} <= set(rows[0])
    assert {row["level"] for row in rows} <= {"beginner", "intermediate", "advanced"}


def test_english_output_is_unchanged_without_a_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert i18n.current_language() == i18n.ENGLISH
    output = tmp_path / "journal.csv"
    assert main(["--data-dir", str(tmp_path / "new"), "export", "-o", str(output)]) == 0
    assert capsys.readouterr().err == f"Wrote 0 rows to {output}\n"


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("de_DE.UTF-8", ["ID", "TITEL", "KATEGORIE", "STUFE", "DAUER", "QUELLE"]),
        ("es_ES.UTF-8", ["ID", "TÍTULO", "CATEGORÍA", "NIVEL", "DURACIÓN", "ORIGEN"]),
        ("C.UTF-8", ["ID", "TITLE", "CATEGORY", "LEVEL", "DURATION", "SOURCE"]),
    ],
)
def test_lang_picks_the_language_of_a_real_run(
    tmp_path: Path, language: str, header: list[str]
) -> None:
    """``LANG`` alone (as a desktop session sets it) decides, in a fresh interpreter."""
    result = _real_run(tmp_path, ["routines", "list"], LANG=language)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == header
    assert result.stderr == ""


def _help_texts(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Every description and help text of ``parser`` and its subcommands, by where it is."""
    texts = {f"{parser.prog}: description": parser.description or ""}
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            texts[f"{parser.prog} {'/'.join(action.option_strings) or action.dest}"] = action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                texts[f"{parser.prog} {choice.dest}"] = choice.help or ""
            for child in action.choices.values():
                texts.update(_help_texts(child))
    return texts


def test_every_help_text_of_the_command_line_is_translated() -> None:
    """A help text added without translate() would stay English in the German --help."""
    from backtimer.cli import build_parser

    english = _help_texts(build_parser())
    i18n.set_language("de")
    german = _help_texts(build_parser())
    same = {place for place, text in english.items() if text and german[place] == text}
    assert same == {
        f"backtimer {command} --{end}" for command in ("export", "report") for end in ("from", "to")
    }, "untranslated: " + ", ".join(sorted(same))


def test_argparse_own_error_details_are_german(
    german: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["routines", "check"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.endswith(
        "backtimer routines check: Fehler: diese Argumente fehlen: FILE\n"
    )


def test_the_systems_own_words_follow_the_language_too(tmp_path: Path) -> None:
    """ "…kann nicht gelesen werden: No such file or directory." mixed two languages: the
    command line now takes the C library's message language from the environment, as the app's
    Qt does. Where glibc has no German catalogue the sentence keeps its English reason."""
    language = {"LANGUAGE": "de", "LANG": "C.UTF-8"}
    result = _real_run(tmp_path, ["import", str(tmp_path / "missing.csv")], **language)
    assert result.returncode == 2
    assert "kann nicht gelesen werden" in result.stderr
    german_reason = subprocess.run(
        [
            sys.executable,
            "-c",
            "import locale, os; locale.setlocale(locale.LC_MESSAGES, '');print(os.strerror(2))",
        ],
        capture_output=True,
        text=True,
        env=_environment(**language),
        timeout=60,
        check=False,
    ).stdout.strip()
    assert german_reason in result.stderr  # whatever this system's C library says in German


def _environment(**language: str) -> dict[str, str]:
    """This environment without any language or Backtimer setting, then ``language``'s."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LANGUAGE", "LC_", "BACKTIMER"))
    }
    return {**env, **language, "PYTHONIOENCODING": "utf-8"}


def _real_run(
    data_dir: Path, arguments: list[str], **language: str
) -> subprocess.CompletedProcess[str]:
    """``python -m backtimer`` in a fresh interpreter, in the language the variables name."""
    return subprocess.run(
        [sys.executable, "-m", "backtimer", "--data-dir", str(data_dir), *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(**language),
        cwd=ROOT,
        timeout=60,
        check=False,
    )

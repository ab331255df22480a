"""Read one routine file into a TOML document, turning every way that can fail into a Problem.

A file that cannot be read, is too big, is not UTF-8 or is not valid TOML never reaches
validation; the caller gets exactly one Problem with the best line we can name.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from backtimer.library.model import Problem

MAX_FILE_BYTES = 1024 * 1024
FILE_FIELD = "file"
SYNTAX_FIELD = "toml"

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


@dataclass(frozen=True)
class SourceText:
    """A successfully parsed file: its text (for line numbers) and its TOML document."""

    text: str
    document: dict[str, Any]


def read_toml(node: Path | Traversable, display_path: str) -> SourceText | Problem:
    """Read, size-check, decode and parse ``node``; a Problem says why it could not be."""
    try:
        with node.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        return Problem(display_path, 1, FILE_FIELD, "is a folder, not a routine file")
    except OSError as error:
        reason = error.strerror or str(error)
        return Problem(display_path, 1, FILE_FIELD, f"cannot be read: {reason}")
    if len(data) > MAX_FILE_BYTES:
        return Problem(
            display_path,
            1,
            FILE_FIELD,
            "is larger than 1 MiB; routine files must be at most 1 MiB, so it was not read",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _encoding_problem(data, error, display_path)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _syntax_problem(text, str(error), display_path)
    except RecursionError:
        return Problem(
            display_path, 1, SYNTAX_FIELD, "is nested too deeply to read as TOML; simplify it"
        )
    return SourceText(text, document)


def _encoding_problem(data: bytes, error: UnicodeDecodeError, display_path: str) -> Problem:
    before = data[: error.start]
    line = before.count(b"\n") + 1
    column = error.start - (before.rfind(b"\n") + 1) + 1
    bad_byte = data[error.start]
    return Problem(
        display_path,
        line,
        FILE_FIELD,
        f"is not UTF-8 text: byte 0x{bad_byte:02x} at column {column}; "
        "save the file with UTF-8 encoding",
    )


def _syntax_problem(text: str, message: str, display_path: str) -> Problem:
    if match := _TOML_POSITION.search(message):
        line = int(match.group(1))
        detail = message[: match.start()]
        column = f" (column {match.group(2)})"
    else:
        line = text.rstrip("\r\n").count("\n") + 1
        detail = _TOML_AT_END.sub("", message)
        column = " (at the end of the file)" if _TOML_AT_END.search(message) else ""
    return Problem(
        display_path,
        line,
        SYNTAX_FIELD,
        f"not valid TOML: {detail}{column}",
    )

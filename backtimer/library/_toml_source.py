"""Read one routine file into a TOML document, turning every way that can fail into a Problem.

A file that cannot be read, is too big, is not UTF-8 or is not valid TOML never reaches
validation; the caller gets exactly one Problem with the best line we can name.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from backtimer.i18n import QT_TRANSLATE_NOOP, translate
from backtimer.library.model import Problem

MAX_FILE_BYTES = 1024 * 1024
FILE_FIELD = "file"
SYNTAX_FIELD = "toml"

NEEDS_CONTENT = QT_TRANSLATE_NOOP(
    "RoutineCheck", "a routine file needs at least one [[routine]] or [[exercise]] table"
)
"""In English; translated where a message uses it."""
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
        data = read_regular_file(node, MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        return Problem(
            display_path,
            1,
            FILE_FIELD,
            translate("RoutineCheck", "is a folder, not a routine file"),
        )
    except NotARegularFileError as error:
        return Problem(display_path, 1, FILE_FIELD, str(error))
    except OSError as error:
        reason = error.strerror or str(error)
        message = translate("RoutineCheck", "cannot be read: {reason}").format(reason=reason)
        return Problem(display_path, 1, FILE_FIELD, message)
    if not data.strip():
        if not data:
            what = translate("RoutineCheck", "is empty; {rule}")
        else:
            what = translate("RoutineCheck", "is blank (only spaces and line breaks); {rule}")
        message = what.format(rule=translate("RoutineCheck", NEEDS_CONTENT))
        return Problem(display_path, 1, FILE_FIELD, message)
    if len(data) > MAX_FILE_BYTES:
        return Problem(
            display_path,
            1,
            FILE_FIELD,
            translate(
                "RoutineCheck",
                "is larger than 1 MiB; routine files must be at most 1 MiB, so it was not read",
            ),
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
            display_path,
            1,
            SYNTAX_FIELD,
            translate("RoutineCheck", "is nested too deeply to read as TOML; simplify it"),
        )
    return SourceText(text, document)


class NotARegularFileError(OSError):
    """A FIFO, device or socket where a file was expected: opening or reading it could block."""


def read_regular_file(node: Path | Traversable, limit: int) -> bytes:
    """At most ``limit`` bytes of ``node``, which must be a regular file.

    A path is opened without blocking and checked on the open descriptor (no race between the
    check and the read), so a FIFO named ``*.toml`` is refused at once instead of hanging the
    caller forever; a device is refused before a single byte is read from it.
    """
    if not isinstance(node, Path):
        with node.open("rb") as stream:  # packaged resources: never FIFOs
            return stream.read(limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    descriptor = os.open(node, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(f"{node} is a folder")
        if not stat.S_ISREG(mode):
            raise NotARegularFileError(
                translate(
                    "RoutineCheck", "is not a regular file ({kind}), so it was not read"
                ).format(kind=_kind_of(mode))
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            return stream.read(limit)
    finally:
        os.close(descriptor)


def picture_problem(picture: Path, folder: Path) -> str | None:
    """Why ``picture`` may not be used by a routine file in ``folder``; None when it may.

    It must be a regular file that really lives inside the folder: a symlink pointing out of it
    (at a private file, say) would otherwise be copied on import and shipped by Export.
    """
    try:
        real_picture = Path(os.path.realpath(picture))
        real_folder = Path(os.path.realpath(folder))
        mode = os.stat(real_picture).st_mode
    except (OSError, ValueError):
        return translate(
            "RoutineCheck",
            "file not found: {file}; put the picture beside this file or remove the key",
        ).format(file=picture)
    if not real_picture.is_relative_to(real_folder):
        return translate(
            "RoutineCheck",
            "{file} is a link to a file outside this routine's folder, which is not "
            "followed; copy the picture itself beside this file",
        ).format(file=picture)
    if not stat.S_ISREG(mode):
        return translate(
            "RoutineCheck", "{file} is not a regular file ({kind}); use a .svg or .png picture"
        ).format(file=picture, kind=_kind_of(mode))
    return None


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return translate("RoutineCheck", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("RoutineCheck", "a device")
    if stat.S_ISSOCK(mode):
        return translate("RoutineCheck", "a socket")
    return translate("RoutineCheck", "a special file")


def _encoding_problem(data: bytes, error: UnicodeDecodeError, display_path: str) -> Problem:
    before = data[: error.start]
    line = before.count(b"\n") + 1
    column = error.start - (before.rfind(b"\n") + 1) + 1
    bad_byte = data[error.start]
    return Problem(
        display_path,
        line,
        FILE_FIELD,
        translate(
            "RoutineCheck",
            "is not UTF-8 text: byte {byte} at column {column}; save the file with UTF-8 encoding",
        ).format(byte=f"0x{bad_byte:02x}", column=column),
    )


def _syntax_problem(text: str, message: str, display_path: str) -> Problem:
    if match := _TOML_POSITION.search(message):
        line = int(match.group(1))
        detail = message[: match.start()]
        column = translate("RoutineCheck", " (column {column})").format(column=match.group(2))
    else:
        line = text.rstrip("\r\n").count("\n") + 1
        detail = _TOML_AT_END.sub("", message)
        at_end = _TOML_AT_END.search(message)
        column = translate("RoutineCheck", " (at the end of the file)") if at_end else ""
    # The parser's own detail ("Invalid value", "Unclosed array") stays in English.
    return Problem(
        display_path,
        line,
        SYNTAX_FIELD,
        translate("RoutineCheck", "not valid TOML: {detail}{column}").format(
            detail=detail, column=column
        ),
    )

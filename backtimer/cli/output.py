"""The one way the command line prints: user text never reaches the terminal raw.

Titles, notes, file names and messages can come from a file someone shared; an ESC in them would
drive the terminal (colours, cursor moves, a changed window title, worse). Everything printed goes
through here and has its control characters shown as escapes instead.
"""

from __future__ import annotations

import io
import sys
from typing import TextIO

from backtimer.control_chars import for_terminal, json_safe


def say(text: object = "", *, stream: TextIO | None = None) -> None:
    """Print one line (or several) with control characters escaped; stdout by default."""
    print(for_terminal(str(text)), file=stream if stream is not None else sys.stdout)


def warn(text: object) -> None:
    """``say`` on stderr."""
    say(text, stream=sys.stderr)


def say_json(text: str) -> None:
    """Print JSON text with control characters as ``\\uNNNN`` escapes (still valid JSON)."""
    print(json_safe(text))


class TerminalSafeText(io.TextIOBase):
    """A text stream for CSV on stdout: control characters in cells (a note holding ESC, say)
    are shown as escapes like everything else the command line prints, while the CSV's own
    CR LF line ends pass. The CSV written to a file keeps every character."""

    def __init__(self, target: TextIO) -> None:
        self._target = target

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._target.write("\r\n".join(for_terminal(part) for part in text.split("\r\n")))
        return len(text)

    def flush(self) -> None:
        self._target.flush()

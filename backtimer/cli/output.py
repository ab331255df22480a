"""The one way the command line prints: user text never reaches the terminal raw.

Titles, notes, file names and messages can come from a file someone shared; an ESC in them would
drive the terminal (colours, cursor moves, a changed window title, worse). Everything printed goes
through here and has its control characters shown as escapes instead.
"""

from __future__ import annotations

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

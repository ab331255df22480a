"""Map a TOML value's path to the line it was written on.

``tomllib`` keeps no positions, yet every problem must name a line. This scanner reads the source
once, follows table headers (``[[routine]]``, ``[[routine.block]]``, ``[x]``) and ``key =`` lines,
and records the line of every path it sees, e.g. ``("routine", 0, "block", 2, "hold_s")``. It
skips the inside of multi-line strings and arrays so text that merely looks like a key is not
taken for one. Anything it cannot follow (inline tables, odd quoting) falls back to the nearest
enclosing path it did record, and finally to line 1: a line is always returned.
"""

from __future__ import annotations

import re

PathKey = tuple[str | int, ...]

_BARE_OR_QUOTED = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_DOTTED_KEY = rf"{_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*"
_ARRAY_HEADER = re.compile(rf"^\s*\[\[\s*({_DOTTED_KEY})\s*\]\]")
_TABLE_HEADER = re.compile(rf"^\s*\[\s*({_DOTTED_KEY})\s*\]")
_KEY_LINE = re.compile(rf"^\s*({_DOTTED_KEY})\s*=")
_KEY_PART = re.compile(_BARE_OR_QUOTED)


def _split_key(dotted: str) -> tuple[str, ...]:
    parts = []
    for match in _KEY_PART.finditer(dotted):
        part = match.group(0)
        if part[:1] in {'"', "'"}:
            part = part[1:-1]
        parts.append(part)
    return tuple(parts)


class LineLocator:
    """Lines of the tables and keys of one TOML source text (1-based)."""

    def __init__(self, text: str) -> None:
        self._lines: dict[PathKey, int] = {}
        self._array_counts: dict[PathKey, int] = {}
        self._scan(text)

    def line_of(self, path: PathKey) -> int:
        """The line of ``path``, or of its nearest recorded ancestor, or 1."""
        for end in range(len(path), 0, -1):
            line = self._lines.get(path[:end])
            if line is not None:
                return line
        return 1

    def _resolve(self, parts: tuple[str, ...]) -> PathKey:
        """Turn header parts into a concrete path, entering the latest table of each array."""
        path: PathKey = ()
        for part in parts:
            path = (*path, part)
            count = self._array_counts.get(path)
            if count:
                path = (*path, count - 1)
        return path

    def _record(self, path: PathKey, line: int) -> None:
        for end in range(1, len(path) + 1):
            self._lines.setdefault(path[:end], line)

    def _scan(self, text: str) -> None:
        current: PathKey = ()
        scanner = _ValueScanner()
        # Only LF ends a line in TOML (and in editors' line numbers); str.splitlines() would
        # also split at form feeds or U+2028 inside strings and shift every later line.
        for number, line in enumerate(text.split("\n"), start=1):
            if scanner.inside_value:
                scanner.feed(line)
                continue
            if match := _ARRAY_HEADER.match(line):
                parts = _split_key(match.group(1))
                parent = self._resolve(parts[:-1])
                array = (*parent, parts[-1])
                index = self._array_counts.get(array, 0)
                self._array_counts[array] = index + 1
                current = (*array, index)
                self._record(current, number)
            elif match := _TABLE_HEADER.match(line):
                current = self._resolve(_split_key(match.group(1)))
                self._record(current, number)
            elif match := _KEY_LINE.match(line):
                self._record((*current, *_split_key(match.group(1))), number)
                scanner.feed(line[match.end() :])


class _ValueScanner:
    """Tracks whether a value continues past the end of its line (open array or string)."""

    def __init__(self) -> None:
        self._depth = 0
        self._multiline_quote: str | None = None

    @property
    def inside_value(self) -> bool:
        return self._depth > 0 or self._multiline_quote is not None

    def feed(self, line: str) -> None:
        index = 0
        while index < len(line):
            if self._multiline_quote is not None:
                end = line.find(self._multiline_quote, index)
                if end < 0:
                    return
                self._multiline_quote = None
                index = end + 3
                continue
            char = line[index]
            if char == "#":
                return
            if line.startswith(('"""', "'''"), index):
                self._multiline_quote = line[index : index + 3]
                index += 3
            elif char in {'"', "'"}:
                index = _end_of_string(line, index)
            elif char in "[{":
                self._depth += 1
                index += 1
            elif char in "]}":
                self._depth = max(0, self._depth - 1)
                index += 1
            else:
                index += 1


def _end_of_string(line: str, start: int) -> int:
    """Index just after the one-line string opening at ``start`` (escapes only in "...")."""
    quote = line[start]
    index = start + 1
    while index < len(line):
        char = line[index]
        if char == "\\" and quote == '"':
            index += 2
            continue
        if char == quote:
            return index + 1
        index += 1
    return index

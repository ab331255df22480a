"""Typed reading of one TOML table, with a plain-words Problem for every bad value.

Getters always return a value of the promised type (a placeholder when the input was wrong) so the
item builders stay linear; ``TableReader.ok`` then says whether the table, and every table read
after it into the same report, was clean. Messages say what is wrong and what is allowed.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from backtimer.control_chars import control_message
from backtimer.library._locate import LineLocator, PathKey
from backtimer.library.model import MAX_DURATION_S, Problem

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]{1,63}")
ID_RULE = "2–64 lowercase letters, digits or _, starting with a letter"
_MAX_SHOWN_CHARS = 40

EnumT = TypeVar("EnumT", bound=StrEnum)


class FileReport:
    """The Problems found in one file, each placed on a line by the file's locator."""

    def __init__(self, display_path: str, locator: LineLocator) -> None:
        self.display_path = display_path
        self.locator = locator
        self.problems: list[Problem] = []

    def add(self, location: PathKey, field: str, message: str) -> None:
        line = self.locator.line_of(location)
        self.problems.append(Problem(self.display_path, line, field, message))


def describe(value: object) -> str:
    """A short, user-readable rendering of a TOML value for 'got …' in messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= _MAX_SHOWN_CHARS else value[:_MAX_SHOWN_CHARS] + "…"
        return f"the text {shown!r}"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        if not value:
            return "an empty list"
        return f"a list of {len(value)} {'entry' if len(value) == 1 else 'entries'}"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__} value"


def quoted_list(names: Iterable[str]) -> str:
    return ", ".join(names)


def suggestion(word: str, choices: Iterable[str]) -> str:
    """'; did you mean 'x'?' for the closest choice, or nothing."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {matches[0]!r}?" if matches else ""


def _seconds_text(seconds: float) -> str:
    return f"{seconds:g}"


class TableReader:
    """Reads the keys of one table; every problem goes to the shared report."""

    def __init__(
        self, report: FileReport, data: Mapping[str, Any], location: PathKey, label: str
    ) -> None:
        self.report = report
        self.data = data
        self.location = location
        self.label = label
        self._problems_before = len(report.problems)

    @property
    def ok(self) -> bool:
        """No problem was reported since this reader was created (children included)."""
        return len(self.report.problems) == self._problems_before

    def field(self, key: str) -> str:
        return f"{self.label}.{key}" if self.label else key

    def fail(self, key: str, message: str) -> None:
        self.report.add((*self.location, key), self.field(key), message)

    def fail_table(self, message: str) -> None:
        self.report.add(self.location, self.label, message)

    def has(self, key: str) -> bool:
        return key in self.data

    def check_keys(
        self, allowed: Iterable[str], elsewhere: Mapping[str, str] | None = None
    ) -> None:
        """Report unknown keys; ``elsewhere`` explains keys that are valid only in another place."""
        allowed = list(allowed)
        elsewhere = elsewhere or {}
        for key in self.data:
            if key in allowed:
                continue
            if key in elsewhere:
                self.fail(key, elsewhere[key])
                continue
            shown = key if len(key) <= _MAX_SHOWN_CHARS else key[:_MAX_SHOWN_CHARS] + "…"
            hint = suggestion(key, allowed)
            allowed_text = (
                f" Allowed here: {quoted_list(allowed)}"
                if hint
                else (f"; allowed here: {quoted_list(allowed)}")
            )
            self.fail(key, f"unknown key {shown!r}{hint}{allowed_text}")

    def text(self, key: str, *, default: str | None = None, max_chars: int | None = None) -> str:
        """A string; required and non-blank when there is no default; names are bounded so a
        shared file cannot push a 100,000-character title into every list and the player."""
        if key not in self.data:
            if default is None:
                self.fail(key, "is required: a non-empty text")
            return default or ""
        value = self.data[key]
        if not isinstance(value, str):
            self.fail(key, f"must be a text in quotes, got {describe(value)}")
            return ""
        if (refused := control_message(value)) is not None:
            self.fail(key, refused)
            return ""
        if default is None and not value.strip():
            self.fail(key, "must not be empty")
        if max_chars is not None and len(value.strip()) > max_chars:
            self.fail(key, f"must be at most {max_chars} characters, got {len(value.strip())}")
            return ""
        return value.strip()

    def text_list(
        self, key: str, *, required: bool = False, min_items: int = 0, max_items: int = 100
    ) -> tuple[str, ...]:
        """A list of non-blank strings with a bounded length."""
        if key not in self.data:
            if required:
                self.fail(key, f"is required: a list of {min_items} to {max_items} texts")
            return ()
        value = self.data[key]
        if not isinstance(value, list):
            self.fail(key, f'must be a list of texts, like ["…", "…"], got {describe(value)}')
            return ()
        if not min_items <= len(value) <= max_items:
            self.fail(key, f"must have {min_items} to {max_items} entries, got {len(value)}")
        items: list[str] = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self.fail(key, f"entry {position} must be a text, got {describe(item)}")
            elif not item.strip():
                self.fail(key, f"entry {position} must not be empty")
            elif (refused := control_message(item)) is not None:
                self.fail(key, f"entry {position} {refused}")
            else:
                items.append(item.strip())
        return tuple(items)

    def seconds(self, key: str, *, minimum: float = 1.0, default: float | None = None) -> float:
        """Seconds from ``minimum`` to 2 hours; required when there is no default."""
        if key not in self.data:
            if default is None:
                self.fail(key, f"is required: {self._seconds_rule(minimum)}")
                return minimum
            return default
        return self._number_of_seconds(key, minimum)

    def optional_seconds(self, key: str, *, minimum: float) -> float | None:
        if key not in self.data:
            return None
        return self._number_of_seconds(key, minimum)

    def _seconds_rule(self, minimum: float) -> str:
        return (
            f"a number of seconds from {_seconds_text(minimum)} to {_seconds_text(MAX_DURATION_S)}"
        )

    def _number_of_seconds(self, key: str, minimum: float) -> float:
        value = self.data[key]
        rule = self._seconds_rule(minimum)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not minimum <= value <= MAX_DURATION_S
        ):
            self.fail(key, f"must be {rule}, got {describe(value)}{_unquote_hint(value)}")
            return minimum
        return float(value)

    def whole(self, key: str, *, lowest: int, highest: int, default: int | None = None) -> int:
        """A whole number in a range; required when there is no default."""
        if key not in self.data:
            if default is None:
                self.fail(key, f"is required: a whole number from {lowest} to {highest}")
                return lowest
            return default
        return self._whole_value(key, self.data[key], lowest, highest)

    def _whole_value(self, key: str, value: object, lowest: int, highest: int) -> int:
        rule = f"a whole number from {lowest} to {highest}"
        if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
            hint = _unquote_hint(value)
            if isinstance(value, float) and value.is_integer() and lowest <= value <= highest:
                hint = " (write it without the decimal point)"
            self.fail(key, f"must be {rule}, got {describe(value)}{hint}")
            return lowest
        return value

    def whole_list(self, key: str, *, lowest: int, highest: int, max_items: int) -> tuple[int, ...]:
        """A non-empty list of whole numbers, e.g. a pyramid ``[5, 3, 1]``."""
        value = self.data.get(key)
        rule = f"a list of 1 to {max_items} whole numbers from {lowest} to {highest}"
        if not isinstance(value, list) or not 1 <= len(value) <= max_items:
            self.fail(key, f"must be {rule}, like [5, 3, 1], got {describe(value)}")
            return (lowest,)
        numbers = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int) or not lowest <= item <= highest:
                self.fail(key, f"must be {rule}, but one entry is {describe(item)}")
                return (lowest,)
            numbers.append(item)
        return tuple(numbers)

    def choice(self, key: str, kind: type[EnumT], *, default: EnumT | None = None) -> EnumT:
        """One of an enum's values; required when there is no default."""
        allowed = [member.value for member in kind]
        placeholder = default if default is not None else next(iter(kind))
        if key not in self.data:
            if default is None:
                self.fail(key, f"is required: one of {quoted_list(allowed)}")
            return placeholder
        value = self.data[key]
        if isinstance(value, str) and value in allowed:
            return kind(value)
        hint = suggestion(value, allowed) if isinstance(value, str) else ""
        self.fail(key, f"must be one of {quoted_list(allowed)}; got {describe(value)}{hint}")
        return placeholder

    def identifier(self, key: str = "id", *, what: str = "an id") -> str:
        """A required id; returns "" when it is missing or malformed."""
        value = self.data.get(key)
        if key not in self.data:
            self.fail(key, f"is required: {what} ({ID_RULE})")
            return ""
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            self.fail(key, f"must be {ID_RULE}; got {describe(value)}")
            return ""
        return value

    def reference(self, key: str) -> str | None:
        """An optional exercise id; ``""`` or absence mean none."""
        value = self.data.get(key, "")
        if value == "":
            return None
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            self.fail(key, f'must be an exercise id ({ID_RULE}) or ""; got {describe(value)}')
            return None
        return value


def _unquote_hint(value: object) -> str:
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return ""
        return " (write numbers without quotes)"
    return ""


def valid_id(value: object) -> bool:
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None

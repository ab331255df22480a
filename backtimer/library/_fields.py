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

from backtimer.control_chars import control_message, name_message
from backtimer.i18n import QT_TRANSLATE_NOOP, translate
from backtimer.library._locate import LineLocator, PathKey
from backtimer.library.model import MAX_DURATION_S, Problem

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]{1,63}")
ID_RULE = QT_TRANSLATE_NOOP(
    "RoutineCheck", "2–64 lowercase letters, digits or _, starting with a letter"
)
"""In English; messages translate it where they use it (``id_rule()``)."""
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
        return translate("RoutineCheck", "the text {text}").format(text=repr(shown))
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        if not value:
            return translate("RoutineCheck", "an empty list")
        if len(value) == 1:
            return translate("RoutineCheck", "a list of 1 entry")
        return translate("RoutineCheck", "a list of {count} entries").format(count=len(value))
    if isinstance(value, dict):
        return translate("RoutineCheck", "a table")
    return translate("RoutineCheck", "a {kind} value").format(kind=type(value).__name__)


def quoted_list(names: Iterable[str]) -> str:
    return ", ".join(names)


def suggestion(word: str, choices: Iterable[str]) -> str:
    """'; did you mean 'x'?' for the closest choice, or nothing."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not matches:
        return ""
    return translate("RoutineCheck", "; did you mean {choice}?").format(choice=repr(matches[0]))


def id_rule() -> str:
    """What an id may be made of, in the user's language."""
    return translate("RoutineCheck", ID_RULE)


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
            if hint:
                allowed_text = translate("RoutineCheck", " Allowed here: {keys}")
            else:
                allowed_text = translate("RoutineCheck", "; allowed here: {keys}")
            self.fail(
                key,
                translate("RoutineCheck", "unknown key {key}{hint}{allowed}").format(
                    key=repr(shown),
                    hint=hint,
                    allowed=allowed_text.format(keys=quoted_list(allowed)),
                ),
            )

    def text(
        self,
        key: str,
        *,
        default: str | None = None,
        max_chars: int | None = None,
        naming: bool = False,
    ) -> str:
        """A string; required and non-blank when there is no default; names are bounded so a
        shared file cannot push a 100,000-character title into every list and the player.

        ``naming``: the text names something (a title), so it also refuses invisible format
        characters, with which a name could pass for another (see ``control_chars``).
        """
        if key not in self.data:
            if default is None:
                self.fail(key, translate("RoutineCheck", "is required: a non-empty text"))
            return default or ""
        value = self.data[key]
        if not isinstance(value, str):
            self.fail(
                key,
                translate("RoutineCheck", "must be a text in quotes, got {value}").format(
                    value=describe(value)
                ),
            )
            return ""
        refused = name_message(value) if naming else control_message(value)
        if refused is not None:
            self.fail(key, refused)
            return ""
        if default is None and not value.strip():
            self.fail(key, translate("RoutineCheck", "must not be empty"))
        if max_chars is not None and len(value.strip()) > max_chars:
            self.fail(
                key,
                translate("RoutineCheck", "must be at most {limit} characters, got {count}").format(
                    limit=max_chars, count=len(value.strip())
                ),
            )
            return ""
        return value.strip()

    def text_list(
        self, key: str, *, required: bool = False, min_items: int = 0, max_items: int = 100
    ) -> tuple[str, ...]:
        """A list of non-blank strings with a bounded length."""
        if key not in self.data:
            if required:
                self.fail(
                    key,
                    translate(
                        "RoutineCheck", "is required: a list of {low} to {high} texts"
                    ).format(low=min_items, high=max_items),
                )
            return ()
        value = self.data[key]
        if not isinstance(value, list):
            self.fail(
                key,
                translate(
                    "RoutineCheck", 'must be a list of texts, like ["…", "…"], got {value}'
                ).format(value=describe(value)),
            )
            return ()
        if not min_items <= len(value) <= max_items:
            self.fail(
                key,
                translate("RoutineCheck", "must have {low} to {high} entries, got {count}").format(
                    low=min_items, high=max_items, count=len(value)
                ),
            )
        items: list[str] = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                self.fail(
                    key,
                    translate(
                        "RoutineCheck", "entry {position} must be a text, got {value}"
                    ).format(position=position, value=describe(item)),
                )
            elif not item.strip():
                self.fail(
                    key,
                    translate("RoutineCheck", "entry {position} must not be empty").format(
                        position=position
                    ),
                )
            elif (refused := control_message(item)) is not None:
                self.fail(
                    key,
                    translate("RoutineCheck", "entry {position} {problem}").format(
                        position=position, problem=refused
                    ),
                )
            else:
                items.append(item.strip())
        return tuple(items)

    def seconds(self, key: str, *, minimum: float = 1.0, default: float | None = None) -> float:
        """Seconds from ``minimum`` to 2 hours; required when there is no default."""
        if key not in self.data:
            if default is None:
                self.fail(key, _required(self._seconds_rule(minimum)))
                return minimum
            return default
        return self._number_of_seconds(key, minimum)

    def optional_seconds(self, key: str, *, minimum: float) -> float | None:
        if key not in self.data:
            return None
        return self._number_of_seconds(key, minimum)

    def _seconds_rule(self, minimum: float) -> str:
        return translate("RoutineCheck", "a number of seconds from {low} to {high}").format(
            low=_seconds_text(minimum), high=_seconds_text(MAX_DURATION_S)
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
            self.fail(key, _must_be(rule, describe(value), _unquote_hint(value)))
            return minimum
        return float(value)

    def whole(self, key: str, *, lowest: int, highest: int, default: int | None = None) -> int:
        """A whole number in a range; required when there is no default."""
        if key not in self.data:
            if default is None:
                self.fail(key, _required(_whole_rule(lowest, highest)))
                return lowest
            return default
        return self._whole_value(key, self.data[key], lowest, highest)

    def _whole_value(self, key: str, value: object, lowest: int, highest: int) -> int:
        rule = _whole_rule(lowest, highest)
        if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
            hint = _unquote_hint(value)
            if isinstance(value, float) and value.is_integer() and lowest <= value <= highest:
                hint = translate("RoutineCheck", " (write it without the decimal point)")
            self.fail(key, _must_be(rule, describe(value), hint))
            return lowest
        return value

    def whole_list(self, key: str, *, lowest: int, highest: int, max_items: int) -> tuple[int, ...]:
        """A non-empty list of whole numbers, e.g. a pyramid ``[5, 3, 1]``."""
        value = self.data.get(key)
        rule = translate(
            "RoutineCheck", "a list of 1 to {count} whole numbers from {low} to {high}"
        ).format(count=max_items, low=lowest, high=highest)
        if not isinstance(value, list) or not 1 <= len(value) <= max_items:
            self.fail(
                key,
                translate("RoutineCheck", "must be {rule}, like [5, 3, 1], got {value}").format(
                    rule=rule, value=describe(value)
                ),
            )
            return (lowest,)
        numbers = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int) or not lowest <= item <= highest:
                self.fail(
                    key,
                    translate("RoutineCheck", "must be {rule}, but one entry is {value}").format(
                        rule=rule, value=describe(item)
                    ),
                )
                return (lowest,)
            numbers.append(item)
        return tuple(numbers)

    def choice(self, key: str, kind: type[EnumT], *, default: EnumT | None = None) -> EnumT:
        """One of an enum's values; required when there is no default."""
        allowed = [member.value for member in kind]
        placeholder = default if default is not None else next(iter(kind))
        if key not in self.data:
            if default is None:
                self.fail(key, required_one_of(allowed))
            return placeholder
        value = self.data[key]
        if isinstance(value, str) and value in allowed:
            return kind(value)
        hint = suggestion(value, allowed) if isinstance(value, str) else ""
        self.fail(key, must_be_one_of(allowed, describe(value), hint))
        return placeholder

    def identifier(self, key: str = "id", *, of_exercise: bool = False) -> str:
        """A required id (``of_exercise``: naming an exercise); "" when missing or malformed."""
        value = self.data.get(key)
        if key not in self.data:
            if of_exercise:
                what = translate("RoutineCheck", "the id of an exercise")
            else:
                what = translate("RoutineCheck", "an id")
            self.fail(key, _required(f"{what} ({id_rule()})"))
            return ""
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            self.fail(
                key,
                translate("RoutineCheck", "must be {rule}; got {value}").format(
                    rule=id_rule(), value=describe(value)
                ),
            )
            return ""
        return value

    def reference(self, key: str) -> str | None:
        """An optional exercise id; ``""`` or absence mean none."""
        value = self.data.get(key, "")
        if value == "":
            return None
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            self.fail(
                key,
                translate(
                    "RoutineCheck", 'must be an exercise id ({rule}) or ""; got {value}'
                ).format(rule=id_rule(), value=describe(value)),
            )
            return None
        return value


def _unquote_hint(value: object) -> str:
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return ""
        return translate("RoutineCheck", " (write numbers without quotes)")
    return ""


def _whole_rule(lowest: int, highest: int) -> str:
    return translate("RoutineCheck", "a whole number from {low} to {high}").format(
        low=lowest, high=highest
    )


def _required(rule: str) -> str:
    """``is required: <rule>``, the message for a missing key."""
    return translate("RoutineCheck", "is required: {rule}").format(rule=rule)


def _must_be(rule: str, got: str, hint: str = "") -> str:
    return translate("RoutineCheck", "must be {rule}, got {value}{hint}").format(
        rule=rule, value=got, hint=hint
    )


def required_one_of(allowed: Iterable[str]) -> str:
    return _required(
        translate("RoutineCheck", "one of {choices}").format(choices=quoted_list(allowed))
    )


def must_be_one_of(allowed: Iterable[str], got: str, hint: str = "") -> str:
    return translate("RoutineCheck", "must be one of {choices}; got {value}{hint}").format(
        choices=quoted_list(allowed), value=got, hint=hint
    )


def valid_id(value: object) -> bool:
    return isinstance(value, str) and ID_PATTERN.fullmatch(value) is not None

"""argparse in the user's language: its own words ("usage:", "options", "error:") included.

argparse marks its texts for gettext, for which Python ships no German or Spanish catalogue,
so a translated help would still start with "usage:" and end in "show this help message and
exit". These classes put our catalogue's words in their place; every parser made by
``add_subparsers`` inherits them. The error line also escapes control characters, since it
quotes what was typed. argparse's own error details ("unrecognized arguments: …") are looked
up in our catalogue too (context "argparse"), by pointing the module's gettext names at it;
a text we do not list stays English.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from backtimer.control_chars import for_terminal
from backtimer.i18n import QT_TRANSLATE_NOOP, translate

ARGPARSE_ERRORS = (
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)
"""The messages of Python 3.11's argparse a person can cause by typing (its own wording)."""


def _argparse_text(message: str) -> str:
    return translate("argparse", message)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return translate("argparse", singular if count == 1 else plural)


def _use_our_catalogue_for_argparse() -> None:
    """argparse calls ``_`` and ``ngettext`` by their module names when it words an error."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


class TranslatedHelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("CommandLine", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class TranslatedParser(argparse.ArgumentParser):
    """An ArgumentParser whose section titles, help option and error line are translated."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        _use_our_catalogue_for_argparse()
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = translate("CommandLine", "positional arguments")
        self._optionals.title = translate("CommandLine", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("CommandLine", "show this help message and exit"),
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        line = translate("CommandLine", "{program}: error: {message}").format(
            program=self.prog, message=message
        )
        self.exit(2, for_terminal(line) + "\n")

"""argparse in the user's language: its own words ("usage:", "options", "error:") included.

argparse marks its texts for gettext, for which Python ships no German or Spanish catalogue,
so a translated help would still start with "usage:" and end in "show this help message and
exit". These classes put our catalogue's words in their place; every parser made by
``add_subparsers`` inherits them. The error line also escapes control characters, since it
quotes what was typed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from backtimer.control_chars import for_terminal
from backtimer.i18n import translate


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

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
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

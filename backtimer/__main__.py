"""Entry point: a command-line task, or the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime

from backtimer import i18n
from backtimer.cli import parse, run_command


def main(argv: Sequence[str] | None = None) -> int:
    # The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) before the parser is built, so
    # --help, messages and reports are translated; the GUI confirms it from Qt's locale.
    i18n.set_language(i18n.system_language())
    args = parse(argv)
    demo = None
    if args.demo:
        # Example data in a throwaway folder: --data-dir is overridden so nothing below can
        # reach the user's own folder, and the folder goes when this run ends.
        from backtimer.journal.demo import make_demo_folder, remove_demo_folder

        demo = make_demo_folder(datetime.now().astimezone())  # nothing after this moment
        args.data_dir = str(demo.root)
    try:
        if args.command and args.handler is not None:
            _system_messages_in_the_users_language()
            return run_command(args)
        from backtimer.ui.app import run_gui

        return run_gui(args)
    finally:
        if demo is not None:
            remove_demo_folder(demo)


def _system_messages_in_the_users_language() -> None:
    """The operating system's own words in our messages ("No such file or directory") follow
    the user's language too, as they do in the app, where Qt sets the locale at start."""
    import contextlib
    import locale

    # A LANG naming a locale this system lacks keeps the C library's English.
    with contextlib.suppress(locale.Error):
        locale.setlocale(locale.LC_MESSAGES, "")


if __name__ == "__main__":
    sys.exit(main())

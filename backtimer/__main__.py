"""Entry point: a command-line task, or the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from backtimer.cli import parse, run_command


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if args.command and args.handler is not None:
        return run_command(args)
    from backtimer.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())

"""Placeholder: replaced by the module's owner."""

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    del subparsers

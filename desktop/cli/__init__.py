"""Command-line front end over services/ and pdf/: ``protest-kit``.

Each command group lives in its own module and registers its sub-commands here. Every command
has ``--help``; bad input prints one line ``protest-kit: error: ...`` and exits 2.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence
from typing import NoReturn

from desktop import APP_ID, __version__
from desktop.cli.common import CliError, fail
from desktop.services.hardening import forbid_core_dumps


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        fail(f"{message} (see `{self.prog} --help`)")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The whole ``protest-kit`` argument parser."""
    from desktop.cli import kit_commands, pdf_commands, vault_commands

    parser = _Parser(
        prog=APP_ID,
        description=(
            "Protest Kit: protest letters, sealed signatures and print-ready petitions, offline. "
            "With no command, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument(
        "--campaign", metavar="FILE", help="open this campaign file in the window (no command)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    kit_commands.register(sub)
    vault_commands.register(sub)
    pdf_commands.register(sub)
    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--campaign", metavar="FILE", help="open this campaign file")
    gui.set_defaults(handler=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the process exit code."""
    multiprocessing.freeze_support()  # in a frozen app, a spawned unsealing worker stops here
    parser = build_parser()
    args = parser.parse_args(argv)
    forbid_core_dumps()  # a crash while unlocked must not write names to /var/crash
    handler = getattr(args, "handler", None)
    if handler is None:
        from desktop.app import run_gui

        return run_gui(campaign=getattr(args, "campaign", None))
    try:
        result: int = handler(args)
    except CliError as error:
        return fail(str(error), error.code)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    return result


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Shared CLI plumbing: errors, passphrase input, atomic output."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop import APP_ID

PASSPHRASE_ENV = "PROTEST_KIT_PASSPHRASE"


class CliError(Exception):
    """A user-facing error: printed as one line, exit code ``code`` (2 for bad input)."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = 2) -> int:
    """Print ``protest-kit: error: message`` on stderr and return ``code``."""
    first_line = message.strip().splitlines()[0] if message.strip() else "failed"
    print(f"{APP_ID}: error: {first_line}", file=sys.stderr)
    return code


def read_passphrase(passphrase_file: str | None) -> str:
    """The passphrase from ``--passphrase-file`` or $PROTEST_KIT_PASSPHRASE (never argv)."""
    if passphrase_file:
        try:
            text = Path(passphrase_file).read_text(encoding="utf-8")
        except OSError as error:
            msg = f"cannot read passphrase file {passphrase_file}: {error.strerror}"
            raise CliError(msg) from error
        except UnicodeDecodeError:
            msg = f"cannot read passphrase file {passphrase_file}: it is not UTF-8 text"
            raise CliError(msg) from None
        return text.rstrip("\r\n")
    value = os.environ.get(PASSPHRASE_ENV)
    if value is None:
        msg = f"a passphrase is needed: use --passphrase-file FILE or set {PASSPHRASE_ENV}"
        raise CliError(msg)
    return value


def add_passphrase_option(parser: object) -> None:
    """Add ``--passphrase-file`` to an argparse parser."""
    parser.add_argument(  # type: ignore[attr-defined]
        "--passphrase-file",
        metavar="FILE",
        help=f"file holding the passphrase (else ${PASSPHRASE_ENV})",
    )


def numbered_lines(stream: Iterable[str], name: str) -> Iterator[tuple[int, str]]:
    """Numbered lines of a text ``stream``; a CliError naming the line that is not UTF-8."""
    number = 0
    try:
        for number, line in enumerate(stream, 1):
            yield number, line
    except UnicodeDecodeError:
        msg = f"{name} line {number + 1}: not UTF-8 text"
        raise CliError(msg) from None

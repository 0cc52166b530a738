"""CLI commands over kit files: ``kit validate``, ``kit schema``, ``kit sample`` and ``letter``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, get_args

from desktop.cli.common import CliError
from desktop.domain.kit import Kit
from desktop.domain.placeholders import render_letter
from desktop.domain.text import LANGS, Lang, pick
from desktop.services.kits import (
    KitError,
    dump_kit,
    kit_json_schema,
    load_kit,
    sample_kit,
    write_kit,
)


def register(sub: Any) -> None:
    """Add ``kit ...`` and ``letter`` to the protest-kit parser."""
    kit = sub.add_parser(
        "kit",
        help="check a kit file, print its JSON Schema or the sample kit",
        description="Work with campaign kit files (*.kit.json).",
    )
    kit_sub = kit.add_subparsers(dest="kit_command", metavar="COMMAND", required=True)

    validate = kit_sub.add_parser(
        "validate",
        help="check a kit file and summarise it",
        description=(
            "Load a kit file strictly and print its cases, recipients and languages. "
            "A bad kit prints one located error (file:line:column: $.path: what) and exits 2."
        ),
    )
    validate.add_argument("file", metavar="FILE", help="the kit file (*.kit.json)")
    validate.set_defaults(handler=_validate)

    schema = kit_sub.add_parser(
        "schema",
        help="print the JSON Schema of kit files",
        description="Print the JSON Schema (draft 2020-12) that kit files follow.",
    )
    schema.set_defaults(handler=_schema)

    sample = kit_sub.add_parser(
        "sample",
        help="write the bundled Almaty 2010 sample kit",
        description="Write the sample kit to stdout, or to FILE with --out (written atomically).",
    )
    sample.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    sample.set_defaults(handler=_sample)

    letter = sub.add_parser(
        "letter",
        help="print one rendered letter",
        description="Fill a case's letter template for one recipient and print it as text.",
    )
    letter.add_argument("--kit", metavar="FILE", required=True, help="the kit file")
    letter.add_argument("--case", metavar="ID", required=True, help="the case id")
    letter.add_argument("--recipient", metavar="ID", required=True, help="the recipient id")
    letter.add_argument(
        "--lang", metavar="LANG", required=True, help=f"letter language: {', '.join(LANGS)}"
    )
    letter.add_argument(
        "--count", metavar="N", type=_count, default=0, help="signature count to print (0)"
    )
    letter.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_date, default=None, help="letter date (today)"
    )
    letter.set_defaults(handler=_letter)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        msg = f"not a whole number: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if value < 0:
        msg = f"must not be negative: {value}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"not a date YYYY-MM-DD: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _load(path: str) -> Kit:
    try:
        return load_kit(path)
    except KitError as error:
        raise CliError(str(error)) from None


def _validate(args: argparse.Namespace) -> int:
    kit = _load(args.file)
    lang: Lang = "en" if "en" in kit.languages else kit.languages[0]
    out = sys.stdout
    out.write(f"{args.file}: valid kit {kit.id!r}: {pick(kit.title, lang)}\n")
    out.write(f"Languages: {', '.join(kit.languages)}\n")
    out.write(f"Cases ({len(kit.cases)}):\n")
    for case in kit.cases:
        letters = ", ".join(case.letters) or "none"
        out.write(f"  {case.id}: {pick(case.title, lang)} (letters: {letters})\n")
    out.write(f"Recipients ({len(kit.recipients)}):\n")
    for recipient in kit.recipients:
        out.write(f"  {recipient.id} [{recipient.role}]: {recipient.display_name(lang)}\n")
    warnings = []
    for case in kit.cases:
        for part, present in (("letter", case.letters), ("petition statement", case.statements)):
            absent = [code for code in kit.languages if code not in present]
            if absent:
                warnings.append(f"case {case.id!r} has no {part} in {', '.join(absent)}")
    for recipient in kit.recipients:
        if not recipient.address_lines:
            warnings.append(f"recipient {recipient.id!r} has no postal address")
        missing = [code for code in kit.languages if not recipient.salutation.get(code)]
        if missing:
            warnings.append(f"recipient {recipient.id!r} has no salutation in {', '.join(missing)}")
    for warning in warnings:
        sys.stderr.write(f"warning: {warning}\n")
    return 0


def _schema(args: argparse.Namespace) -> int:
    del args
    sys.stdout.write(json.dumps(kit_json_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


def _sample(args: argparse.Namespace) -> int:
    try:
        kit = sample_kit()
    except KitError as error:  # a broken installation, not the user's input
        raise CliError(f"the bundled sample kit is damaged: {error}", code=1) from None
    if args.out is None:
        sys.stdout.write(dump_kit(kit))
        return 0
    target = Path(args.out)
    if target.is_dir():
        msg = f"{target} is a folder; give a file name such as {target / 'sample.kit.json'}"
        raise CliError(msg)
    try:
        write_kit(kit, target)
    except OSError as error:
        raise CliError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"wrote {target}", file=sys.stderr)
    return 0


def _letter(args: argparse.Namespace) -> int:
    if args.lang not in get_args(Lang):
        raise CliError(f"unknown language {args.lang!r}; use one of {', '.join(LANGS)}")
    lang: Lang = args.lang
    kit = _load(args.kit)
    try:
        case = kit.case(args.case)
    except KeyError:
        known = ", ".join(c.id for c in kit.cases)
        raise CliError(f"the kit has no case {args.case!r}; its cases are {known}") from None
    try:
        recipient = kit.recipient(args.recipient)
    except KeyError:
        known = ", ".join(r.id for r in kit.recipients) or "none"
        msg = f"the kit has no recipient {args.recipient!r}; its recipients are {known}"
        raise CliError(msg) from None
    if lang not in case.letters:
        have = ", ".join(case.letters) or "none"
        raise CliError(f"case {case.id!r} has no letter in {lang!r} (it has: {have})")
    letter = render_letter(kit, case, recipient, lang, signature_count=args.count, today=args.date)
    sys.stdout.write(letter.as_text())
    return 0

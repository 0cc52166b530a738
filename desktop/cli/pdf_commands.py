"""CLI commands that print: ``export`` (delivery packs), ``sheets`` (blank wet-ink sheets) and
``verify-pdf`` (tamper check of a printed pack).

``export`` and ``verify-pdf`` read signatures from a campaign file (passphrase from
``--passphrase-file`` or $PROTEST_KIT_PASSPHRASE) or, without the vault, from ``--kit KIT
--signatures FILE.jsonl`` (one Signature JSON object a line). Nothing here prints a signer's
data.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from desktop.cli.common import (
    CliError,
    add_passphrase_option,
    numbered_lines,
    read_passphrase,
)
from desktop.domain.campaign import Paper
from desktop.domain.kit import Kit
from desktop.domain.signature import PaperTally, Signature
from desktop.domain.text import LANGS, Lang
from desktop.pdf import (
    BlankSheetsJob,
    ExportError,
    ExportJob,
    VerifyError,
    blank_sheets,
    export_pack,
    preflight,
    verify_pdf,
)
from desktop.services.campaign import Campaign, CampaignError
from desktop.services.kits import KitError, load_kit


def register(sub: Any) -> None:
    """Add the pdf commands to the protest-kit parser."""
    export = sub.add_parser(
        "export",
        allow_abbrev=False,
        help="print-ready delivery packs (letter, petition, signatures, totals, receipt)",
        description=(
            "Write a delivery pack per recipient, or one combined PDF with --combined. Reads a "
            "campaign file, or --kit KIT --signatures FILE.jsonl without one."
        ),
    )
    export.add_argument("campaign", metavar="CAMPAIGN", nargs="?", help="the campaign file")
    _source_options(export)
    export.add_argument(
        "--recipient",
        metavar="ID|all",
        action="append",
        help="recipient id (repeatable), or 'all' for every target of the case "
        "(default: the campaign's chosen recipients, else all)",
    )
    export.add_argument(
        "--out",
        metavar="PATH",
        required=True,
        help="the PDF (a folder, made if missing, when several recipients get a file each)",
    )
    export.add_argument("--paper", choices=("a4", "letter"), default=None)
    export.add_argument(
        "--landscape", action="store_true", default=None, help="landscape signature sheets"
    )
    export.add_argument("--combined", action="store_true", help="one PDF for all recipients")
    export.add_argument(
        "--lang",
        choices=LANGS,
        default=None,
        help="one language for every pack (default: each recipient's)",
    )
    export.add_argument(
        "--invariant", action="store_true", help="byte-identical output for the same input"
    )
    export.add_argument(
        "--force", action="store_true", help="export even when the preflight check names problems"
    )
    export.set_defaults(handler=_export)

    sheets = sub.add_parser(
        "sheets",
        allow_abbrev=False,
        help="blank wet-ink signature sheets",
        description="Print numbered signature sheets with the statement, a sheet id and a QR code.",
    )
    sheets.add_argument("--kit", metavar="KIT", required=True)
    sheets.add_argument("--case", metavar="ID", required=True)
    sheets.add_argument("--lang", choices=LANGS, default=None)
    sheets.add_argument("--pages", metavar="N", type=int, required=True)
    sheets.add_argument("--out", metavar="PDF", required=True)
    sheets.add_argument("--paper", choices=("a4", "letter"), default="a4")
    sheets.add_argument("--landscape", action="store_true")
    sheets.add_argument(
        "--series", metavar="S", default="", help="sheet id prefix (default: random)"
    )
    sheets.add_argument("--invariant", action="store_true")
    sheets.set_defaults(handler=_sheets)

    verify = sub.add_parser(
        "verify-pdf",
        allow_abbrev=False,
        help="check a printed pack against the signatures; exit 1 if any page differs",
        description="Recompute every signature page's digest and the root digest.",
    )
    verify.add_argument("pdf", metavar="PDF")
    verify.add_argument("campaign", metavar="CAMPAIGN", nargs="?")
    _source_options(verify)
    verify.set_defaults(handler=_verify_pdf)


def _source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kit", metavar="KIT", help="kit file (without a campaign file)")
    parser.add_argument(
        "--signatures",
        metavar="FILE.jsonl",
        help="signatures, one JSON object a line (without a campaign file)",
    )
    parser.add_argument("--case", metavar="ID", help="case id (default: the chosen case)")
    parser.add_argument(
        "--campaign-id",
        metavar="ID",
        default="",
        help="campaign id printed in the codes (without a campaign file)",
    )
    add_passphrase_option(parser)


@dataclass
class _Source:
    kit: Kit
    case_id: str
    signatures: Callable[[], Iterable[Signature]]
    tallies: tuple[PaperTally, ...] = ()
    campaign_id: str = ""
    recipient_ids: tuple[str, ...] = ()
    recipient_langs: dict[str, Lang] = field(default_factory=dict)
    paper: Paper = "a4"
    landscape: bool = False


def _pick_case(kit: Kit, wanted: str | None, chosen: str | None = None) -> str:
    ids = [case.id for case in kit.cases]
    if wanted:
        if wanted not in ids:
            msg = f"no case {wanted!r} in the kit; cases: {', '.join(ids)}"
            raise CliError(msg)
        return wanted
    if chosen in ids:
        return str(chosen)
    if len(ids) == 1:
        return ids[0]
    msg = f"which case? use --case (one of: {', '.join(ids)})"
    raise CliError(msg)


def _read_jsonl(path: str) -> tuple[Signature, ...]:
    try:
        stream = Path(path).open(encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        msg = f"cannot read {path}: {error.strerror}"
        raise CliError(msg) from error
    sigs = []
    with stream:
        for number, line in numbered_lines(stream, path):
            if not line.strip():
                continue
            try:
                sigs.append(Signature.model_validate_json(line))
            except ValidationError as error:
                # Name the field and the problem, never the value: it may be a signer's name.
                first = error.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "line"
                msg = f"{path} line {number}: {where}: {first['msg']}"
                raise CliError(msg) from None
    return tuple(sigs)


@contextmanager
def _source(args: argparse.Namespace) -> Iterator[_Source]:
    if args.campaign:
        if args.kit or args.signatures:
            msg = "give either a campaign file or --kit and --signatures, not both"
            raise CliError(msg)
        try:
            with Campaign.open(args.campaign) as campaign:
                campaign.unlock(read_passphrase(args.passphrase_file))
                kit = campaign.kit
                choices = campaign.choices
                if args.handler is _verify_pdf and not (args.case or choices.case_id):
                    case_id = ""  # verify_pdf finds the case from the printed pages
                else:
                    case_id = _pick_case(kit, args.case, choices.case_id)
                yield _Source(
                    kit=kit,
                    case_id=case_id,
                    # Streamed (twice: preflight, then the pages), never held as a list.
                    signatures=lambda: campaign.signatures(case_id or None),
                    tallies=tuple(t for t in campaign.paper_tallies() if t.case_id == case_id),
                    campaign_id=campaign.campaign_id,
                    recipient_ids=tuple(choices.recipient_ids),
                    recipient_langs=dict(choices.recipient_langs),
                    paper=choices.paper,
                    landscape=choices.landscape,
                )
        except CampaignError as error:
            raise CliError(str(error)) from error
        return
    if not args.kit or not args.signatures:
        msg = "give a campaign file, or --kit KIT and --signatures FILE.jsonl"
        raise CliError(msg)
    kit = _load_kit(args.kit)
    yield _Source(
        kit=kit,
        case_id=_pick_case(kit, args.case),
        signatures=_constant(_read_jsonl(args.signatures)),
        campaign_id=args.campaign_id,
    )


def _constant(sigs: tuple[Signature, ...]) -> Callable[[], Iterable[Signature]]:
    def read() -> Iterable[Signature]:
        return sigs

    return read


def _load_kit(path: str) -> Kit:
    try:
        return load_kit(path)
    except KitError as error:
        raise CliError(str(error)) from error


def _export(args: argparse.Namespace) -> int:
    with _source(args) as source:
        kit = source.kit
        wanted = args.recipient or []
        if "all" in wanted or (not wanted and not source.recipient_ids):
            recipient_ids: tuple[str, ...] = ()
        else:
            recipient_ids = tuple(wanted) or source.recipient_ids
        job = ExportJob(
            kit=kit,
            case_id=source.case_id,
            out=Path(args.out),
            recipient_ids=recipient_ids,
            source=source.signatures,
            paper_tallies=source.tallies,
            recipient_langs={} if args.lang else source.recipient_langs,
            lang=args.lang,
            paper=args.paper or source.paper,
            landscape=source.landscape if args.landscape is None else args.landscape,
            combined=args.combined,
            campaign_id=source.campaign_id,
            invariant=args.invariant,
        )
        try:
            recipients = job.recipients()
            problems = preflight(
                kit,
                job.case,
                recipients,
                args.lang,
                langs=job.recipient_langs,
                signatures=source.signatures(),
            )
            if problems:
                for problem in problems:
                    print(f"protest-kit: warning: {problem}", file=sys.stderr)
                if not args.force:
                    msg = f"{len(problems)} problem(s) before printing; fix them or use --force"
                    raise CliError(msg)
            with _output_folder(job):
                written = export_pack(job)
        except ExportError as error:
            raise CliError(str(error)) from error
        except OSError as error:
            msg = f"cannot write {args.out}: {error.strerror or error}"
            raise CliError(msg, 1) from error
    for path in written:
        print(path)
    return 0


@contextmanager
def _output_folder(job: ExportJob) -> Iterator[None]:
    """When ``job`` writes a file per recipient, make sure ``--out`` is a folder.

    A folder that does not exist yet is created (its parent must exist), and removed again
    if the export fails and it is still empty.
    """
    folder = job.out
    if all(path == folder for path, _ in job.outputs()):
        yield  # one file: --out names the PDF itself
        return
    if folder.exists() and not folder.is_dir():
        msg = f"{folder} is a file; several recipients get a PDF each: give a folder or --combined"
        raise ExportError(msg)
    created = False
    if not folder.exists():
        if not folder.parent.is_dir():
            msg = f"folder {folder.parent} does not exist"
            raise ExportError(msg)
        folder.mkdir()
        created = True
    try:
        yield
    except BaseException:
        if created:
            with suppress(OSError):
                folder.rmdir()  # only when still empty
        raise


def _sheets(args: argparse.Namespace) -> int:
    kit = _load_kit(args.kit)
    case_id = _pick_case(kit, args.case)
    lang: Lang = args.lang or (kit.case(case_id).languages or ("ru",))[0]
    if args.pages < 1 or args.pages > 10_000:
        msg = "--pages must be between 1 and 10000"
        raise CliError(msg)
    job = BlankSheetsJob(
        kit=kit,
        case_id=case_id,
        lang=lang,
        pages=args.pages,
        paper=args.paper,
        landscape=args.landscape,
        series=args.series,
        invariant=args.invariant,
    )
    try:
        blank_sheets(job, Path(args.out))
    except ValueError as error:
        raise CliError(str(error)) from error
    except OSError as error:
        msg = f"cannot write {args.out}: {error.strerror or error}"
        raise CliError(msg, 1) from error
    print(args.out)
    return 0


def _verify_pdf(args: argparse.Namespace) -> int:
    if not Path(args.pdf).is_file():
        msg = f"no such file: {args.pdf}"
        raise CliError(msg)
    with _source(args) as source:
        try:
            report = verify_pdf(
                Path(args.pdf),
                source.kit,
                source.signatures(),
                campaign_id=source.campaign_id or None,
                case_id=source.case_id or None,
            )
        except VerifyError as error:
            raise CliError(str(error)) from error
    if report.ok:
        print(
            f"ok: {report.signature_pages} signature page(s) in {report.packs} pack(s) "
            f"match the signatures of case {report.case_id}"
        )
        return 0
    for problem in report.problems:
        print(problem)
    print(
        f"{len(report.bad_pages)} page(s) do not match"
        + (f": {', '.join(map(str, report.bad_pages))}" if report.bad_pages else "")
    )
    return 1

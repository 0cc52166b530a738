"""CLI commands over campaign files (the signature vault).

``campaign new|info``, ``sign``, ``tally``, ``verify``, ``merge``, ``share``,
``key export|import|remove``, ``import-csv`` and ``export-csv``. A passphrase comes only from
``--passphrase-file FILE`` or ``$PROTEST_KIT_PASSPHRASE``, never from the command line.
Nothing here prints a signer's name except ``export-csv`` into the file the user names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from desktop.cli.common import (
    CliError,
    add_passphrase_option,
    numbered_lines,
    read_passphrase,
)
from desktop.domain.signature import PaperTally, Signature, name_problem
from desktop.domain.text import LANGS, Lang
from desktop.services import csv_io
from desktop.services.campaign import SUFFIX, Campaign, CampaignError, StorageFull
from desktop.services.kits import KitError, load_kit
from desktop.services.merge import merge_into
from desktop.services.passphrase import strength
from desktop.services.sealing import KdfParams

KDF: KdfParams | None = None
"""Argon2id cost for new keys: None calibrates (the strong default); tests set a fast one."""


def register(sub: Any) -> None:
    """Add the vault commands to the protest-kit parser."""
    # No abbreviations: "--passphrase X" must not be taken for "--passphrase-file X".
    campaign = sub.add_parser(
        "campaign",
        allow_abbrev=False,
        help="create a campaign file or show what it holds",
        description="Campaign files (*.protestkit) hold the kit, choices and sealed signatures.",
    )
    csub = campaign.add_subparsers(dest="campaign_command", metavar="COMMAND", required=True)
    new = csub.add_parser(
        "new",
        allow_abbrev=False,
        help="create a campaign file from a kit",
        description="Create a campaign file with a new key pair wrapped under the passphrase.",
    )
    new.add_argument("file", metavar="FILE", help=f"the new campaign file (*{SUFFIX})")
    new.add_argument("--kit", metavar="KIT", required=True, help="the kit file (*.kit.json)")
    add_passphrase_option(new)
    new.set_defaults(handler=_new)
    info = csub.add_parser(
        "info",
        allow_abbrev=False,
        help="counts, key code and device (no passphrase needed)",
        description="Show counts, the key code to read aloud, and this file's device id.",
    )
    info.add_argument("file", metavar="FILE")
    info.set_defaults(handler=_info)

    sign = sub.add_parser(
        "sign",
        allow_abbrev=False,
        help="add a signature (or many with --jsonl -); prints the new total",
        description=(
            "Seal and store one signature, or one JSON object a line with --jsonl FILE "
            "('-' for stdin; all or none). No passphrase needed."
        ),
    )
    sign.add_argument("file", metavar="FILE")
    sign.add_argument("--case", metavar="ID", help="case id (default: the chosen case)")
    sign.add_argument("--name", metavar="N", help="the signer's full name")
    sign.add_argument("--town", metavar="T", default="")
    sign.add_argument("--country", metavar="C", default="")
    sign.add_argument("--org", metavar="O", default="", help="organisation or role")
    sign.add_argument("--lang", metavar="LANG", choices=LANGS, default=None)
    sign.add_argument("--anonymous", action="store_true", help="count, but do not print the name")
    sign.add_argument("--jsonl", metavar="FILE", help="many signatures, one JSON object a line")
    sign.set_defaults(handler=_sign)

    tally = sub.add_parser(
        "tally",
        allow_abbrev=False,
        help="record a paper sheet's signature count",
        description="Record (or correct) how many wet-ink signatures one paper sheet holds.",
    )
    tally.add_argument("file", metavar="FILE")
    tally.add_argument("--sheet", metavar="ID", required=True)
    tally.add_argument("--count", metavar="N", type=int, required=True)
    tally.add_argument("--case", metavar="ID")
    tally.add_argument("--town", metavar="T", default="")
    tally.add_argument("--country", metavar="C", default="")
    tally.set_defaults(handler=_tally)

    verify = sub.add_parser(
        "verify",
        allow_abbrev=False,
        help="check file integrity and every hash chain (exit 1 if wrong)",
        description="Check the file and every chain; name deleted, injected, reordered or "
        "altered records. With a passphrase, also unseal and check every record.",
    )
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--unseal", action="store_true", help="also unseal (needs passphrase)")
    add_passphrase_option(verify)
    verify.set_defaults(handler=_verify)

    merge = sub.add_parser(
        "merge",
        allow_abbrev=False,
        help="merge volunteer files into a campaign",
        description="Merge records from FROM files into INTO (idempotent; verified first). "
        "With a passphrase, list likely duplicate signers by record id for review.",
    )
    merge.add_argument("into", metavar="INTO")
    merge.add_argument("sources", metavar="FROM", nargs="+")
    merge.add_argument("--check-duplicates", action="store_true", help="needs the passphrase")
    add_passphrase_option(merge)
    merge.set_defaults(handler=_merge)

    share = sub.add_parser(
        "share",
        allow_abbrev=False,
        help="write a volunteer file (public key, no private key)",
        description="Write a campaign file for a volunteer laptop: it can collect and count, "
        "never read. Check its key code with 'campaign info' on both laptops.",
    )
    share.add_argument("file", metavar="FILE")
    share.add_argument("--out", metavar="VOLUNTEER_FILE", required=True)
    share.set_defaults(handler=_share)

    key = sub.add_parser(
        "key", allow_abbrev=False, help="street mode: take the private key off this laptop and back"
    )
    ksub = key.add_subparsers(dest="key_command", metavar="COMMAND", required=True)
    export = ksub.add_parser(
        "export",
        allow_abbrev=False,
        help="write a recovery file (still passphrase-protected)",
        description="Write the wrapped private key to RECOVERY_FILE (e.g. on a USB stick).",
    )
    export.add_argument("file", metavar="FILE")
    export.add_argument("--out", metavar="RECOVERY_FILE", required=True)
    export.add_argument(
        "--print-code",
        action="store_true",
        help="also print the recovery code (the bare key: print it, keep it like cash)",
    )
    add_passphrase_option(export)
    export.set_defaults(handler=_key_export)
    imp = ksub.add_parser(
        "import", allow_abbrev=False, help="put the key back from a recovery file or code"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("recovery", metavar="RECOVERY_FILE", nargs="?")
    imp.add_argument("--code", action="store_true", help="read the recovery code from stdin")
    add_passphrase_option(imp)
    imp.set_defaults(handler=_key_import)
    remove = ksub.add_parser(
        "remove",
        allow_abbrev=False,
        help="remove the private key from this file",
        description="Delete the private key from FILE once RECOVERY_FILE holds it.",
    )
    remove.add_argument("file", metavar="FILE")
    remove.add_argument("--recovery", metavar="RECOVERY_FILE", required=True)
    remove.set_defaults(handler=_key_remove)

    icsv = sub.add_parser(
        "import-csv",
        allow_abbrev=False,
        help="import signatures from a CSV (all or none)",
        description="Import signatures keyed in from paper or exported elsewhere. Columns are "
        "matched by header (Name, City, Country, Signed On, ...) or --map.",
    )
    icsv.add_argument("file", metavar="FILE")
    icsv.add_argument("csv", metavar="CSV")
    icsv.add_argument("--case", metavar="ID")
    icsv.add_argument("--map", metavar="FIELD=Header,...", help="e.g. full_name=ФИО,town=Город")
    icsv.add_argument("--lang", metavar="LANG", choices=LANGS, default=None)
    icsv.add_argument("--dry-run", action="store_true", help="check and count; store nothing")
    icsv.set_defaults(handler=_import_csv)

    ecsv = sub.add_parser(
        "export-csv",
        allow_abbrev=False,
        help="export signatures to a CSV (needs the passphrase)",
        description="Write every live signature to CSV, safe against formula injection.",
    )
    ecsv.add_argument("file", metavar="FILE")
    ecsv.add_argument("--out", metavar="CSV", required=True)
    add_passphrase_option(ecsv)
    ecsv.set_defaults(handler=_export_csv)


@contextmanager
def _opened(path: str) -> Iterator[Campaign]:
    try:
        with Campaign.open(path) as campaign:
            yield campaign
    except StorageFull as error:
        raise CliError(str(error), 1) from error
    except CampaignError as error:
        raise CliError(str(error)) from error


def _unlock(campaign: Campaign, args: argparse.Namespace) -> None:
    campaign.unlock(read_passphrase(args.passphrase_file))


def _case_id(campaign: Campaign, wanted: str | None) -> str:
    kit = campaign.kit
    ids = [case.id for case in kit.cases]
    if wanted:
        if wanted not in ids:
            msg = f"no case {wanted!r} in the campaign's kit; cases: {', '.join(ids)}"
            raise CliError(msg)
        return wanted
    chosen = campaign.choices.case_id
    if chosen in ids:
        return str(chosen)
    if len(ids) == 1:
        return ids[0]
    msg = f"which case? use --case (one of: {', '.join(ids)})"
    raise CliError(msg)


def _fingerprint(campaign: Campaign, case_id: str, lang: Lang) -> tuple[str, Lang]:
    case = campaign.kit.case(case_id)
    statement = case.statement(lang)
    if statement is None:
        msg = f"case {case_id!r} has no petition statement to sign"
        raise CliError(msg)
    return statement.fingerprint, statement.lang


def _default_lang(campaign: Campaign, case_id: str) -> Lang:
    languages = campaign.kit.case(case_id).languages
    return languages[0] if languages else "ru"


def _new(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file)
    hint = strength(passphrase)
    if hint.score < 2:
        print(f"warning: weak passphrase ({hint.reason})", file=sys.stderr)
    try:
        kit = load_kit(args.kit)
    except KitError as error:
        raise CliError(str(error)) from error
    try:
        with Campaign.create(args.file, kit, passphrase, kdf=KDF) as campaign:
            print(f"created {campaign.path}")
            print(f"key code: {campaign.key_code}")
    except CampaignError as error:
        raise CliError(str(error)) from error
    return 0


def _info(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        kit = campaign.kit
        print(f"file: {campaign.path}")
        print(f"campaign: {campaign.campaign_id}")
        print(f"role: {campaign.role}")
        print(f"key code: {campaign.key_code}")
        where = "in this file" if campaign.has_private_key else "not in this file"
        print(f"private key: {where}")
        print(f"device: {campaign.device_id}")
        print(f"kit: {kit.id} ({len(kit.cases)} cases)")
        print(
            f"signatures: {campaign.count()} digital, {campaign.paper_count()} on paper, "
            f"{len(campaign.voided_ids())} withdrawn"
        )
        for case in kit.cases:
            digital, paper = campaign.count(case.id), campaign.paper_count(case.id)
            if digital or paper:
                print(f"  {case.id}: {digital} digital, {paper} on paper")
    return 0


def _signature(values: dict[str, Any], where: str) -> Signature:
    name = str(values.get("full_name", ""))
    problem = name_problem(name)
    if problem is not None:
        msg = f"{where}: the name is not acceptable ({problem})"
        raise CliError(msg)
    try:
        return Signature.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "signature"
        msg = f"{where}: {field}: {first['msg']}"
        raise CliError(msg) from None


def _sign(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        case_id = _case_id(campaign, args.case)
        lang: Lang = args.lang or _default_lang(campaign, case_id)
        now = dt.datetime.now(dt.UTC)
        if args.jsonl:
            sigs = list(_jsonl(campaign, args.jsonl, case_id, lang, now))
            total = _store(campaign, sigs)
        else:
            if not args.name:
                msg = "give --name (or --jsonl FILE for many)"
                raise CliError(msg)
            fingerprint, lang = _fingerprint(campaign, case_id, lang)
            sig = _signature(
                {
                    "case_id": case_id,
                    "full_name": args.name,
                    "town": args.town,
                    "country": args.country,
                    "organisation": args.org,
                    "anonymous": args.anonymous,
                    "lang": lang,
                    "statement_fingerprint": fingerprint,
                    "signed_at": now,
                    "source": "cli",
                },
                "signature",
            )
            total = _store(campaign, [sig])
        print(total)
    return 0


def _store(campaign: Campaign, sigs: list[Signature]) -> int:
    try:
        return campaign.add_signatures(sigs)
    except StorageFull as error:
        raise CliError(str(error), 1) from error
    except CampaignError as error:
        raise CliError(str(error)) from error


def _jsonl(
    campaign: Campaign, source: str, case_id: str, lang: Lang, now: dt.datetime
) -> Iterator[Signature]:
    try:
        stream = sys.stdin if source == "-" else Path(source).open(encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        msg = f"cannot read {source}: {error.strerror}"
        raise CliError(msg) from error
    name = "stdin" if source == "-" else source
    try:
        for number, line in numbered_lines(stream, name):
            if not line.strip():
                continue
            where = f"{name} line {number}"
            try:
                data = json.loads(line)
            except ValueError as error:
                msg = f"{where}: not JSON ({error})"
                raise CliError(msg) from None
            if not isinstance(data, dict):
                msg = f"{where}: expected a JSON object"
                raise CliError(msg)
            if "name" in data and "full_name" not in data:
                data["full_name"] = data.pop("name")
            data.setdefault("case_id", case_id)
            data.setdefault("lang", lang)
            data.setdefault("signed_at", now.isoformat())
            data.setdefault("source", "cli")
            if "statement_fingerprint" not in data:
                if data["case_id"] not in {c.id for c in campaign.kit.cases}:
                    msg = f"{where}: no case {data['case_id']!r} in the kit"
                    raise CliError(msg)
                data["statement_fingerprint"], data["lang"] = _fingerprint(
                    campaign, str(data["case_id"]), data["lang"]
                )
            yield _signature(data, where)
    finally:
        if stream is not sys.stdin:
            stream.close()


def _tally(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        case_id = _case_id(campaign, args.case)
        try:
            tally = PaperTally(
                sheet_id=args.sheet,
                case_id=case_id,
                count=args.count,
                town=args.town,
                country=args.country,
                recorded_at=dt.datetime.now(dt.UTC),
            )
        except ValidationError as error:
            first = error.errors()[0]
            msg = f"{'.'.join(map(str, first['loc']))}: {first['msg']}"
            raise CliError(msg) from None
        print(campaign.add_paper_tally(tally))
    return 0


def _verify(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        if args.unseal:
            _unlock(campaign, args)
        problems = campaign.verify()
        for problem in problems:
            print(f"{args.file}: {problem.message}", file=sys.stderr)
        if problems:
            return 1
        print(f"{args.file}: ok ({campaign.count()} signatures, chains intact)")
    return 0


def _merge(args: argparse.Namespace) -> int:
    with _opened(args.into) as campaign:
        if args.check_duplicates:
            _unlock(campaign, args)
        try:
            report = merge_into(campaign, args.sources)
        except CampaignError as error:
            raise CliError(str(error), 1) from error
        for source in report.sources:
            print(f"{source.path}: {source.added} added, {source.already_present} already here")
        for sheet in report.tally_conflicts:
            print(f"paper sheet {sheet}: counts differ between files; kept this file's count")
        if report.duplicates:
            print(f"{len(report.duplicates)} groups of likely duplicate signers (record ids):")
            for group in report.duplicates:
                print("  " + " ".join(sig.id for sig in group))
        print(f"total: {report.total}")
    return 0


def _share(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        out = campaign.share(args.out)
        print(f"volunteer file: {out}")
        print(f"key code: {campaign.key_code} (check it on the volunteer laptop)")
    return 0


def _key_export(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        _unlock(campaign, args)
        code = campaign.export_key(args.out)
        print(f"recovery file: {args.out}")
        if args.print_code:
            print(f"recovery code: {code}")
    return 0


def _key_import(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        passphrase = read_passphrase(args.passphrase_file)
        if args.code:
            campaign.import_recovery_code(sys.stdin.readline(), passphrase, kdf=KDF)
        elif args.recovery:
            campaign.import_key(args.recovery, passphrase)
        else:
            msg = "give RECOVERY_FILE, or --code to read the recovery code from stdin"
            raise CliError(msg)
        print(f"the private key is back in {args.file}")
    return 0


def _key_remove(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        campaign.remove_private_key(args.recovery)
        print(f"the private key is removed from {args.file}; keep {args.recovery} safe")
    return 0


def _import_csv(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        case_id = _case_id(campaign, args.case)
        lang: Lang = args.lang or _default_lang(campaign, case_id)
        fingerprint, lang = _fingerprint(campaign, case_id, lang)
        try:
            mapping = csv_io.parse_mapping(args.map) if args.map else None
            result = csv_io.read_signatures(
                args.csv,
                case_id=case_id,
                statement_fingerprint=fingerprint,
                mapping=mapping,
                lang=lang,
            )
        except csv_io.CsvImportError as error:
            raise CliError(f"{args.csv}: {error}") from error
        if result.contacts_dropped:
            print(
                f"{result.contacts_dropped} contacts left out (no consent column said yes)",
                file=sys.stderr,
            )
        if args.dry_run:
            print(f"{len(result.signatures)} signatures would be imported (dry run)")
            return 0
        total = _store(campaign, list(result.signatures))
        print(f"{len(result.signatures)} imported; total {total}")
    return 0


def _export_csv(args: argparse.Namespace) -> int:
    with _opened(args.file) as campaign:
        _unlock(campaign, args)
        try:
            rows = csv_io.write_signatures(campaign.signatures(), args.out)
        except OSError as error:
            raise CliError(f"cannot write {args.out}: {error.strerror}") from error
        print(f"{rows} signatures written to {args.out}")
    return 0

"""CSV in and out of the vault: import keyed-in paper sheets or another platform's export
(column mapping with a preview), and export that spreadsheets cannot turn into formulas.

Import is all-or-nothing: any problem raises :class:`CsvImportError` with the line and column,
and nothing is returned to store. The parser is a small RFC 4180 reader of our own so that every
error can say exactly where it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
import os
import re
import time
import uuid
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from desktop.domain.signature import FORMULA_PREFIXES, Signature, name_problem

MAX_CSV_BYTES = 50 * 1024 * 1024
PREVIEW_ROWS = 5

Field = Literal[
    "full_name",
    "town",
    "country",
    "organisation",
    "contact",
    "contact_consent",
    "anonymous",
    "lang",
    "signed_at",
]
FIELDS: tuple[Field, ...] = (
    "full_name",
    "town",
    "country",
    "organisation",
    "contact",
    "contact_consent",
    "anonymous",
    "lang",
    "signed_at",
)

# Header words (folded) that suggest a field: English, Russian, Kazakh and common exports.
_SYNONYMS: dict[Field, tuple[str, ...]] = {
    "full_name": (
        "name",
        "full name",
        "fullname",
        "signer",
        "фио",
        "имя",
        "имя и фамилия",
        "ф и о",
        "аты-жөні",
        "аты жөні",
        "есімі",
    ),
    "town": ("city", "town", "place", "город", "населенный пункт", "қала", "мекен"),
    "country": ("country", "страна", "ел", "мемлекет"),
    "organisation": (
        "organisation",
        "organization",
        "org",
        "affiliation",
        "role",
        "организация",
        "должность",
        "ұйым",
    ),
    "contact": ("contact", "email", "e-mail", "phone", "контакт", "почта", "телефон", "байланыс"),
    "contact_consent": ("consent", "contact consent", "may contact", "согласие", "келісім"),
    "anonymous": ("anonymous", "anon", "hide name", "анонимно", "аноним", "жасырын"),
    "lang": ("lang", "language", "язык", "тіл"),
    "signed_at": (
        "signed on",
        "signed at",
        "date",
        "signed",
        "time",
        "timestamp",
        "created",
        "дата",
        "время",
        "күні",
        "уақыты",
    ),
}


class CsvImportError(ValueError):
    """A CSV problem at ``line`` (1-based) and ``column`` (1-based field number, or None)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        where = ""
        if line is not None:
            where = f"line {line}" + (f", column {column}" if column is not None else "") + ": "
        super().__init__(where + message)
        self.line = line
        self.column = column
        self.reason = message


@dataclass(frozen=True)
class CsvTable:
    """A parsed CSV: header, rows, and the file line where each row starts."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_lines: tuple[int, ...]
    delimiter: str
    encoding: str


@dataclass(frozen=True)
class CsvPreview:
    """What the mapping dialog shows: headers, a few rows, the suggested mapping."""

    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    row_count: int
    mapping: dict[str, str]
    """Suggested field -> header name."""
    delimiter: str
    encoding: str


@dataclass(frozen=True)
class CsvImport:
    """Signatures read from a CSV, ready for ``Campaign.add_signatures`` (all or none)."""

    signatures: tuple[Signature, ...]
    contacts_dropped: int
    """Contacts left out because no consent column said yes."""


# --- reading ------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            msg = "the file says UTF-16 but is not"
            raise CsvImportError(msg) from error
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251"), "cp1251"
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        msg = "cannot read the text: not UTF-8, UTF-16 or Windows-1251"
        raise CsvImportError(msg, line) from error


def _guess_delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _tokenize(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """RFC 4180 records as (line where the record starts, fields); CsvImportError if malformed."""
    records: list[tuple[int, list[str]]] = []
    fields: list[str] = []
    field: list[str] = []
    line = 1
    column = 1
    start_line = 1
    i = 0
    n = len(text)
    quoted = False
    after_quote = False
    at_field_start = True
    while i < n:
        c = text[i]
        if c == "\x00":
            msg = "the file holds a NUL character (not a text CSV)"
            raise CsvImportError(msg, line, len(fields) + 1)
        if quoted:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 2
                    column += 2
                    continue
                quoted = False
                after_quote = True
            else:
                field.append(c)
                if c == "\n":
                    line += 1
                    column = 0
            i += 1
            column += 1
            continue
        if c == delimiter:
            fields.append("".join(field))
            field, after_quote, at_field_start = [], False, True
        elif c in "\r\n":
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            fields.append("".join(field))
            if any(fields) or len(fields) > 1:
                records.append((start_line, fields))
            fields, field, after_quote, at_field_start = [], [], False, True
            line += 1
            column = 0
            start_line = line
        elif after_quote:
            msg = f'unexpected {c!r} after a closing quote (use "" for a quote inside quotes)'
            raise CsvImportError(msg, line, len(fields) + 1)
        elif c == '"':
            if not at_field_start:
                msg = "a quote inside an unquoted field (quote the whole field)"
                raise CsvImportError(msg, line, len(fields) + 1)
            quoted = True
            at_field_start = False
        else:
            field.append(c)
            at_field_start = False
        i += 1
        column += 1
    if quoted:
        msg = "a quoted field is never closed"
        raise CsvImportError(msg, start_line, len(fields) + 1)
    if field or fields or after_quote:
        fields.append("".join(field))
        if any(fields) or len(fields) > 1:
            records.append((start_line, fields))
    return records


def read_table(data: bytes | str) -> CsvTable:
    """Parse CSV bytes or text into a header and rows; CsvImportError with line and column."""
    if isinstance(data, bytes):
        if len(data) > MAX_CSV_BYTES:
            msg = f"the file is larger than {MAX_CSV_BYTES // (1024 * 1024)} MB"
            raise CsvImportError(msg)
        text, encoding = _decode(data)
    else:
        text, encoding = data.removeprefix("\ufeff"), "text"
    declared = re.match(r"sep=([,;\t|])\r?\n", text)
    if declared:
        # Excel's "sep=;" first line; keep the line count so errors point at the right line.
        delimiter, text = declared[1], "\n" + text[declared.end() :]
    else:
        delimiter = _guess_delimiter(text)
    records = _tokenize(text, delimiter)
    if not records:
        msg = "the file is empty: a header line is needed (e.g. Name, City, Country, Signed On)"
        raise CsvImportError(msg, 1)
    header_line, header = records[0]
    headers = tuple(h.strip() for h in header)
    for index, name in enumerate(headers):
        if not name:
            msg = "a column has no header name"
            raise CsvImportError(msg, header_line, index + 1)
    rows = []
    lines = []
    for line, fields in records[1:]:
        if len(fields) > len(headers):
            msg = f"{len(fields)} fields but the header has {len(headers)}"
            raise CsvImportError(msg, line, len(headers) + 1)
        if len(fields) < len(headers):
            msg = f"only {len(fields)} fields but the header has {len(headers)}"
            raise CsvImportError(msg, line, len(fields) + 1)
        rows.append(tuple(fields))
        lines.append(line)
    return CsvTable(headers, tuple(rows), tuple(lines), delimiter, encoding)


def _fold(header: str) -> str:
    return " ".join(re.sub(r"[_\-:.*()]+", " ", header.casefold()).split())


def suggest_mapping(headers: Iterable[str]) -> dict[str, str]:
    """Field -> header name for the headers that obviously mean a field."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    header_list = list(headers)
    for fld in FIELDS:
        for header in header_list:
            if header not in taken and _fold(header) in _SYNONYMS[fld]:
                mapping[fld] = header
                taken.add(header)
                break
    return mapping


def parse_mapping(spec: str) -> dict[str, str]:
    """``full_name=Name,town=City`` (the CLI's ``--map``) as a mapping; CsvImportError if bad."""
    mapping: dict[str, str] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        fld, sep, header = part.partition("=")
        fld = fld.strip()
        if not sep or fld not in FIELDS:
            msg = (
                f"bad --map entry {part!r}: use FIELD=Header with FIELD one of {', '.join(FIELDS)}"
            )
            raise CsvImportError(msg)
        mapping[fld] = header.strip()
    return mapping


def _read_bytes(source: bytes | str | os.PathLike[str]) -> bytes:
    if isinstance(source, bytes):
        return source
    path = Path(source)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)
    except OSError as error:
        msg = f"cannot read {path}: {error.strerror or error}"
        raise CsvImportError(msg) from error
    return data


def preview_csv(source: bytes | str | os.PathLike[str], rows: int = PREVIEW_ROWS) -> CsvPreview:
    """Headers, the first ``rows`` rows and a suggested mapping (CsvImportError if malformed)."""
    table = read_table(_read_bytes(source))
    return CsvPreview(
        headers=table.headers,
        sample=table.rows[:rows],
        row_count=len(table.rows),
        mapping=suggest_mapping(table.headers),
        delimiter=table.delimiter,
        encoding=table.encoding,
    )


_TRUE = {"1", "yes", "y", "true", "x", "да", "д", "иә", "ия", "+"}
_FALSE = {"", "0", "no", "n", "false", "нет", "н", "жоқ", "-"}
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


def parse_date(text: str) -> dt.datetime:
    """A signing time from a cell: ISO 8601, ``YYYY/MM/DD`` or ``DD.MM.YYYY [HH:MM[:SS]]``."""
    value = text.strip()
    match = _DOTTED.match(value)
    try:
        if match:
            day, month, year = int(match[1]), int(match[2]), int(match[3])
            hour, minute, second = (int(match[i] or 0) for i in (4, 5, 6))
            when = dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
        elif re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2}", value):
            year, month, day = (int(p) for p in value.split("/"))
            when = dt.datetime(year, month, day, tzinfo=dt.UTC)
        else:
            when = dt.datetime.fromisoformat(value.replace(" UTC", "+00:00"))
    except (ValueError, OverflowError) as error:
        msg = f"cannot read the date {value!r}: use YYYY-MM-DD or DD.MM.YYYY"
        raise ValueError(msg) from error
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    if when.year < 1990:
        msg = f"the date {value!r} is before 1990"
        raise ValueError(msg)
    return when


def _flag(value: str) -> bool:
    folded = value.strip().casefold()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    msg = f"{value!r} is neither yes nor no"
    raise ValueError(msg)


def read_signatures(
    source: bytes | str | os.PathLike[str],
    *,
    case_id: str,
    statement_fingerprint: str,
    mapping: Mapping[str, str] | None = None,
    lang: str = "ru",
    now: dt.datetime | None = None,
    source_kind: Literal["csv", "import", "paper"] = "csv",
) -> CsvImport:
    """Every row as a Signature, or CsvImportError naming the first bad line and column.

    ``mapping`` is field -> header; without it :func:`suggest_mapping` decides. A name is
    required. Rows without a date get ``now``.
    """
    table = read_table(_read_bytes(source))
    chosen = dict(mapping) if mapping is not None else suggest_mapping(table.headers)
    columns: dict[str, int] = {}
    for fld, header in chosen.items():
        if fld not in FIELDS:
            msg = f"unknown field {fld!r}; fields are {', '.join(FIELDS)}"
            raise CsvImportError(msg, 1)
        if header not in table.headers:
            msg = f"no column named {header!r}; the columns are {', '.join(table.headers)}"
            raise CsvImportError(msg, 1)
        if table.headers.count(header) > 1:
            msg = f"two columns are named {header!r}; rename one"
            raise CsvImportError(msg, 1, table.headers.index(header) + 1)
        columns[fld] = table.headers.index(header)
    if "full_name" not in columns:
        msg = (
            "no column for the signer's name; map one (e.g. --map full_name=Name); "
            f"the columns are {', '.join(table.headers)}"
        )
        raise CsvImportError(msg, 1)
    stamp = now or dt.datetime.now(dt.UTC)
    signatures: list[Signature] = []
    dropped = 0
    for row, line in zip(table.rows, table.row_lines, strict=True):
        sig, lost = _row_signature(
            row, line, columns, case_id, statement_fingerprint, lang, stamp, source_kind
        )
        signatures.append(sig)
        dropped += lost
    return CsvImport(tuple(signatures), dropped)


def _row_signature(
    row: tuple[str, ...],
    line: int,
    columns: dict[str, int],
    case_id: str,
    fingerprint: str,
    lang: str,
    stamp: dt.datetime,
    source_kind: str,
) -> tuple[Signature, int]:
    def cell(fld: str) -> str:
        return row[columns[fld]].strip() if fld in columns else ""

    def fail(fld: str, message: str) -> CsvImportError:
        return CsvImportError(message, line, columns[fld] + 1 if fld in columns else None)

    name = cell("full_name")
    problem = name_problem(name)
    if problem is not None:
        text = {
            "empty": "the name is empty",
            "formula": "the name starts like a spreadsheet formula",
            "url": "the name looks like a web address",
        }.get(problem, f"the name is not acceptable ({problem})")
        raise fail("full_name", text)
    values: dict[str, Any] = {
        "case_id": case_id,
        "full_name": name,
        "town": cell("town"),
        "country": cell("country"),
        "organisation": cell("organisation"),
        "statement_fingerprint": fingerprint,
        "source": source_kind,
        "lang": (cell("lang").casefold() or lang),
    }
    try:
        values["anonymous"] = _flag(cell("anonymous"))
    except ValueError as error:
        raise fail("anonymous", str(error)) from None
    try:
        consent = _flag(cell("contact_consent"))
    except ValueError as error:
        raise fail("contact_consent", str(error)) from None
    lost = 0
    if cell("contact"):
        if consent:
            values["contact"] = cell("contact")
            values["contact_consent"] = True
        else:
            lost = 1
    raw_date = cell("signed_at")
    try:
        values["signed_at"] = parse_date(raw_date) if raw_date else stamp
    except ValueError as error:
        raise fail("signed_at", str(error)) from None
    try:
        return Signature.model_validate(values), lost
    except ValidationError as error:
        first = error.errors()[0]
        fld = str(first["loc"][0]) if first["loc"] else "full_name"
        raise fail(fld, f"{fld.replace('_', ' ')}: {first['msg']}") from None


# --- writing ------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    "record_id",
    "case_id",
    "full_name",
    "town",
    "country",
    "organisation",
    "contact",
    "anonymous",
    "lang",
    "signed_at",
    "source",
    "statement_fingerprint",
)
_DANGEROUS = (*FORMULA_PREFIXES, "\t", "\r", "\n")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ tab or CR gets a ``'``."""
    if cell.startswith(_DANGEROUS) or cell.lstrip().startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def export_row(sig: Signature) -> list[str]:
    """One signature as neutralised export cells (contacts only with consent)."""
    values = [
        sig.id,
        sig.case_id,
        sig.full_name,
        sig.town,
        sig.country,
        sig.organisation,
        sig.contact if sig.contact_consent else "",
        "yes" if sig.anonymous else "no",
        sig.lang,
        sig.signed_at.isoformat(),
        sig.source,
        sig.statement_fingerprint,
    ]
    return [neutralise(v) for v in values]


# A temp file untouched this long was left by an export that died (power cut, kill); it holds
# names in the clear, so the next export to the same name removes it.
STALE_SECONDS = 15 * 60


def _remove_stale_temps(target: Path) -> None:
    now = time.time()
    with suppress(OSError):
        for temp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
            with suppress(OSError):
                if now - temp.stat().st_mtime > STALE_SECONDS:
                    temp.unlink()


def write_signatures(signatures: Iterable[Signature], out: str | os.PathLike[str]) -> int:
    """Write a UTF-8 (with BOM, for Excel) CSV via a temp file beside ``out``; returns rows."""
    target = Path(out)
    _remove_stale_temps(target)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    count = 0
    try:
        # Names in the clear: readable by this user only (like the PDF packs), whatever the umask.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with open(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
            writer.writerow(EXPORT_COLUMNS)
            for sig in signatures:
                writer.writerow(export_row(sig))
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        with suppress(OSError):
            temp.unlink()
    return count

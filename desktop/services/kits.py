"""Kit files (``*.kit.json``): strict loading with located errors, dumping and the schema.

A kit either loads whole or not at all: every problem becomes one :class:`KitError` that says
what is wrong, the JSON path, and the line and column in the file.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from desktop.domain.kit import KIT_SCHEMA_VERSION, Kit
from desktop.domain.placeholders import find_problems
from desktop.domain.text import LANGS
from desktop.paths import sample_kit_path
from desktop.services.kit_positions import (
    Path as JsonPath,
)
from desktop.services.kit_positions import (
    Positions,
    ScanError,
    json_path,
    line_column,
    scan,
    string_offset,
)

MAX_KIT_BYTES = 5 * 1024 * 1024
"""A kit with three cases weighs about 60 KiB; anything over 5 MiB is not a kit."""

KIT_SUFFIX = ".kit.json"


class KitError(Exception):
    """A kit that cannot be loaded: what is wrong and where (JSON path, line, column)."""

    def __init__(
        self,
        source: str,
        message: str,
        *,
        json_path: str = "",
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.source = source
        self.message = message
        self.json_path = json_path
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        path = f" {self.json_path}:" if self.json_path else ""
        return f"{where}:{path} {self.message}"


class _Located:
    """Turns JSON paths into :class:`KitError` with line and column for one source text."""

    def __init__(self, text: str, source: str, positions: Positions) -> None:
        self.text = text
        self.source = source
        self.positions = positions

    def error(self, path: JsonPath, message: str, offset: int | None = None) -> KitError:
        if offset is None:
            offset = self.positions.value(path)
        line, column = line_column(self.text, offset)
        return KitError(self.source, message, json_path=json_path(path), line=line, column=column)

    def in_string(self, path: JsonPath, raw: Any, index: int | None) -> int:
        """Offset of character ``index`` of the string value at ``path`` (its start if unknown)."""
        start = self.positions.value(path)
        if index is None or not isinstance(raw, str) or self.text[start : start + 1] != '"':
            return start
        return string_offset(self.text, start, index)


def parse_kit(text: str | bytes, source: str = "<kit>") -> Kit:
    """Parse and check a kit; raise :class:`KitError` (and nothing else) when it is not valid."""
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_KIT_BYTES:
            raise _too_big(source, len(text))
        text = _decode(bytes(text), source)
    elif len(text) > MAX_KIT_BYTES:
        raise _too_big(source, len(text))
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # a BOM from a Windows editor; keep every column where it was
    data = _load_json(text, source)
    try:
        positions = scan(text)
    except ScanError as problem:
        line, column = line_column(text, problem.offset)
        raise KitError(
            source, problem.message, json_path=json_path(problem.path), line=line, column=column
        ) from None
    located = _Located(text, source, positions)
    _check_version(data, located)
    try:
        kit = Kit.model_validate_json(text, strict=True)
    except ValidationError as error:
        raise _from_validation(error, data, located) from None
    _check_letters(kit, data, located)
    return kit


def load_kit(path: str | os.PathLike[str]) -> Kit:
    """Read and parse the kit file at ``path``; raise :class:`KitError` on any problem."""
    file = Path(path)
    source = str(file)
    try:
        with file.open("rb") as stream:
            data = stream.read(MAX_KIT_BYTES + 1)
    except FileNotFoundError:
        raise KitError(str(file), "no such file") from None
    except IsADirectoryError:
        raise KitError(str(file), "is a folder, not a kit file") from None
    except OSError as error:
        raise KitError(str(file), f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_KIT_BYTES:
        raise _too_big(source, len(data), exact=False)
    return parse_kit(data, source)


def dump_kit(kit: Kit) -> str:
    """The kit as pretty UTF-8 JSON in field order; :func:`parse_kit` reads it back equal."""
    data = kit.model_dump(mode="json", exclude_computed_fields=True)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_kit(kit: Kit, path: str | os.PathLike[str]) -> None:
    """Write ``kit`` to ``path`` atomically (a temporary file beside it, then a rename)."""
    target = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(dump_kit(kit))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def kit_json_schema() -> dict[str, Any]:
    """The JSON Schema of a kit file (draft 2020-12)."""
    schema = Kit.model_json_schema(mode="validation")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://protestkit.invalid/kit.schema.json",
        **schema,
    }
    schema["description"] = (
        "A Protest Kit campaign kit (*.kit.json): cases, recipients, letter templates, "
        "petition statements and signature form settings, in Russian, Kazakh and English."
    )
    return schema


def sample_kit() -> Kit:
    """The Almaty 2010 sample kit shipped with the app."""
    return load_kit(sample_kit_path())


# --- reading ---------------------------------------------------------------------------------


def _too_big(source: str, size: int, *, exact: bool = True) -> KitError:
    limit = MAX_KIT_BYTES // (1024 * 1024)
    got = f"{size / (1024 * 1024):.1f} MiB" if exact else "more than that"
    return KitError(source, f"file too big for a kit: the limit is {limit} MiB, this is {got}")


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        msg = f"not UTF-8 text: byte 0x{data[error.start]:02X} cannot start a character here"
        raise KitError(source, msg, line=line, column=column) from None


def _load_json(text: str, source: str) -> Any:
    if not text.strip():
        raise KitError(source, "the file is empty", line=1, column=1)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        message = error.msg[0].lower() + error.msg[1:]
        if message.endswith(" at"):
            message = message[:-3] + " here"
        raise KitError(
            source, f"invalid JSON: {message}", line=error.lineno, column=error.colno
        ) from None
    except RecursionError:
        raise KitError(source, "invalid JSON: nested far too deeply", line=1, column=1) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise KitError(source, f"invalid JSON: {error}", line=1, column=1) from None


def _check_version(data: Any, located: _Located) -> None:
    if not isinstance(data, dict):
        raise located.error((), f"a kit is a JSON object {{...}}, not {_json_type(data)}")
    version = data.get("schema_version")
    if version is None:
        return
    if type(version) is int and version > KIT_SCHEMA_VERSION:
        msg = (
            f"this kit uses format version {version}, but this Protest Kit reads only "
            f"version {KIT_SCHEMA_VERSION}: update Protest Kit to open it"
        )
        raise located.error(("schema_version",), msg)


# --- errors from validation ----------------------------------------------------------------

_EXPECTED = {
    "string_type": "text (a JSON string)",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list [...]",
    "tuple_type": "a list [...]",
    "dict_type": "an object {...}",
    "model_type": "an object {...}",
    "model_attributes_type": "an object {...}",
    "date_type": "a date written YYYY-MM-DD",
    "date_parsing": "a date written YYYY-MM-DD",
    "date_from_datetime_parsing": "a date written YYYY-MM-DD",
    "date_from_datetime_inexact": "a date written YYYY-MM-DD",
}
_FORBIDDEN_CHAR = re.compile(r"U\+([0-9A-F]{4,6})")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _raw(data: Any, path: JsonPath) -> Any:
    for item in path:
        try:
            data = data[item]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _from_validation(error: ValidationError, data: Any, located: _Located) -> KitError:
    details = error.errors(include_url=False)
    first = details[0]
    loc: JsonPath = tuple(first["loc"])
    if not loc and first["type"] != "missing":
        rule = _kit_rule(data, located)
        if rule is not None:
            return rule
    return _describe(first, loc, data, located)


def _describe(detail: ErrorDetails, loc: JsonPath, data: Any, located: _Located) -> KitError:
    kind = detail["type"]
    if "[key]" in loc:
        path = loc[: loc.index("[key]")]
        langs = ", ".join(LANGS)
        message = f"{path[-1]!r} is not a language; use {langs}"
        return located.error(path, message, located.positions.key(path))
    raw = _raw(data, loc)
    if kind == "missing":
        return located.error(loc[:-1], f"required field {loc[-1]!r} is missing")
    if kind == "extra_forbidden":
        return located.error(loc, f"unknown field {loc[-1]!r}", located.positions.key(loc))
    if kind in _EXPECTED:
        message = f"expected {_EXPECTED[kind]}, found {_json_type(raw)}"
        return located.error(loc, message)
    if kind == "string_pattern_mismatch":
        message = (
            f"{_json_type(raw)} is not a valid id: use 1-64 lower-case letters, digits, "
            "'-' or '_', starting with a letter or digit"
        )
        return located.error(loc, message)
    if kind == "literal_error":
        expected = detail.get("ctx", {}).get("expected", "")
        return located.error(loc, f"expected {expected}, found {_json_type(raw)}")
    message = detail["msg"].removeprefix("Value error, ")
    offset = None
    found = _FORBIDDEN_CHAR.search(message)
    if found is not None and isinstance(raw, str):
        index = raw.find(chr(int(found.group(1), 16)))
        offset = located.in_string(loc, raw, index if index >= 0 else None)
    if kind in ("too_short", "too_long", "string_too_short", "string_too_long"):
        message = message[0].lower() + message[1:]
    return located.error(loc, message, offset)


def _kit_rule(data: dict[str, Any], located: _Located) -> KitError | None:
    """Locate a failed kit-wide rule (ids, references); fields are known to be well-formed."""
    for group, what in (("cases", "case"), ("recipients", "recipient")):
        seen: dict[str, int] = {}
        for index, item in enumerate(data.get(group, ())):
            ident = item.get("id")
            if ident in seen:
                message = f"duplicate {what} id {ident!r}: {group}[{seen[ident]}] has it already"
                return located.error((group, index, "id"), message)
            seen[ident] = index
    defined = {item.get("id") for item in data.get("recipients", ())}
    for index, case in enumerate(data.get("cases", ())):
        for rindex, rid in enumerate(case.get("recipients", ())):
            if rid not in defined:
                message = (
                    f"case {case.get('id')!r} names recipient {rid!r} which the kit does not define"
                )
                return located.error(("cases", index, "recipients", rindex), message)
    return None


def _check_letters(kit: Kit, data: Any, located: _Located) -> None:
    """Letter and statement languages match their keys; templates hold known placeholders."""
    for index, case in enumerate(kit.cases):
        for lang, statement in case.statements.items():
            if statement.lang != lang:
                path = ("cases", index, "statements", lang, "lang")
                message = f"the statement under {lang!r} says its language is {statement.lang!r}"
                raise located.error(path, message)
        for lang, template in case.letters.items():
            if template.lang != lang:
                path = ("cases", index, "letters", lang, "lang")
                message = f"the letter under {lang!r} says its language is {template.lang!r}"
                raise located.error(path, message)
            for name, text in template.fields().items():
                problems = find_problems(text, name)
                if not problems:
                    continue
                problem = problems[0]
                path = ("cases", index, "letters", lang, name)
                message = (
                    f"{problem.message} (line {problem.line}, column {problem.column} "
                    f"of the {name.replace('_', ' ')})"
                )
                raw = _raw(data, path)
                offset = located.in_string(path, raw, _raw_index(raw, problem.message))
                raise located.error(path, message, offset)


def _raw_index(raw: Any, message: str) -> int | None:
    """Where the problem named in ``message`` sits in the file's own (un-normalised) string."""
    if not isinstance(raw, str):
        return None
    problems = find_problems(raw)
    for problem in problems:
        if problem.message == message:
            lines = raw.split("\n")
            return sum(len(line) + 1 for line in lines[: problem.line - 1]) + problem.column - 1
    return None

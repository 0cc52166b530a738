"""Kit files (``*.kit.json``): strict loading with located errors, dumping and the schema.

A kit either loads whole or not at all: every problem becomes one :class:`KitError` that says
what is wrong, the JSON path, and the line and column in the file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from desktop.domain.kit import KIT_SCHEMA_VERSION, Kit
from desktop.paths import sample_kit_path
from desktop.services.kit_errors import (
    KitError,
    Located,
    check_letters,
    from_validation,
    json_type,
)
from desktop.services.kit_positions import ScanError, json_path, line_column, scan

__all__ = [
    "KIT_SUFFIX",
    "MAX_KIT_BYTES",
    "KitError",
    "dump_kit",
    "kit_json_schema",
    "load_kit",
    "parse_kit",
    "sample_kit",
    "write_kit",
]

MAX_KIT_BYTES = 5 * 1024 * 1024
"""A kit with three cases weighs about 60 KiB; anything over 5 MiB is not a kit."""

KIT_SUFFIX = ".kit.json"


def parse_kit(text: str | bytes, source: str = "<kit>") -> Kit:
    """Parse and check a kit; raise :class:`KitError` (and nothing else) when it is not valid."""
    if isinstance(text, bytes | bytearray):
        if len(text) > MAX_KIT_BYTES:
            raise _too_big(source, len(text))
        text = _decode(bytes(text), source)
    elif len(text) > MAX_KIT_BYTES // 4:  # only then can it exceed the limit in UTF-8
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_KIT_BYTES:
            raise _too_big(source, size)
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
    located = Located(text, source, positions)
    _check_version(data, located)
    try:
        kit = Kit.model_validate_json(text, strict=True)
    except ValidationError as error:
        raise from_validation(error, data, located) from None
    check_letters(kit, data, located)
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
        # A kit is meant to be shared: readable like any document, not mkstemp's private 0600.
        os.chmod(temp_name, 0o644)
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


def _check_version(data: Any, located: Located) -> None:
    if not isinstance(data, dict):
        raise located.error((), f"a kit is a JSON object {{...}}, not {json_type(data)}")
    version = data.get("schema_version")
    if version is None:
        return
    if type(version) is int and version > KIT_SCHEMA_VERSION:
        msg = (
            f"this kit uses format version {version}, but this Protest Kit reads only "
            f"version {KIT_SCHEMA_VERSION}: update Protest Kit to open it"
        )
        raise located.error(("schema_version",), msg)

"""Kit errors: one located message per bad kit, and the rules checked after validation.

Maps pydantic's error locations back to a JSON path and to the line and column in the file.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from desktop.domain.kit import Kit
from desktop.domain.placeholders import find_problems
from desktop.domain.text import LANGS
from desktop.services.kit_positions import (
    JsonPath,
    Positions,
    json_path,
    line_column,
    string_offset,
)


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


class Located:
    """Turns JSON paths into :class:`KitError` with line and column for one source text."""

    def __init__(self, text: str, source: str, positions: Positions) -> None:
        self.text = text
        self.source = source
        self.positions = positions

    def error(self, path: JsonPath, message: str, offset: int | None = None) -> KitError:
        """A :class:`KitError` at ``offset``, else where the value at ``path`` starts."""
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


def json_type(value: Any) -> str:
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


def from_validation(error: ValidationError, data: Any, located: Located) -> KitError:
    details = error.errors(include_url=False)
    first = details[0]
    loc: JsonPath = tuple(first["loc"])
    if not loc and first["type"] != "missing":
        rule = _kit_rule(data, located)
        if rule is not None:
            return rule
    return _describe(first, loc, data, located)


def _describe(detail: ErrorDetails, loc: JsonPath, data: Any, located: Located) -> KitError:
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
        message = f"expected {_EXPECTED[kind]}, found {json_type(raw)}"
        return located.error(loc, message)
    if kind == "string_pattern_mismatch":
        message = (
            f"{json_type(raw)} is not a valid id: use 1-64 lower-case letters, digits, "
            "'-' or '_', starting with a letter or digit"
        )
        return located.error(loc, message)
    if kind == "literal_error":
        expected = detail.get("ctx", {}).get("expected", "")
        return located.error(loc, f"expected {expected}, found {json_type(raw)}")
    message = detail["msg"].removeprefix("Value error, ")
    offset = None
    found = _FORBIDDEN_CHAR.search(message)
    if found is not None and isinstance(raw, str):
        index = raw.find(chr(int(found.group(1), 16)))
        offset = located.in_string(loc, raw, index if index >= 0 else None)
    if kind in ("too_short", "too_long", "string_too_short", "string_too_long"):
        message = message[0].lower() + message[1:]
    return located.error(loc, message, offset)


def _kit_rule(data: dict[str, Any], located: Located) -> KitError | None:
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


def check_letters(kit: Kit, data: Any, located: Located) -> None:
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

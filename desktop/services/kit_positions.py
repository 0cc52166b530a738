"""Where each value of a JSON document starts: offsets by JSON path, for located errors.

The scanner runs over text that :func:`json.loads` has already accepted, so it only has to
record positions; on the way it also finds what ``json`` lets through but a kit may not hold:
duplicate keys, ``NaN``/``Infinity``, unpaired surrogates and absurd nesting.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]

JsonPath = tuple[str | int, ...]

MAX_DEPTH = 40
"""A kit nests about eight levels deep; far deeper is a broken or hostile file."""

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_SURROGATE = re.compile("[\ud800-\udfff]")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ScanError(Exception):
    """Something ``json`` accepts but a kit may not hold, at ``offset`` under ``path``."""

    def __init__(self, path: JsonPath, offset: int, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.offset = offset
        self.message = message


@dataclass
class Positions:
    """Character offsets of every value (and of every object member's key) by JSON path."""

    values: dict[JsonPath, int] = field(default_factory=dict)
    keys: dict[JsonPath, int] = field(default_factory=dict)

    def value(self, path: JsonPath) -> int:
        """Offset of the value at ``path``, else of its nearest ancestor that exists."""
        for end in range(len(path), -1, -1):
            found = self.values.get(path[:end])
            if found is not None:
                return found
        return 0

    def key(self, path: JsonPath) -> int:
        """Offset of the key naming ``path`` (a member of an object), else of its value."""
        found = self.keys.get(path)
        return found if found is not None else self.value(path)


def json_path(path: JsonPath) -> str:
    """``('cases', 0, 'name')`` as ``$.cases[0].name``."""
    parts = ["$"]
    for item in path:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif _IDENT.match(item):
            parts.append(f".{item}")
        else:
            parts.append(f"[{json.dumps(item)}]")
    return "".join(parts)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _string(text: str, start: int, path: JsonPath) -> tuple[str, int]:
    value, end = scanstring(text, start + 1, True)
    match = _SURROGATE.search(value)
    if match is not None:
        msg = f"text holds an unpaired surrogate U+{ord(match.group()):04X}"
        raise ScanError(path, start, msg)
    return value, end


@dataclass
class _Frame:
    path: JsonPath
    is_object: bool
    index: int = 0
    seen: set[str] = field(default_factory=set)


def scan(text: str) -> Positions:
    """Record where every value starts in ``text`` (valid JSON); raise :class:`ScanError`."""
    positions = Positions()
    stack: list[_Frame] = []
    i = _WS.match(text, 0).end()  # type: ignore[union-attr]
    path: JsonPath = ()
    expect_value = True
    while True:
        if expect_value:
            positions.values[path] = i
            char = text[i]
            if char in "{[":
                if len(stack) >= MAX_DEPTH:
                    msg = f"the file nests deeper than {MAX_DEPTH} levels"
                    raise ScanError(path, i, msg)
                frame = _Frame(path, is_object=char == "{")
                stack.append(frame)
                i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
                if text[i] in "}]":
                    stack.pop()
                    i += 1
                    expect_value = False
                elif frame.is_object:
                    i, path = _member_key(text, i, frame, positions)
                else:
                    path = (*frame.path, 0)
                continue
            if char == '"':
                _, i = _string(text, i, path)
            elif char in "-0123456789" and (number := _NUMBER.match(text, i)) is not None:
                i = number.end()
            elif text.startswith(("true", "null"), i):
                i += 4
            elif text.startswith("false", i):
                i += 5
            else:
                msg = "NaN and Infinity are not JSON numbers"
                raise ScanError(path, i, msg)
            expect_value = False
            continue
        i = _WS.match(text, i).end()  # type: ignore[union-attr]
        if not stack:
            return positions
        frame = stack[-1]
        char = text[i]
        if char == ",":
            i = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
            if frame.is_object:
                i, path = _member_key(text, i, frame, positions)
            else:
                frame.index += 1
                path = (*frame.path, frame.index)
            expect_value = True
        else:  # '}' or ']'
            stack.pop()
            i += 1


def _member_key(text: str, i: int, frame: _Frame, positions: Positions) -> tuple[int, JsonPath]:
    """Read ``"key" :`` at ``i``; return the offset of the member's value and its path."""
    key, end = _string(text, i, frame.path)
    path = (*frame.path, key)
    if key in frame.seen:
        msg = f"the key {key!r} appears twice in the same object"
        raise ScanError(path, i, msg)
    frame.seen.add(key)
    positions.keys[path] = i
    end = _WS.match(text, end).end()  # type: ignore[union-attr]
    return _WS.match(text, end + 1).end(), path  # type: ignore[union-attr]


def string_offset(text: str, start: int, index: int) -> int:
    """Source offset of character ``index`` of the JSON string literal starting at ``start``.

    Escapes count as one character of the decoded string; the result points at the backslash.
    """
    i = start + 1
    decoded = 0
    while decoded < index and i < len(text) and text[i] != '"':
        if text[i] == "\\":
            if text[i + 1] == "u":
                code = int(text[i + 2 : i + 6], 16)
                is_pair = 0xD800 <= code < 0xDC00 and text.startswith("\\u", i + 6)
                i += 12 if is_pair else 6
            else:
                i += 2
        else:
            i += 1
        decoded += 1
    return i

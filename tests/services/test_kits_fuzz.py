"""Property: whatever a kit file holds, the loader gives a Kit or a KitError, nothing else."""

from __future__ import annotations

import copy
import json
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.paths import sample_kit_path
from desktop.services.kits import KitError, parse_kit

SAMPLE_BYTES = sample_kit_path().read_bytes()
SAMPLE_TEXT = SAMPLE_BYTES.decode("utf-8")
SAMPLE_DATA = json.loads(SAMPLE_TEXT)

FUZZ = settings(
    max_examples=int(os.environ.get("KIT_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Characters that stress the loader: JSON syntax, escapes, controls, bidi marks, Kazakh letters.
TRICKY = st.sampled_from(
    [*'{}[]",:\\ \n\t0-1eE.tfn', "\x00", "\x1f", "\u202e", "\ufeff", "\ud800", "Қ", "{x}"]
)


def _outcome(text: str | bytes) -> str:
    try:
        kit = parse_kit(text, "fuzz.kit.json")
    except KitError as error:
        return str(error)
    return f"loaded {kit.id}"


def _loads_or_kit_error(text: str | bytes) -> None:
    outcome = _outcome(text)  # anything but KitError propagates and fails the test
    assert outcome.startswith(("fuzz.kit.json", "loaded "))
    assert "\n" not in outcome, "a KitError is one line"


@FUZZ
@given(
    start=st.integers(0, len(SAMPLE_BYTES)),
    cut=st.integers(0, 40),
    insert=st.binary(max_size=12),
)
def test_byte_edits(start: int, cut: int, insert: bytes) -> None:
    _loads_or_kit_error(SAMPLE_BYTES[:start] + insert + SAMPLE_BYTES[start + cut :])


@FUZZ
@given(
    start=st.integers(0, len(SAMPLE_TEXT)),
    cut=st.integers(0, 20),
    insert=st.lists(TRICKY, max_size=6).map("".join),
)
def test_text_edits(start: int, cut: int, insert: str) -> None:
    _loads_or_kit_error(SAMPLE_TEXT[:start] + insert + SAMPLE_TEXT[start + cut :])


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["ru", "kk", "en", "osce", "kurmanov", "2010-05-06", "{date}", "{nope}"]),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


ALL_PATHS = _paths(SAMPLE_DATA)


@FUZZ
@given(
    path=st.sampled_from(ALL_PATHS[1:]),
    action=st.sampled_from(["replace", "delete", "add", "duplicate"]),
    value=JSON_VALUES,
    key=st.text(max_size=10),
)
def test_structural_edits(path: tuple[Any, ...], action: str, value: Any, key: str) -> None:
    data = copy.deepcopy(SAMPLE_DATA)
    parent = data
    for item in path[:-1]:
        parent = parent[item]
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent, dict):
        parent[key] = value
    elif action == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[last]))
    else:
        parent[last] = value
    _loads_or_kit_error(json.dumps(data, ensure_ascii=bool(len(key) % 2), indent=1))

"""The kit format README stays in step with the code it documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.domain.kit import Kit
from desktop.domain.placeholders import PLACEHOLDERS
from desktop.services.kits import KitError, parse_kit

KITS = Path(__file__).parents[2] / "resources" / "kits"
README = (KITS / "README.md").read_text(encoding="utf-8")


def test_placeholder_table_matches_the_code() -> None:
    block = re.search(r"<!-- placeholders:.*?-->\n(.*?)<!-- /placeholders -->", README, re.S)
    assert block is not None
    expected = "| Placeholder | Replaced by |\n| --- | --- |\n" + "".join(
        f"| `{{{name}}}` | {text} |\n" for name, text in PLACEHOLDERS.items()
    )
    assert block.group(1) == expected


def test_every_top_level_field_is_documented() -> None:
    for name in Kit.model_fields:
        assert f"`{name}`" in README, name


def test_the_error_examples_are_what_the_loader_says() -> None:
    sample = (KITS / "almaty-2010.kit.json").read_text(encoding="utf-8")
    edits = [('"general-prosecutor",\n', '"nobody",\n'), ("{case.people}", "{case.persons}")]
    for old, new in edits:
        with pytest.raises(KitError) as caught:
            parse_kit(sample.replace(old, new, 1), "my.kit.json")
        assert str(caught.value) in README

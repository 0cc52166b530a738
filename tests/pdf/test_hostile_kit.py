"""A hostile kit file: markup typed into any of its text fields prints literally, never as markup.

Every string in the sample kit that the loader accepts hostile text in gets it appended; the
whole kit then goes through the delivery packs (every recipient, every language, combined),
the letter preview and the blank sheets. No image, link, embedded file or script may appear,
and the markup must be printed as the characters it is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.kit import Kit
from desktop.pdf import BlankSheetsJob, ExportJob, blank_sheets, export_pack, render_letter_pdf
from desktop.services.kit_errors import KitError
from desktop.services.kits import parse_kit
from tests.pdf.conftest import pdf_texts, unsafe_objects

MARKUP = '<img src="/etc/passwd"/> <a href="http://x">x</a> 0.1 <A & <b>'
BIDI = "\u202eevil\u202c"


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _leaves(v, (*path, k))]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _leaves(v, (*path, i))]
    return [path] if isinstance(node, str) else []


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


def _set(node: Any, path: tuple[Any, ...], value: str) -> None:
    _get(node, path[:-1])[path[-1]] = value


def _hostile_kit(sample_kit_path: Path, extra: str) -> tuple[Kit, int]:
    """The sample kit with ``extra`` appended to every string the loader lets it into."""
    data = json.loads(sample_kit_path.read_text(encoding="utf-8"))
    taken = 0
    for path in _leaves(data):
        before = _get(data, path)
        _set(data, path, f"{before} {extra}")
        try:
            parse_kit(json.dumps(data, ensure_ascii=False))
        except KitError:
            _set(data, path, before)  # an id, a language code, a date, a rejected character
        else:
            taken += 1
    return parse_kit(json.dumps(data, ensure_ascii=False)), taken


@pytest.fixture(scope="module")
def markup_kit(sample_kit_path: Path) -> Kit:
    kit, taken = _hostile_kit(sample_kit_path, MARKUP)
    assert taken >= 50  # titles, names, addresses, salutations, letters, statements, consent...
    return kit


@pytest.fixture(scope="module")
def sample_kit_path() -> Path:
    from desktop.paths import sample_kit_path

    return sample_kit_path()


def _flat(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_pack_of_a_hostile_kit_prints_markup_literally(
    markup_kit: Kit, lang: str, tmp_path: Path
) -> None:
    case = markup_kit.cases[0]
    out = tmp_path / "all.pdf"
    job = ExportJob(
        kit=markup_kit,
        case_id=case.id,
        out=out,
        recipient_ids=tuple(r.id for r in markup_kit.recipients),
        lang=lang,  # type: ignore[arg-type]
        combined=True,
        invariant=True,
    )
    export_pack(job)
    data = out.read_bytes()
    assert unsafe_objects(data) == []
    text = _flat(pdf_texts(out))
    assert text.count(MARKUP) >= 10, text[:2000]
    for entity in ("<br/>", "&amp;", "&lt;"):  # escaped once, not twice
        assert entity not in text


def test_the_letter_preview_of_a_hostile_kit_prints_markup_literally(markup_kit: Kit) -> None:
    for case in markup_kit.cases:
        for recipient in markup_kit.recipients:
            for lang in ("ru", "kk", "en"):
                pdf = render_letter_pdf(markup_kit, case, recipient, lang)  # type: ignore[arg-type]
                assert unsafe_objects(pdf) == []
                text = _flat(pdf_texts(pdf))
                assert text.count(MARKUP) >= 3, (case.id, recipient.id, lang)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_blank_sheets_of_a_hostile_kit_print_markup_literally(
    markup_kit: Kit, lang: str, tmp_path: Path
) -> None:
    case = markup_kit.cases[0]
    job = BlankSheetsJob(kit=markup_kit, case_id=case.id, lang=lang, pages=2)  # type: ignore[arg-type]
    out = tmp_path / "sheets.pdf"
    blank_sheets(job, out)
    data = out.read_bytes()
    assert unsafe_objects(data) == []
    assert MARKUP in _flat(pdf_texts(out))


def test_bidi_overrides_in_a_kit_are_refused_or_dropped(
    sample_kit_path: Path, tmp_path: Path
) -> None:
    """A right-to-left override would make printed text read backwards: never printed."""
    kit, _ = _hostile_kit(sample_kit_path, BIDI)
    case = kit.cases[0]
    out = tmp_path / "bidi.pdf"
    export_pack(
        ExportJob(
            kit=kit,
            case_id=case.id,
            out=out,
            recipient_ids=tuple(r.id for r in kit.recipients),
            combined=True,
        )
    )
    sheets = blank_sheets(BlankSheetsJob(kit=kit, case_id=case.id, lang="ru", pages=1))
    assert isinstance(sheets, bytes)
    for texts in (pdf_texts(out), pdf_texts(sheets)):
        assert "\u202e" not in "".join(texts)


def test_a_killed_exports_leftover_is_removed_by_the_next(markup_kit: Kit, tmp_path: Path) -> None:
    """A power cut mid-export leaves a hidden partial PDF full of names: the next one clears it."""
    import os
    import time

    out = tmp_path / "pack.pdf"
    stale = tmp_path / ".pack.pdf.abc123.part"
    fresh = tmp_path / ".pack.pdf.def456.part"  # another export writing right now
    other = tmp_path / ".other.pdf.abc123.part"
    for leftover in (stale, fresh, other):
        leftover.write_bytes(b"%PDF- names")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    job = BlankSheetsJob(kit=markup_kit, case_id=markup_kit.cases[0].id, lang="en", pages=1)
    blank_sheets(job, out)
    assert out.exists()
    assert not stale.exists()
    assert fresh.exists()
    assert other.exists()  # only leftovers of the same file name

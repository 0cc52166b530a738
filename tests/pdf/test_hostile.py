"""Hostile text from signers and kits prints literally: no crash, no image, no link, no file."""

from __future__ import annotations

import dataclasses
import html
import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.pdf import ExportJob, escape_markup, export_pack, plan_packs, render_letter_pdf
from desktop.pdf.escaping import clean_text
from desktop.pdf.styles import stylesheet
from tests.pdf.conftest import HOSTILE_NAMES, make_signature, pdf_texts, unsafe_objects


def _export(
    kit: Kit,
    case: Case,
    out: Path,
    names: tuple[str, ...],
    *,
    kit_text: bool = False,
    **extra: object,
) -> list[str]:
    sigs = [
        make_signature(case, i + 1, name, validated=False, organisation=name, town=name[:200])
        for i, name in enumerate(names)
    ]
    job = ExportJob(
        kit=kit,
        case_id=case.id,
        out=out,
        recipient_ids=("court",),
        signatures=tuple(sigs),
        lang="en",
        invariant=True,
        **extra,  # type: ignore[arg-type]
    )
    export_pack(job)
    data = out.read_bytes()
    assert unsafe_objects(data) == []
    if not kit_text:  # a kit's case title is the PDF's title: there it is plain text
        assert b"/etc/passwd" not in data
    return pdf_texts(out)


def test_hostile_names_print_literally(kit: Kit, case: Case, out_dir: Path) -> None:
    texts = _export(kit, case, out_dir / "hostile.pdf", HOSTILE_NAMES)
    text = "\n".join(texts)
    for literal in ('<img src="/etc/passwd">', '<a href="http://x">x</a>', "0.1 <A", "a & b"):
        assert literal in text
    assert "&amp; &lt;b&gt;" in text  # an entity typed by a signer stays an entity, as typed
    assert "evil name" in text  # printed, without the right-to-left override
    assert "\u202e" not in text
    assert "ЖЖЖЖЖЖЖЖЖЖ" in text  # the 300-character name is cut to its cell, not dropped
    assert "Emoji" in text


def test_hostile_text_in_the_kit_prints_literally(kit: Kit, case: Case, out_dir: Path) -> None:
    nasty = '<img src="/etc/passwd"/> <a href="http://x">x</a> 0.1 <A & <b>'
    hostile_case = case.model_copy(
        update={
            "title": {"en": nasty},
            "summary": {"en": nasty},
            "demands": ({"en": nasty},),
        }
    )
    recipient = kit.recipient("court").model_copy(
        update={"address_lines": (nasty,), "salutation": {"en": nasty}}
    )
    hostile_kit = kit.model_copy(
        update={"cases": (hostile_case,), "recipients": (recipient, *kit.recipients[1:])}
    )
    texts = _export(hostile_kit, hostile_case, out_dir / "kit.pdf", ("Plain Name",), kit_text=True)
    assert sum(nasty in " ".join(t.split()) for t in texts) >= 3
    preview = render_letter_pdf(hostile_kit, hostile_case, recipient, "en")
    assert unsafe_objects(preview) == []
    assert nasty in " ".join(pdf_texts(preview)[0].split())


def test_hostile_names_on_landscape_letter_paper(kit: Kit, case: Case, out_dir: Path) -> None:
    texts = _export(kit, case, out_dir / "l.pdf", HOSTILE_NAMES, paper="letter", landscape=True)
    assert "0.1 <A" in "\n".join(texts)


def test_combined_outline_titles_are_plain_text(kit: Kit, case: Case, out_dir: Path) -> None:
    court = kit.recipient("court").model_copy(update={"name": {"en": "<b>Court</b> & (x)"}})
    kit2 = kit.model_copy(update={"recipients": (court, *kit.recipients[1:])})
    job = ExportJob(
        kit=kit2,
        case_id=case.id,
        out=out_dir / "c.pdf",
        combined=True,
        lang="en",
        signatures=(make_signature(case, 1, "A B"),),
    )
    [(_, packs)] = plan_packs(job)
    assert len(packs) == 2
    export_pack(job)
    from pypdf import PdfReader

    assert PdfReader(job.out).outline[0].title == "<b>Court</b> & (x)"
    assert dataclasses.is_dataclass(job)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_escaped_text_is_literal_and_never_breaks_a_paragraph(text: str) -> None:
    escaped = escape_markup(text)
    assert html.unescape(escaped.replace("<br/>", "\n")) == clean_text(text)
    assert "<" not in escaped.replace("<br/>", "")
    para = Paragraph(escaped, stylesheet().body)
    para.wrap(300, 1000)
    canvas = Canvas(io.BytesIO())
    para.drawOn(canvas, 0, 0)

"""The flowing parts of a pack: cover letter, petition, totals, copies and receipt.

Every string from a kit or a signer enters markup through :func:`para`, which escapes it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.domain.case import Case, PetitionStatement, short_fingerprint
from desktop.domain.kit import Kit
from desktop.domain.letter import LetterTemplate
from desktop.domain.placeholders import format_date, format_number, placeholders_in, render_letter
from desktop.domain.recipient import Recipient
from desktop.domain.signature import PaperTally
from desktop.domain.text import Lang, pick
from desktop.pdf import fonts
from desktop.pdf.digest import Row
from desktop.pdf.escaping import escape_markup
from desktop.pdf.flowables import QRFlowable, Rule
from desktop.pdf.labels import label
from desktop.pdf.styles import stylesheet

# Every table names its font, or reportlab would reference (unembedded) Helvetica.
_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.SANS)

_STATUS: dict[str, dict[Lang, str]] = {
    "detained": {"ru": "под стражей", "kk": "қамауда", "en": "detained"},
    "charged": {"ru": "обвиняется", "kk": "айыпталуда", "en": "charged"},
    "sentenced": {"ru": "осуждён(а)", "kk": "сотталған", "en": "sentenced"},
    "at_risk": {"ru": "под угрозой", "kk": "қауіп төнген", "en": "at risk"},
    "released": {"ru": "освобождён(а)", "kk": "босатылған", "en": "released"},
}


def para(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A Paragraph of user text, escaped (optionally set in bold)."""
    markup = escape_markup(text)
    if bold:
        markup = f"<b>{markup}</b>"
    return Paragraph(markup, style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Free text as paragraphs: a blank line starts a new one, a newline breaks the line."""
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return [para(b, style) for b in blocks if b.strip()]


# -- cover letter ----------------------------------------------------------------------------


def letter_flowables(
    kit: Kit,
    case: Case,
    recipient: Recipient,
    lang: Lang,
    width: float,
    *,
    template: LetterTemplate | None = None,
    signature_count: int = 0,
    today: dt.date | None = None,
) -> list[Flowable]:
    """The cover letter: sender, address, place and date, reference, subject, text, signature."""
    st = stylesheet()
    letter = render_letter(
        kit, case, recipient, lang, template, signature_count=signature_count, today=today
    )
    org = kit.organisation
    if letter.sender_block.strip():
        sender: list[Flowable] = paragraphs(letter.sender_block, st.small)
    else:
        sender = [para(pick(org.name, lang), st.small, bold=True)]
        sender += [
            para(line, st.small) for line in (*org.address_lines, org.email, org.website) if line
        ]
    address = [para(line, st.address) for line in letter.address_block]
    head = Table(
        [[sender, address]],
        colWidths=[width * 0.42, width * 0.58],
        style=TableStyle(
            [
                _FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 12),
                ("LEFTPADDING", (1, 0), (1, 0), 24),
            ]
        ),
    )
    story: list[Flowable] = [head, Spacer(1, 10 * mm), para(letter.date_line, st.letter_right)]
    if case.reference:
        story.append(para(f"{label('reference', lang)} {case.reference}", st.small))
    if letter.subject:
        story.append(para(f"{label('subject', lang)}: {letter.subject}", st.letter, bold=True))
    story.append(Spacer(1, 3 * mm))
    body_template = (template or case.letters.get(lang) or LetterTemplate(lang=lang)).body
    salutation = pick(recipient.salutation, lang)
    if salutation and "recipient.salutation" not in placeholders_in(body_template):
        story.append(para(salutation, st.letter))
    story += paragraphs(letter.body, st.letter)
    story += paragraphs(letter.closing, st.letter)
    story.append(Rule(60 * mm, 28))
    signatory = pick(org.signatory, lang)
    if signatory:
        story.append(para(signatory, st.letter))
    story.append(para(pick(org.name, lang), st.small))
    return story


# -- the petition ----------------------------------------------------------------------------


def petition_flowables(
    case: Case, lang: Lang, statements: Sequence[PetitionStatement]
) -> list[Flowable]:
    """The case in brief and the exact statement(s) the signers endorsed."""
    st = stylesheet()
    story: list[Flowable] = [para(f"{label('petition', lang)}: {pick(case.title, lang)}", st.title)]
    if case.reference:
        story.append(para(f"{label('reference', lang)} {case.reference}", st.small))
    story.append(para(label("people", lang), st.heading))
    for person in case.people:
        role = pick(person.role, lang)
        status = _STATUS[person.status][lang]
        text = pick(person.name, lang)
        details = ", ".join(p for p in (role, status) if p)
        story.append(para(f"• {text} ({details})" if details else f"• {text}", st.body))
    summary = pick(case.summary, lang)
    if summary:
        story.append(para(label("facts", lang), st.heading))
        story += paragraphs(summary, st.body)
    if case.timeline:
        story.append(para(label("timeline", lang), st.heading))
        for event in sorted(case.timeline, key=lambda e: e.date):
            story.append(
                Paragraph(
                    f"<b>{escape_markup(format_date(event.date, lang))}</b> — "
                    f"{escape_markup(pick(event.text, lang))}",
                    st.body,
                )
            )
    if case.charges:
        story.append(para(label("charges", lang), st.heading))
        story += [para(f"• {pick(c, lang)}", st.body) for c in case.charges]
    story.append(para(label("demands", lang), st.heading))
    story += [para(f"{i}. {pick(d, lang)}", st.body) for i, d in enumerate(case.demands, 1)]
    if case.deadline:
        story.append(
            para(f"{label('deadline', lang)}: {format_date(case.deadline, lang)}", st.body)
        )
    for statement in statements:
        story.append(para(f"{label('statement', lang)} ({statement.lang.upper()})", st.heading))
        story += paragraphs(statement.text, st.statement)
        story.append(
            para(
                f"{label('fingerprint', lang)}: {short_fingerprint(statement.fingerprint)}\n"
                f"{statement.fingerprint}",
                st.small,
            )
        )
    if case.sources:
        story.append(para(label("sources", lang), st.heading))
        for source in case.sources:
            line = f"{source.title} — {source.url}" if source.url else source.title
            story.append(para(line, st.small))
    return story


# -- totals, copies, receipt -----------------------------------------------------------------

_TABLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.6)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (-3, 1), (-1, -1), "RIGHT"),
    ]
)


def totals_flowables(
    lang: Lang,
    rows: Sequence[Row],
    tallies: Sequence[PaperTally],
    root_code: str | None,
    width: float,
) -> list[Flowable]:
    """Digital and paper counts, by country and town, and the root digest."""
    st = stylesheet()
    digital = len(rows)
    paper = sum(t.count for t in tallies)

    def n(value: int) -> str:
        return format_number(value, lang)

    story: list[Flowable] = [para(label("totals", lang), st.title)]
    summary = Table(
        [
            [para(label("digital", lang), st.cell), para(n(digital), st.cell)],
            [para(label("paper", lang), st.cell), para(n(paper), st.cell)],
            [para(label("total", lang), st.cell_bold), para(n(digital + paper), st.cell_bold)],
        ],
        colWidths=[width * 0.5, width * 0.2],
        hAlign="LEFT",
        style=TableStyle(
            [
                _FONT,
                ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.6)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        ),
    )
    story += [summary, Spacer(1, 6 * mm)]
    if not digital:
        story.append(para(label("no_signatures", lang), st.body))
    by_digital: Counter[tuple[str, str]] = Counter((s.country, s.town) for s in rows)
    by_paper: Counter[tuple[str, str]] = Counter()
    for tally in tallies:
        by_paper[(tally.country, tally.town)] += tally.count
    places = sorted(
        set(by_digital) | set(by_paper), key=lambda p: (p[0].casefold(), p[1].casefold())
    )
    if places:
        story.append(para(label("by_place", lang), st.heading))
        missing = label("not_given", lang)
        data: list[list[object]] = [
            [
                para(label(k, lang), st.cell_head)
                for k in ("country", "town", "col_digital", "col_paper", "total")
            ]
        ]
        for country, town in places:
            d = by_digital[(country, town)]
            p = by_paper[(country, town)]
            data.append(
                [
                    para(country or missing, st.cell),
                    para(town or missing, st.cell),
                    n(d),
                    n(p),
                    n(d + p),
                ]
            )
        story.append(
            Table(
                data,
                colWidths=[width * 0.22, width * 0.30, width * 0.16, width * 0.16, width * 0.16],
                repeatRows=1,
                style=_TABLE,
            )
        )
    if root_code is not None:
        story += [
            para(label("root_digest", lang), st.heading),
            para(root_code, st.mono),
            Spacer(1, 3 * mm),
            QRFlowable(root_code, 34 * mm),
            Spacer(1, 2 * mm),
            para(label("digest_note", lang), st.small),
        ]
    return story


def copies_flowables(lang: Lang, copies: Sequence[Recipient]) -> list[Flowable]:
    """The "copies to" list: every ``copy`` recipient with organisation and address."""
    st = stylesheet()
    story: list[Flowable] = [para(label("copies_to", lang), st.heading)]
    if not copies:
        story.append(para(label("no_copies", lang), st.body))
    for recipient in copies:
        lines = [
            pick(recipient.name, lang),
            pick(recipient.position, lang),
            pick(recipient.organisation, lang),
            *recipient.address_lines,
        ]
        story.append(para("\n".join(line for line in lines if line), st.body))
        story.append(Spacer(1, 2 * mm))
    return story


def receipt_flowables(
    langs: Sequence[Lang],
    sender: dict[Lang, str],
    case_title: dict[Lang, str],
    pages: int,
    count: int,
    width: float,
) -> list[Flowable]:
    """A page for the official to fill and stamp, in each of ``langs``."""
    st = stylesheet()
    story: list[Flowable] = []
    for index, lang in enumerate(langs):
        if index:
            story.append(Spacer(1, 8 * mm))
        story.append(para(label("receipt", lang), st.title))
        story.append(
            para(
                label(
                    "receipt_intro",
                    lang,
                    sender=pick(sender, lang),
                    case=pick(case_title, lang),
                    pages=format_number(pages, lang),
                    count=format_number(count, lang),
                ),
                st.body,
            )
        )
        fields = [
            label(k, lang)
            for k in ("received_by", "position", "date_time", "incoming_no", "col_signature")
        ]
        rows: list[list[object]] = [[para(f, st.cell), ""] for f in fields]
        form = Table(
            rows,
            colWidths=[width * 0.3, width * 0.35],
            rowHeights=[22] * len(rows),
            style=TableStyle(
                [
                    _FONT,
                    ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            ),
        )
        stamp = Table(
            [[para(label("stamp", lang), st.small)]],
            colWidths=[width * 0.3],
            rowHeights=[len(rows) * 22],
            style=TableStyle(
                [
                    _FONT,
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.Color(0.4, 0.4, 0.4)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            ),
        )
        story.append(
            Table(
                [[form, stamp]],
                colWidths=[width * 0.67, width * 0.33],
                style=TableStyle(
                    [
                        _FONT,
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ]
                ),
            )
        )
        story.append(Spacer(1, 3 * mm))
        story.append(para(label("receipt_keep", lang), st.small))
    return story

"""Letter placeholders: the documented set, template checking and safe rendering.

Rendering is plain substitution from a dict of precomputed strings: a template can never run
code or reach an attribute. ``{{`` and ``}}`` print literal braces.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.domain.letter import LetterTemplate
from desktop.domain.recipient import Recipient
from desktop.domain.text import Lang, pick

PLACEHOLDERS: dict[str, str] = {
    "recipient.salutation": "How the letter greets the recipient, in the letter's language.",
    "recipient.name": "The recipient's name.",
    "recipient.position": "The recipient's position.",
    "recipient.organisation": "The recipient's organisation.",
    "case.title": "The case title.",
    "case.people": "The people concerned, with their roles.",
    "case.summary": "The case summary.",
    "case.charges": "The charges, one per line.",
    "case.demands": "The demands, one per line.",
    "case.reference": "The case reference, e.g. UA 12/10.",
    "case.deadline": "The deadline, as a date in the letter's language.",
    "signature_count": "How many people have signed, as a number in the letter's language.",
    "date": "Today's date in the letter's language.",
    "place": "The town printed beside the date.",
    "organisation.name": "The sending organisation.",
    "organisation.signatory": "Who signs the letter.",
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True)
class TemplateProblem:
    """One problem in a template: what, in which field, at which line and column (1-based)."""

    field: str
    line: int
    column: int
    message: str
    placeholder: str = ""

    def __str__(self) -> str:
        where = f"{self.field}, " if self.field else ""
        return f"{where}line {self.line}, column {self.column}: {self.message}"


class TemplateError(ValueError):
    """A template holds unknown placeholders or stray braces."""

    def __init__(self, problems: list[TemplateProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def find_problems(text: str, field: str = "") -> list[TemplateProblem]:
    """Every unknown placeholder or stray brace in ``text``, located."""
    problems = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ("{{", "}}"):
            continue
        line, column = _position(text, match.start())
        name = match.group(1)
        if name is None:
            problems.append(
                TemplateProblem(
                    field, line, column, f"stray {token!r}; write {token * 2} for a brace"
                )
            )
        elif name.strip() not in PLACEHOLDERS:
            problems.append(
                TemplateProblem(field, line, column, f"unknown placeholder {{{name}}}", name)
            )
    return problems


def check_template(template: LetterTemplate) -> None:
    """Raise :class:`TemplateError` if any field of ``template`` has a problem."""
    problems: list[TemplateProblem] = []
    for name, text in template.fields().items():
        problems.extend(find_problems(text, name))
    if problems:
        raise TemplateError(problems)


def placeholders_in(text: str) -> list[str]:
    """The known placeholder names used in ``text``, in order."""
    return [
        m.group(1).strip()
        for m in _TOKEN.finditer(text)
        if m.group(1) is not None and m.group(1).strip() in PLACEHOLDERS
    ]


def render(text: str, values: Mapping[str, str]) -> str:
    """Substitute ``values`` into ``text``. Unknown names are left as written."""

    def replace(match: re.Match[str]) -> str:
        token = match.group()
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        if name is None:
            return token
        return values.get(name.strip(), token)

    return _TOKEN.sub(replace, text)


_MONTHS: dict[str, tuple[str, ...]] = {
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "kk": (
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def format_date(day: dt.date, lang: Lang) -> str:
    """A date as a letter in ``lang`` writes it: '4 мая 2010 г.', '4 May 2010'."""
    month = _MONTHS[lang][day.month - 1]
    if lang == "ru":
        return f"{day.day} {month} {day.year} г."
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {month}"
    return f"{day.day} {month} {day.year}"


def format_number(value: int, lang: Lang) -> str:
    """An integer with the thousands separator of ``lang``."""
    text = f"{value:,}"
    return text if lang == "en" else text.replace(",", "\u00a0")


def letter_values(
    kit: Kit,
    case: Case,
    recipient: Recipient,
    lang: Lang,
    *,
    signature_count: int = 0,
    today: dt.date | None = None,
) -> dict[str, str]:
    """The value of every placeholder for one letter."""
    day = today or dt.date.today()
    people = []
    for person in case.people:
        name = pick(person.name, lang)
        role = pick(person.role, lang)
        people.append(f"{name} ({role})" if role else name)
    return {
        "recipient.salutation": pick(recipient.salutation, lang),
        "recipient.name": pick(recipient.name, lang),
        "recipient.position": pick(recipient.position, lang),
        "recipient.organisation": pick(recipient.organisation, lang),
        "case.title": pick(case.title, lang),
        "case.people": ", ".join(people),
        "case.summary": pick(case.summary, lang),
        "case.charges": "\n".join(f"– {pick(c, lang)}" for c in case.charges),
        "case.demands": "\n".join(f"– {pick(d, lang)}" for d in case.demands),
        "case.reference": case.reference,
        "case.deadline": format_date(case.deadline, lang) if case.deadline else "",
        "signature_count": format_number(signature_count, lang),
        "date": format_date(day, lang),
        "place": pick(kit.organisation.place, lang),
        "organisation.name": pick(kit.organisation.name, lang),
        "organisation.signatory": pick(kit.organisation.signatory, lang),
    }


@dataclass(frozen=True)
class RenderedLetter:
    """A letter with every placeholder filled, ready to print or show."""

    lang: Lang
    recipient_id: str
    case_id: str
    subject: str
    body: str
    closing: str
    sender_block: str
    date_line: str
    address_block: tuple[str, ...]

    def as_text(self) -> str:
        """The letter as plain text, as ``protest-kit letter`` prints it."""
        parts = ["\n".join(self.address_block), self.date_line]
        if self.subject:
            parts.append(self.subject)
        parts.extend([self.body, self.closing, self.sender_block])
        return "\n\n".join(p.strip("\n") for p in parts if p.strip()) + "\n"


def render_letter(
    kit: Kit,
    case: Case,
    recipient: Recipient,
    lang: Lang,
    template: LetterTemplate | None = None,
    *,
    signature_count: int = 0,
    today: dt.date | None = None,
) -> RenderedLetter:
    """Fill the case's letter in ``lang`` (or ``template``) for ``recipient``."""
    if template is None:
        template = case.letters.get(lang) or LetterTemplate(lang=lang)
    values = letter_values(kit, case, recipient, lang, signature_count=signature_count, today=today)
    address = [
        values["recipient.position"],
        values["recipient.name"],
        values["recipient.organisation"],
        *recipient.address_lines,
    ]
    place = values["place"]
    date_line = f"{place}, {values['date']}" if place else values["date"]
    return RenderedLetter(
        lang=lang,
        recipient_id=recipient.id,
        case_id=case.id,
        subject=render(template.subject, values),
        body=render(template.body, values),
        closing=render(template.closing, values),
        sender_block=render(template.sender_block, values),
        date_line=date_line,
        address_block=tuple(line for line in address if line),
    )

"""Problems to name before printing: what is missing, for whom. The caller decides."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from desktop.domain.case import Case
from desktop.domain.kit import Kit
from desktop.domain.letter import LetterTemplate
from desktop.domain.placeholders import find_problems, render_letter
from desktop.domain.recipient import Recipient
from desktop.domain.signature import Signature
from desktop.domain.text import Lang, pick

ProblemCode = Literal[
    "no_statement",
    "no_recipients",
    "no_address",
    "no_salutation",
    "empty_letter",
    "template",
    "unknown_statement",
]


@dataclass(frozen=True)
class Problem:
    """One thing missing or wrong, with the recipient it concerns (if any)."""

    code: ProblemCode
    message: str
    recipient_id: str | None = None
    lang: Lang | None = None

    def __str__(self) -> str:
        return self.message


def preflight(
    kit: Kit,
    case: Case,
    recipients: Sequence[Recipient],
    lang: Lang | None = None,
    *,
    langs: Mapping[str, Lang] | None = None,
    signatures: Iterable[Signature] = (),
) -> list[Problem]:
    """Every problem the packs for ``recipients`` would print with, in reading order.

    The letter language of a recipient is ``langs[id]``, else ``lang``, else its own.
    Signatures endorsing a statement text the case no longer holds are counted too: they are
    left out of the signature pages.
    """
    problems: list[Problem] = []
    title = pick(case.title, "en") or case.id
    if not case.statements:
        problems.append(
            Problem("no_statement", f"case {title!r} has no petition statement for people to sign")
        )
    if not recipients:
        problems.append(Problem("no_recipients", f"no recipients are chosen for case {title!r}"))
    chosen = langs or {}
    for recipient in recipients:
        rlang: Lang = chosen.get(recipient.id) or lang or recipient.language
        who = pick(recipient.name, rlang) or recipient.id
        if not recipient.address_lines:
            problems.append(Problem("no_address", f"{who}: no postal address", recipient.id, rlang))
        if not recipient.salutation.get(rlang):
            problems.append(
                Problem(
                    "no_salutation",
                    f"{who}: no salutation in {rlang.upper()}",
                    recipient.id,
                    rlang,
                )
            )
        template = case.letters.get(rlang) or LetterTemplate(lang=rlang)
        for name, text in template.fields().items():
            for problem in find_problems(text, name):
                problems.append(
                    Problem(
                        "template",
                        f"{who}: letter ({rlang.upper()}) {problem}",
                        recipient.id,
                        rlang,
                    )
                )
        letter = render_letter(kit, case, recipient, rlang, template)
        if not letter.body.strip():
            problems.append(
                Problem(
                    "empty_letter",
                    f"{who}: the letter in {rlang.upper()} has no text",
                    recipient.id,
                    rlang,
                )
            )
    known = {s.fingerprint for s in case.statements.values()}
    stale = sum(
        1 for s in signatures if s.case_id == case.id and s.statement_fingerprint not in known
    )
    if stale:
        problems.append(
            Problem(
                "unknown_statement",
                f"{stale} signature(s) endorse a statement text this case no longer holds; "
                "they are left out of the signature pages",
            )
        )
    return problems

"""What one signer entered, the rules it must pass, and the ``Signature`` it becomes.

No Qt here: the form hands over a ``FormInput``; ``validate`` names each problem by field
with a key of the station's string table (see ``strings.py``), so messages follow the
signer's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import ValidationError

from desktop.domain.case import Case, statement_fingerprint
from desktop.domain.form import SignatureFormSettings
from desktop.domain.signature import Drawing, Signature, name_problem
from desktop.domain.text import Lang, pick

FIELDS = ("full_name", "town", "country", "organisation", "contact", "drawing", "consent")
"""The form's fields, in the order the signer meets them (the first error gets focus)."""


@dataclass(frozen=True)
class FormInput:
    """Everything on the form at the moment Submit is pressed."""

    full_name: str = ""
    town: str = ""
    country: str = ""
    organisation: str = ""
    contact: str = ""
    contact_consent: bool = False
    anonymous: bool = False
    consent: bool = False
    drawing: Drawing | None = None


@dataclass(frozen=True)
class Statement:
    """The text a signer reads, and the fingerprint their signature is bound to."""

    lang: Lang
    text: str

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the canonical statement (see ``desktop.domain.case``)."""
        return statement_fingerprint(self.lang, self.text)


def statement_for(case: Case, lang: Lang) -> Statement:
    """The petition statement shown in ``lang``; the case's demands when it has none."""
    found = case.statement(lang)
    if found is not None:
        return Statement(found.lang, found.text)
    demands = [pick(demand, lang) for demand in case.demands]
    return Statement(lang, "\n\n".join(d for d in demands if d))


_NAME_ERRORS = {"empty": "err_name_empty", "url": "err_name_url", "formula": "err_name_formula"}


def validate(data: FormInput, settings: SignatureFormSettings) -> dict[str, str]:
    """Field -> string key of the message explaining what to fix; empty when all is well."""
    errors: dict[str, str] = {}
    problem = name_problem(data.full_name)
    if problem is not None:
        errors["full_name"] = _NAME_ERRORS[problem]
    if data.contact.strip() and not data.contact_consent:
        errors["contact"] = "err_contact_consent"
    if settings.require_drawing:
        if data.drawing is None or not data.drawing.strokes:
            errors["drawing"] = "err_drawing_missing"
        elif not data.drawing.is_meaningful():
            errors["drawing"] = "err_drawing_tiny"
    if not data.consent:
        errors["consent"] = "err_consent"
    return errors


def build_signature(
    data: FormInput,
    *,
    case_id: str,
    statement: Statement,
    lang: Lang,
    settings: SignatureFormSettings,
    now: dt.datetime | None = None,
) -> Signature | dict[str, str]:
    """The ``Signature`` for a validated form, or field -> message key if a value is unusable.

    A drawing that is not a meaningful signature is dropped when the kit does not require
    one (a stray tap is not worth sealing).
    """
    drawing = data.drawing
    if drawing is not None and not drawing.is_meaningful():
        drawing = None
    contact = data.contact.strip() if data.contact_consent else ""
    try:
        return Signature(
            case_id=case_id,
            full_name=data.full_name,
            town=data.town,
            country=data.country,
            organisation=data.organisation,
            contact=contact,
            contact_consent=bool(contact) and data.contact_consent,
            anonymous=data.anonymous,
            lang=lang,
            statement_fingerprint=statement.fingerprint,
            consent_version=settings.consent_version,
            signed_at=now or dt.datetime.now(dt.UTC),
            source="station",
            drawing=drawing,
        )
    except ValidationError as error:
        # Messages from pydantic would echo the signer's text; only the field is used.
        errors: dict[str, str] = {}
        for item in error.errors():
            field = str(item["loc"][0]) if item["loc"] else "full_name"
            errors[field if field in FIELDS else "full_name"] = "err_bad_chars"
        return errors

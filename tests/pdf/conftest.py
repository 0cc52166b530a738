"""Fixtures for the PDF tests: a small kit built in code, synthetic and hostile signatures."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from desktop.domain.case import Case, Person, PetitionStatement, TimelineEvent
from desktop.domain.kit import Kit, Organisation
from desktop.domain.letter import LetterTemplate
from desktop.domain.recipient import Recipient
from desktop.domain.signature import Drawing, PaperTally, Signature

STATEMENT_RU = (
    "Мы, нижеподписавшиеся, требуем немедленно освободить журналиста Айнура Курманова "
    "и прекратить преследование участников движения «Казахстан 2012»."
)
STATEMENT_EN = (
    "We, the undersigned, demand the immediate release of journalist Ainur Kurmanov and an "
    "end to the persecution of the leaders of the Kazakhstan 2012 movement."
)
STATEMENT_KK = "Біз, төменде қол қойғандар, журналист Айнұр Құрмановты дереу босатуды талап етеміз."


def make_kit() -> Kit:
    """A small kit like the Almaty 2010 one."""
    statements = {
        "ru": PetitionStatement(lang="ru", text=STATEMENT_RU),
        "en": PetitionStatement(lang="en", text=STATEMENT_EN),
        "kk": PetitionStatement(lang="kk", text=STATEMENT_KK),
    }
    letters = {
        "ru": LetterTemplate(
            lang="ru",
            subject="Об освобождении {case.people}",
            body=(
                "{recipient.salutation}\n\nМы глубоко обеспокоены арестом журналиста Айнура "
                "Курманова, который присутствовал на акции протеста у Темірбанка.\n\n"
                "Мы требуем:\n{case.demands}\n\nПод этим письмом подписались "
                "{signature_count} человек."
            ),
            closing="С уважением,",
        ),
        "en": LetterTemplate(
            lang="en",
            subject="Release {case.people}",
            body=(
                "We are deeply concerned about the imprisonment of journalist Ainur Kurmanov.\n\n"
                "We demand:\n{case.demands}\n\n{signature_count} people have signed."
            ),
            closing="Yours sincerely,",
        ),
        "kk": LetterTemplate(
            lang="kk",
            subject="{case.title}",
            body="{recipient.salutation}\n\nБіз журналист Айнұр Құрмановтың қамалуына алаңдаймыз.",
            closing="Құрметпен,",
        ),
    }
    case = Case(
        id="kurmanov",
        title={
            "ru": "Свободу Айнуру Курманову",
            "en": "Free Ainur Kurmanov",
            "kk": "Айнұр Құрмановқа бостандық",
        },
        people=(
            Person(
                name={"ru": "Айнур Курманов", "en": "Ainur Kurmanov", "kk": "Айнұр Құрманов"},
                role={"ru": "журналист", "en": "journalist", "kk": "журналист"},
                status="sentenced",
            ),
        ),
        summary={
            "ru": "Айнур Курманов был задержан как журналист на акции у Темірбанка.",
            "en": "Ainur Kurmanov was detained while reporting on a protest at Temir Bank.",
            "kk": "Айнұр Құрманов Темірбанк алдындағы наразылықта ұсталды.",
        },
        timeline=(
            TimelineEvent(
                date=dt.date(2010, 5, 4),
                text={"ru": "Протесты вручены судье", "en": "Protests delivered to the judge"},
            ),
        ),
        charges=({"ru": "Участие в незаконном собрании", "en": "Illegal assembly"},),
        demands=(
            {
                "ru": "Освободить Айнура Курманова",
                "en": "Release Ainur Kurmanov",
                "kk": "Айнұр Құрмановты босату",
            },
            {
                "ru": "Снять все обвинения",
                "en": "Drop all charges",
                "kk": "Барлық айыпты алып тастау",
            },
        ),
        reference="UA 12/10",
        recipients=("court", "prosecutor", "osce"),
        letters=letters,
        statements=statements,
    )
    recipients = (
        Recipient(
            id="court",
            name={
                "ru": "Председателю Алматинского городского суда",
                "en": "Chair of the Almaty City Court",
            },
            position={"ru": "Председатель суда", "en": "Chair"},
            address_lines=("ул. Абая 1", "050000 Алматы", "Казахстан"),
            country="KZ",
            salutation={
                "ru": "Уважаемый господин председатель!",
                "en": "Dear Chair,",
                "kk": "Құрметті төраға!",
            },
            language="ru",
        ),
        Recipient(
            id="prosecutor",
            name={"kk": "Алматы қаласының прокуроры", "en": "Almaty City Prosecutor"},
            address_lines=("Абай даңғылы 2", "Алматы"),
            salutation={"kk": "Құрметті прокурор!", "en": "Dear Prosecutor,"},
            language="kk",
        ),
        Recipient(
            id="osce",
            name={"en": "OSCE Representative on Freedom of the Media"},
            address_lines=("Wallnerstrasse 6", "1010 Vienna", "Austria"),
            salutation={"en": "Dear Representative,"},
            language="en",
            role="copy",
        ),
    )
    return Kit(
        schema_version=1,
        id="almaty-test",
        title={"en": "Almaty 2010 test kit"},
        organisation=Organisation(
            name={
                "ru": "Комитет солидарности",
                "en": "Solidarity Committee",
                "kk": "Ынтымақтастық комитеті",
            },
            address_lines=("PO Box 12", "London"),
            email="committee@example.org",
            signatory={"ru": "Анна Смит", "en": "Anna Smith", "kk": "Анна Смит"},
            place={"ru": "Лондон", "en": "London", "kk": "Лондон"},
        ),
        cases=(case,),
        recipients=recipients,
    )


@pytest.fixture(scope="session")
def kit() -> Kit:
    """The test kit."""
    return make_kit()


@pytest.fixture(scope="session")
def case(kit: Kit) -> Case:
    """The test case."""
    return kit.cases[0]


KAZAKH_NAMES = ("Әсел Қожахметова", "Ұлжан Үсенова", "Һ", "Іңкәр")

HOSTILE_NAMES = (
    '<img src="/etc/passwd">',
    '<a href="http://x">x</a>',
    "0.1 <A",
    "&",
    "a & b",
    "&amp; &lt;b&gt;",
    "\u202eevil\u202c name",
    "Ж" * 300,
    "Emoji 😀🎉 name",
    "Zoe\u0308 Ame\u0301lie",
    "<para><font name='Courier'>x</font></para>",
)


def make_signature(
    case: Case, number: int, name: str, *, validated: bool = True, **extra: object
) -> Signature:
    """A signature for ``case`` with a small drawing; ``validated=False`` skips the model's
    checks (to feed the renderer data that never passed validation, like bidi overrides)."""
    fields: dict[str, object] = {
        "id": f"{number:032x}",
        "case_id": case.id,
        "full_name": name,
        "town": "Алматы",
        "country": "Қазақстан",
        "organisation": "",
        "statement_fingerprint": case.statements["ru"].fingerprint,
        "signed_at": dt.datetime(2010, 5, 4, 10, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=number),
        "drawing": Drawing(strokes=((10, 10, 200, 150, 400, 60, 600, 200), (650, 100, 900, 120))),
    }
    fields.update(extra)
    if validated:
        return Signature(**fields)  # type: ignore[arg-type]
    return Signature.model_construct(**fields)  # type: ignore[arg-type]


def synthetic(case: Case, count: int, seed: int = 7) -> list[Signature]:
    """``count`` synthetic signatures for ``case``."""
    from benchmarks._synthetic import signatures

    return list(signatures(count, case.id, case.statements["ru"].fingerprint, seed=seed))


@pytest.fixture
def tallies(case: Case) -> list[PaperTally]:
    """Two paper sheets counted at the picket."""
    at = dt.datetime(2010, 5, 4, 12, tzinfo=dt.UTC)
    return [
        PaperTally(
            sheet_id="S-001",
            case_id=case.id,
            count=18,
            country="Қазақстан",
            town="Алматы",
            recorded_at=at,
        ),
        PaperTally(
            sheet_id="S-002", case_id=case.id, count=7, country="UK", town="London", recorded_at=at
        ),
    ]


def tool(name: str) -> str:
    """Path of a poppler tool, or skip the test saying what to install."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils)")
    return path


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder for generated PDFs."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_texts(pdf: Path | bytes) -> list[str]:
    """The extracted text of every page."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return [page.extract_text() or "" for page in reader.pages]


def unsafe_objects(pdf: bytes) -> list[bytes]:
    """PDF names that would mean an image, a link, an embedded file or a script.

    reportlab writes its object dictionaries uncompressed, so looking at the bytes is enough.
    """
    import re

    names = (
        rb"/Subtype\s*/Image",
        rb"/XObject",
        rb"/URI",
        rb"/Link",
        rb"/Annots",
        rb"/EmbeddedFile",
        rb"/Launch",
        rb"/JavaScript",
    )
    return [name for name in names if re.search(name, pdf)]

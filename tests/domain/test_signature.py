"""Signatures: the drawn-signature format, name checks and the contact-consent rule."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from desktop.domain.signature import Drawing, Signature, name_problem

FP = "a" * 64


def test_drawing_counts_points_and_extent() -> None:
    drawing = Drawing(strokes=((10, 20, 30, 40, 50, 60), (100, 5, 110, 15)))
    assert drawing.point_count() == 5
    assert drawing.extent() == (10, 5, 110, 60)
    assert Drawing().extent() == (0, 0, 0, 0)


def test_drawing_rejects_odd_coordinates() -> None:
    with pytest.raises(ValidationError, match="stroke 2 has an odd number"):
        Drawing(strokes=((1, 2), (1, 2, 3)))


def test_drawing_pressure_needs_one_value_per_point() -> None:
    Drawing(strokes=((1, 2, 3, 4),), pressure=((10, 200),))
    with pytest.raises(ValidationError, match="one value per point"):
        Drawing(strokes=((1, 2, 3, 4),), pressure=((10,),))
    with pytest.raises(ValidationError, match="one list per stroke"):
        Drawing(strokes=((1, 2, 3, 4),), pressure=())


def test_drawing_has_a_point_budget() -> None:
    stroke = tuple(range(2 * 400))  # 400 points
    Drawing(strokes=(stroke,) * 50)  # 20000 points: the limit
    with pytest.raises(ValidationError, match="at most 20000"):
        Drawing(strokes=(stroke,) * 51)


def test_drawing_box_must_be_positive() -> None:
    with pytest.raises(ValidationError):
        Drawing(width=0)


def test_a_tap_is_not_a_signature() -> None:
    assert not Drawing().is_meaningful()
    assert not Drawing(strokes=((500, 150) * 10,)).is_meaningful()
    scrawl = Drawing(strokes=(tuple(v for x in range(0, 200, 20) for v in (x, 100 + x // 4)),))
    assert scrawl.is_meaningful()


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Айнур Курманов", None),
        ("Anna-Maria O'Neil", None),
        ("   ", "empty"),
        ('=HYPERLINK("x")', "formula"),
        ("+7 701 000", "formula"),
        ("@admin", "formula"),
        ("visit https://example.org", "url"),
        ("www.spam", "url"),
        ("buy cheap.com now", "url"),
    ],
)
def test_name_problem(name: str, problem: str | None) -> None:
    assert name_problem(name) == problem


def test_signature_keeps_contact_only_with_consent() -> None:
    now = dt.datetime(2010, 5, 4, 12, 0, tzinfo=dt.UTC)
    with pytest.raises(ValidationError, match="only with its own consent"):
        Signature(
            case_id="k", full_name="A B", statement_fingerprint=FP, signed_at=now, contact="a@b.kz"
        )
    sig = Signature(
        case_id="k",
        full_name="A B",
        statement_fingerprint=FP,
        signed_at=now,
        contact="a@b.kz",
        contact_consent=True,
    )
    assert sig.contact == "a@b.kz"


def test_signature_time_is_utc() -> None:
    almaty = dt.timezone(dt.timedelta(hours=6))
    sig = Signature(
        case_id="k",
        full_name="A B",
        statement_fingerprint=FP,
        signed_at=dt.datetime(2010, 5, 4, 18, 0, tzinfo=almaty),
    )
    assert sig.signed_at == dt.datetime(2010, 5, 4, 12, 0, tzinfo=dt.UTC)
    naive = Signature(
        case_id="k",
        full_name="A B",
        statement_fingerprint=FP,
        signed_at=dt.datetime(2010, 5, 4, 12, 0),
    )
    assert naive.signed_at.tzinfo is dt.UTC


def test_signature_rejects_bidi_tricks_in_the_name() -> None:
    now = dt.datetime(2010, 5, 4, tzinfo=dt.UTC)
    with pytest.raises(ValidationError, match="U\\+202E"):
        Signature(
            case_id="k", full_name="Ainur \u202eKurmanov", statement_fingerprint=FP, signed_at=now
        )

"""Placeholders: the documented set, template checking, safe rendering and letter rendering."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.case import Case, Person
from desktop.domain.kit import Kit, Organisation
from desktop.domain.letter import LetterTemplate
from desktop.domain.placeholders import (
    PLACEHOLDERS,
    TemplateError,
    check_template,
    find_problems,
    format_date,
    format_number,
    placeholders_in,
    render,
    render_letter,
)
from desktop.domain.recipient import Recipient

DAY = dt.date(2010, 5, 6)


def test_find_problems_names_unknown_placeholder_with_line_and_column() -> None:
    problems = find_problems("Dear {recipient.salutation},\n\nFree {case.persons} now", "body")
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.field, problem.line, problem.column) == ("body", 3, 6)
    assert problem.placeholder == "case.persons"
    assert "unknown placeholder {case.persons}" in problem.message
    assert str(problem).startswith("body, line 3, column 6:")


def test_find_problems_flags_stray_braces_but_not_doubled_ones() -> None:
    assert find_problems("a {{literal}} b") == []
    stray = find_problems("price } or {")
    assert [(p.line, p.column) for p in stray] == [(1, 7), (1, 12)]
    assert all("stray" in p.message for p in stray)


def test_every_documented_placeholder_is_accepted() -> None:
    text = " ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    assert find_problems(text) == []
    assert placeholders_in(text) == list(PLACEHOLDERS)


def test_attribute_and_format_tricks_are_unknown_placeholders() -> None:
    for sneaky in ("{case.__class__}", "{0}", "{case.title!r}", "{date:%Y}", "{__import__}"):
        assert find_problems(sneaky), sneaky


def test_check_template_raises_with_every_problem() -> None:
    template = LetterTemplate(lang="en", subject="{nope}", body="ok", closing="{also.nope}")
    with pytest.raises(TemplateError) as caught:
        check_template(template)
    assert [p.field for p in caught.value.problems] == ["subject", "closing"]
    check_template(LetterTemplate(lang="en", body="{date} {{x}}"))


def test_render_substitutes_and_unescapes_braces() -> None:
    values = {"date": "6 May 2010", "case.title": "T"}
    rendered = render("{date}: {{case.title}} is {case.title}", values)
    assert rendered == "6 May 2010: {case.title} is T"
    assert render("{ date }", values) == "6 May 2010"
    assert render("{unknown}", values) == "{unknown}"


@given(st.text(alphabet=st.sampled_from("ab{}. \n"), max_size=40))
def test_render_never_evaluates_anything(text: str) -> None:
    rendered = render(text, {"date": "D"})
    assert isinstance(rendered, str)
    if "{" not in text and "}" not in text:
        assert rendered == text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("ru", "6 мая 2010 г."), ("kk", "2010 жылғы 6 мамыр"), ("en", "6 May 2010")],
)
def test_format_date(lang: str, expected: str) -> None:
    assert format_date(DAY, lang) == expected  # type: ignore[arg-type]


def test_format_date_every_month_differs() -> None:
    for lang in ("ru", "kk", "en"):
        months = {format_date(dt.date(2010, m, 1), lang) for m in range(1, 13)}  # type: ignore[arg-type]
        assert len(months) == 12


def test_format_number_uses_local_thousands_separator() -> None:
    assert format_number(12345, "en") == "12,345"
    assert format_number(12345, "ru") == "12\u00a0345"
    assert format_number(7, "kk") == "7"


def _kit() -> Kit:
    letter = LetterTemplate(
        lang="en",
        subject="{case.title}",
        body="{recipient.salutation}\n\nWe write about {case.people}.\n{case.demands}\n"
        "Signed by {signature_count}. {{not a placeholder}}",
        closing="Yours,",
        sender_block="{organisation.signatory}\n{organisation.name}",
    )
    case = Case(
        id="kurmanov",
        title={"en": "Free Ainur Kurmanov", "ru": "Свободу Айнуру Курманову"},
        people=(Person(name={"en": "Ainur Kurmanov"}, role={"en": "journalist"}),),
        summary={"en": "Jailed."},
        demands=({"en": "Release him"}, {"en": "Drop the charges"}),
        letters={"en": letter},
    )
    recipient = Recipient(
        id="osce",
        name={"en": "OSCE Secretariat"},
        organisation={"en": "OSCE"},
        address_lines=("Wallnerstrasse 6", "1010 Vienna"),
        salutation={"en": "Dear Sir or Madam,"},
        role="copy",
    )
    organisation = Organisation(name={"en": "Solidarity Committee"}, place={"en": "Vienna"})
    return Kit(
        schema_version=1,
        id="t",
        title={"en": "T"},
        organisation=organisation,
        cases=(case,),
        recipients=(recipient,),
    )


def test_render_letter_fills_every_field() -> None:
    kit = _kit()
    case, recipient = kit.cases[0], kit.recipients[0]
    letter = render_letter(kit, case, recipient, "en", signature_count=1234, today=DAY)
    assert letter.subject == "Free Ainur Kurmanov"
    assert letter.body.startswith(
        "Dear Sir or Madam,\n\nWe write about Ainur Kurmanov (journalist)."
    )
    assert "– Release him\n– Drop the charges" in letter.body
    assert "Signed by 1,234. {not a placeholder}" in letter.body
    assert letter.date_line == "Vienna, 6 May 2010"
    assert letter.address_block == ("OSCE Secretariat", "OSCE", "Wallnerstrasse 6", "1010 Vienna")
    text = letter.as_text()
    assert text.startswith(
        "OSCE Secretariat\nOSCE\nWallnerstrasse 6\n1010 Vienna\n\nVienna, 6 May 2010"
    )
    assert text.rstrip().endswith("Yours,\n\nSolidarity Committee")


def test_render_letter_in_a_language_without_template_gives_an_empty_body() -> None:
    kit = _kit()
    letter = render_letter(kit, kit.cases[0], kit.recipients[0], "ru", today=DAY)
    assert letter.body == ""
    assert letter.date_line == "Vienna, 6 мая 2010 г."

"""CSV import says where it is wrong and imports all or nothing; export defuses formulas."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services import csv_io
from desktop.services.csv_io import CsvImportError
from tests.services.vault_helpers import CASE, FINGERPRINT, PASSPHRASE, new_campaign, sig

PLATFORM = (
    "Name,City,Country,Signed On\n"
    "Anna Lee,Oslo,Norway,2010-05-14\n"
    '"Petrov, Ivan",Алматы,Kazakhstan,14.05.2010 09:30\n'
)


def _read(data: bytes | str, **kwargs: object) -> csv_io.CsvImport:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return csv_io.read_signatures(
        raw,
        case_id=CASE,
        statement_fingerprint=FINGERPRINT,
        **kwargs,  # type: ignore[arg-type]
    )


def test_preview_suggests_the_mapping() -> None:
    preview = csv_io.preview_csv(PLATFORM.encode())
    assert preview.headers == ("Name", "City", "Country", "Signed On")
    assert preview.row_count == 2
    assert preview.sample[1][0] == "Petrov, Ivan"
    assert preview.mapping == {
        "full_name": "Name",
        "town": "City",
        "country": "Country",
        "signed_at": "Signed On",
    }


def test_platform_export_imports() -> None:
    result = _read(PLATFORM)
    first, second = result.signatures
    assert (first.full_name, first.town, first.country) == ("Anna Lee", "Oslo", "Norway")
    assert first.signed_at == dt.datetime(2010, 5, 14, tzinfo=dt.UTC)
    assert second.full_name == "Petrov, Ivan"
    assert second.signed_at == dt.datetime(2010, 5, 14, 9, 30, tzinfo=dt.UTC)
    assert {s.source for s in result.signatures} == {"csv"}


def test_russian_excel_export_with_semicolons_and_cp1251() -> None:
    text = "ФИО;Город;Дата\r\nИванова Мария;Шымкент;01.06.2010\r\n"
    result = _read(text.encode("cp1251"))
    assert result.signatures[0].full_name == "Иванова Мария"
    assert result.signatures[0].town == "Шымкент"


def test_excel_sep_line_is_honoured() -> None:
    result = _read("sep=;\nName;City\nAnna, Lee;Oslo\n")
    assert result.signatures[0].full_name == "Anna, Lee"
    with pytest.raises(CsvImportError) as caught:
        _read("sep=;\nName;City\n;Oslo\n")
    assert caught.value.line == 3


def test_explicit_mapping_and_missing_dates() -> None:
    now = dt.datetime(2020, 1, 2, tzinfo=dt.UTC)
    text = "Who,Where\nAnna,Oslo\n"
    result = _read(text, mapping=csv_io.parse_mapping("full_name=Who,town=Where"), now=now)
    assert result.signatures[0].town == "Oslo"
    assert result.signatures[0].signed_at == now
    with pytest.raises(CsvImportError, match="no column for the signer's name"):
        _read(text)
    with pytest.raises(CsvImportError, match="no column named 'Nom'"):
        _read(text, mapping={"full_name": "Nom"})
    with pytest.raises(CsvImportError, match="bad --map"):
        csv_io.parse_mapping("surname=Who")


def test_contacts_need_a_consent_column() -> None:
    text = "Name,Email,Consent\nAnna,a@example.org,yes\nBoris,b@example.org,\n"
    result = _read(text)
    assert [s.contact for s in result.signatures] == ["a@example.org", ""]
    assert result.contacts_dropped == 1


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ('Name,City\nAnna,"Oslo\n', 2, 2, "never closed"),
        ('Name,City\nAnna,Os"lo\n', 2, 2, "quote inside"),
        ('Name,City\nAnna,"Oslo"x\n', 2, 2, "after a closing quote"),
        ("Name,City\nAnna,Oslo,extra\n", 2, 3, "3 fields"),
        ("Name,City\nAnna\n", 2, 2, "only 1 fields"),
        ("Name,City\n\n\n=HYPERLINK(1),Oslo\n", 4, 1, "formula"),
        ("Name,City\n,Oslo\n", 2, 1, "empty"),
        ("Name,Signed On\nAnna,13/45/2010\n", 2, 2, "cannot read the date"),
        ("Name,Anonymous\nAnna,maybe\n", 2, 2, "neither yes nor no"),
        ('Name,City\n"Multi\nline",Oslo\nBo,b\x00\n', 4, 2, "NUL"),
        ("Name,\nAnna,Oslo\n", 1, 2, "no header name"),
        ("", 1, None, "empty"),
    ],
)
def test_malformed_csv_names_line_and_column(
    text: str, line: int, column: int | None, words: str
) -> None:
    with pytest.raises(CsvImportError, match=words) as caught:
        _read(text)
    assert (caught.value.line, caught.value.column) == (line, column)


def test_bad_row_means_nothing_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Name\nAnna\nBoris\n@SUM(A1)\n", encoding="utf-8")
    with new_campaign(tmp_path / "a.protestkit") as campaign:
        with pytest.raises(CsvImportError, match="line 4"):
            campaign.add_signatures(
                csv_io.read_signatures(
                    path, case_id=CASE, statement_fingerprint=FINGERPRINT
                ).signatures
            )
        assert campaign.count() == 0


_CELLS = st.text(alphabet=st.sampled_from(list('ab,;"\n\r\t=+-@ё \x00é1.')), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from([PLATFORM, "ФИО;Город\nИван;Алматы\n", "Name\tAnonymous\nA\tyes\n"]),
    cut=st.integers(0, 200),
    insert=_CELLS,
    drop=st.integers(0, 5),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1251"]),
    raw_bytes=st.binary(max_size=8),
)
def test_mutated_csv_raises_only_its_own_error(
    base: str, cut: int, insert: str, drop: int, encoding: str, raw_bytes: bytes
) -> None:
    cut %= len(base) + 1
    text = base[:cut] + insert + base[cut + drop :]
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    data = data[: cut + 3] + raw_bytes + data[cut + 3 :] if raw_bytes else data
    try:
        result = _read(data)
    except CsvImportError as error:
        message = str(error)
        result = None
    if result is None:
        assert message
        return
    for s in result.signatures:
        assert s.full_name.strip()


# --- export -----------------------------------------------------------------------------


@pytest.mark.parametrize("dangerous", ["=1+1", "+7 700", "-2", "@SUM(A1)", "\tx", "\rx", " =1"])
def test_neutralise_defuses_formulas(dangerous: str) -> None:
    assert csv_io.neutralise(dangerous).startswith("'")
    assert csv_io.neutralise("Anna") == "Anna"


def test_export_only_unlocked_and_safe_in_a_spreadsheet(tmp_path: Path) -> None:
    from desktop.services.campaign import Locked

    out = tmp_path / "out.csv"
    with new_campaign(tmp_path / "a.protestkit") as campaign:
        campaign.add_signatures(
            [
                sig("Anna", town='=HYPERLINK("http://x")'),
                sig("Boris", organisation="+7 700 000", contact="b@x.org", contact_consent=True),
                sig("Clara", anonymous=True),
            ]
        )
        with pytest.raises(Locked):
            csv_io.write_signatures(campaign.signatures(), out)
        assert not out.exists()
        campaign.unlock(PASSPHRASE)
        assert csv_io.write_signatures(campaign.signatures(), out) == 3
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["full_name"] for r in rows] == ["Anna", "Boris", "Clara"]
    assert rows[0]["town"] == '\'=HYPERLINK("http://x")'
    assert rows[1]["organisation"] == "'+7 700 000"
    assert rows[1]["contact"] == "b@x.org"
    assert rows[2]["contact"] == ""
    assert rows[2]["anonymous"] == "yes"
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert list(tmp_path.glob(".*.tmp")) == []

"""The Export page: recipients, preflight, background export with Cancel, preview, print."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.campaign import CampaignChoices
from desktop.ui.pages.export_page import ExportPage, ExportQuestions
from desktop.ui.session import CampaignSession
from tests.ui.campaign_helpers import PASSPHRASE, SIGNER_NAMES, add_signatures, make_campaign

CHOSEN = ("almaty-prosecutor", "general-prosecutor")


class Answers(ExportQuestions):
    """Scripted answers instead of dialogs."""

    proceed = True
    passphrase: str | None = PASSPHRASE
    asked: list[str] = []  # noqa: RUF012 - reset per test
    printer_file: Path | None = None
    opened: list[QUrl] = []  # noqa: RUF012

    @classmethod
    def ask_proceed(cls, parent, problems) -> bool:
        cls.asked.append("proceed")
        return cls.proceed

    @classmethod
    def ask_unlock(cls, parent, session) -> bool:
        cls.asked.append("unlock")
        if cls.passphrase is None:
            return False
        session.unlock(cls.passphrase)
        return True

    @classmethod
    def ask_printer(cls, parent, printer: QPrinter, pages: int) -> bool:
        cls.asked.append(f"printer:{pages}")
        if cls.printer_file is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(cls.printer_file))
        printer.setResolution(72)  # keep the test light
        return True

    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        cls.opened.append(url)
        return True


@pytest.fixture
def answers() -> type[Answers]:
    Answers.proceed = True
    Answers.passphrase = PASSPHRASE
    Answers.asked = []
    Answers.printer_file = None
    Answers.opened = []
    return Answers


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CampaignSession]:
    campaign = make_campaign(
        tmp_path, choices=CampaignChoices(case_id="kurmanov", recipient_ids=CHOSEN)
    )
    add_signatures(campaign, 120)
    session = CampaignSession()
    session.open(campaign)
    yield session
    session.close()


@pytest.fixture
def page(session, answers, qtbot, tmp_path: Path) -> ExportPage:
    page = ExportPage(session, QUndoStack(session))
    page.questions = answers
    qtbot.addWidget(page)
    out = tmp_path / "out"
    out.mkdir()
    page.set_folder(out)
    page.resize(1300, 700)
    return page


def _pdfs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pdf"))


def test_the_session_chosen_recipients_are_ticked(page: ExportPage) -> None:
    assert page.checked_recipient_ids() == CHOSEN


def test_missing_addresses_are_listed_before_printing(page: ExportPage) -> None:
    problems = page.problem_texts()
    assert any("Прокурор города Алматы" in p and "address" in p for p in problems)
    assert len([p for p in problems if "address" in p]) == 2


def test_declining_to_proceed_with_problems_starts_nothing(page, answers, tmp_path) -> None:
    answers.proceed = False
    page.start_export()
    assert answers.asked == ["proceed"]
    assert not page.is_exporting()
    assert _pdfs(tmp_path / "out") == []


def test_locked_campaign_asks_for_the_passphrase_and_stays_locked_if_refused(
    page, answers, session, tmp_path
) -> None:
    answers.passphrase = None
    page.start_export()
    assert answers.asked == ["proceed", "unlock"]
    assert not page.is_exporting()
    assert "passphrase" in page.status_text()
    assert session.is_locked()


def test_cancel_leaves_no_file_then_export_completes(page, answers, session, qtbot, tmp_path):
    out = tmp_path / "out"
    with qtbot.waitSignal(page.export_cancelled, timeout=60_000):
        page.start_export()
        assert page.is_exporting()
        page.cancel_export()
    assert list(out.iterdir()) == [], "no PDF and no temp file left behind"
    assert "cancelled" in page.status_text().lower()

    with qtbot.waitSignal(page.export_finished, timeout=120_000) as blocker:
        page.start_export()
    path = Path(blocker.args[0])
    assert path.parent == out
    assert _pdfs(out) == [path]
    reader = PdfReader(path)
    text = "".join(p.extract_text() or "" for p in reader.pages)
    assert "Кайрат Мами" in text
    assert "Прокурор города Алматы" in text
    assert SIGNER_NAMES[0] in text
    assert page.preview().page_count() == len(reader.pages)
    assert page.last_result() is not None


def test_one_pdf_per_recipient(page, answers, qtbot, tmp_path) -> None:
    page.set_combined(False)
    with qtbot.waitSignal(page.export_finished, timeout=120_000) as blocker:
        page.start_export()
    out = tmp_path / "out"
    assert Path(blocker.args[0]) == out
    assert [p.name for p in _pdfs(out)] == [f"kurmanov-{rid}.pdf" for rid in sorted(CHOSEN)]


def test_print_and_open_folder_after_export(page, answers, qtbot, tmp_path) -> None:
    page.print_current()
    assert "first" in page.status_text()
    with qtbot.waitSignal(page.export_finished, timeout=120_000):
        page.start_export()
    answers.printer_file = tmp_path / "printed.pdf"
    page.print_current()
    pages = page.preview().page_count()
    assert f"printer:{pages}" in answers.asked
    assert len(PdfReader(answers.printer_file).pages) == pages

    page.open_containing_folder()
    assert answers.opened == [QUrl.fromLocalFile(str(tmp_path / "out"))]
    assert answers.opened[0].isLocalFile()


def test_locking_clears_the_exported_petition_from_the_screen(page, session, qtbot) -> None:
    with qtbot.waitSignal(page.export_finished, timeout=120_000):
        page.start_export()
    assert page.preview().page_count() > 0
    session.lock()
    assert page.preview().page_count() == 0
    assert page.last_result() is None


def test_a_missing_folder_is_named_plainly(page, tmp_path) -> None:
    page.set_folder(tmp_path / "nowhere")
    page.start_export()
    assert "does not exist" in page.status_text()
    assert not page.is_exporting()


def test_paper_change_is_an_undoable_campaign_edit(page, session) -> None:
    combo = page.options().paper
    combo.setCurrentIndex(combo.findData("letter"))
    assert session.choices.paper == "letter"
    page._undo_stack.undo()
    assert session.choices.paper == "a4"
    assert combo.currentData() == "a4"


def test_a_failed_export_is_told_in_plain_words(page, qtbot, monkeypatch, tmp_path) -> None:
    import desktop.pdf

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(desktop.pdf, "export_pack", full_disk)
    with qtbot.waitSignal(page.export_failed, timeout=60_000) as blocker:
        page.start_export()
    assert blocker.args[0] == page.status_text()
    assert "No space left on device" in page.status_text()
    assert "Traceback" not in page.status_text()
    assert not page.is_exporting()
    assert _pdfs(tmp_path / "out") == []


def test_closing_the_campaign_mid_export_leaves_no_partial_file(
    page, session, qtbot, tmp_path
) -> None:
    add_signatures(session.campaign, 400)
    session.refresh_count()
    with qtbot.waitSignal(page.export_cancelled, timeout=60_000):
        page.start_export()
        # Close while pages are being drawn into the temporary file.
        qtbot.waitUntil(
            lambda: page._progress.format().startswith("Drawing") and page._progress.value() > 0,
            timeout=30_000,
        )
        session.close()
        assert list((tmp_path / "out").iterdir()) == [], "no .part file survives the close"
    assert not page.is_exporting()


def test_a_long_petition_is_previewed_a_page_at_a_time(qtbot, tmp_path) -> None:
    from reportlab.pdfgen import canvas

    from desktop.ui.widgets.pdf_preview import SCROLL_LIMIT, PdfPreview

    path = tmp_path / "long.pdf"
    pdf = canvas.Canvas(str(path))
    for number in range(SCROLL_LIMIT + 5):
        pdf.drawString(72, 720, f"page {number + 1}")
        pdf.showPage()
    pdf.save()
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert preview.show_file(str(path))
    assert preview.page_count() == SCROLL_LIMIT + 5
    assert preview.is_paged()
    preview._next.click()
    assert preview.current_page() == 1
    preview._page_box.setValue(SCROLL_LIMIT)
    assert preview.current_page() == SCROLL_LIMIT - 1

"""The Letter page's right side: whom to preview for, and the live PDF of the letter.

Signals:
    updated(int): a fresh preview is on show; the argument is its page count.
    failed(str): the preview could not be made; the argument says why, for people.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.campaign import Paper
from desktop.domain.kit import Kit
from desktop.domain.text import Lang
from desktop.ui.session import CampaignSession
from desktop.ui.widgets.live_preview import LivePreview
from desktop.ui.widgets.pdf_preview import PdfPreview


@dataclass(frozen=True)
class LetterPreviewRequest:
    """Everything a background preview render needs: immutable, no widgets."""

    kit: Kit
    case_id: str
    recipient_id: str
    lang: Lang
    paper: Paper
    signature_count: int


def render_letter_preview(request: LetterPreviewRequest) -> bytes:
    """The cover letter as PDF bytes (runs on a worker thread)."""
    from desktop.pdf import render_letter_pdf  # reportlab loads on first use, off the GUI

    case = request.kit.case(request.case_id)
    recipient = request.kit.recipient(request.recipient_id)
    return bytes(
        render_letter_pdf(
            request.kit,
            case,
            recipient,
            request.lang,
            template=case.letters.get(request.lang),
            paper=request.paper,
            signature_count=request.signature_count,
        )
    )


class LetterPreviewPanel(QWidget):
    """A recipient chooser over a live PDF preview of the letter in one language.

    Signals:
        updated(int): a fresh preview is on show (page count).
        failed(str): the preview could not be made (a plain-language reason).
    """

    updated = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        session: CampaignSession,
        render: Callable[[LetterPreviewRequest], bytes] = render_letter_preview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._lang: Lang = "ru"
        self.live = LivePreview(render, self)
        self.live.started.connect(self._on_live_started)
        self.live.rendered.connect(self._on_live_rendered)
        self.live.failed.connect(self._on_live_failed)
        self._recipient_combo = QComboBox()
        self._recipient_combo.setObjectName("preview_recipient_combo")
        self._recipient_combo.setAccessibleName(self.tr("Preview the letter for"))
        self._recipient_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._recipient_combo.setMinimumContentsLength(16)
        self._recipient_combo.currentIndexChanged.connect(self._on_recipient_combo_changed)
        recipient_label = QLabel(self.tr("Pre&view for:"))
        recipient_label.setBuddy(self._recipient_combo)
        self._recipient_note = QLabel()
        self._recipient_note.setObjectName("preview_recipient_note")
        self._recipient_note.setWordWrap(True)
        self._recipient_note.setStyleSheet("color: #8a5a00;")
        self._recipient_note.hide()
        self._status = QLabel()
        self._status.setObjectName("preview_status_label")
        self._status.setStyleSheet("color: palette(mid);")
        self._preview = PdfPreview()
        self._preview.setObjectName("letter_preview")
        self._preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        right = QVBoxLayout(self)
        right.setContentsMargins(6, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(recipient_label)
        chooser.addWidget(self._recipient_combo, 1)
        right.addLayout(chooser)
        right.addWidget(self._recipient_note)
        right.addWidget(self._preview, 1)
        right.addWidget(self._status)

    # -- public API ------------------------------------------------------------------------
    def preview(self) -> PdfPreview:
        """The PDF on show."""
        return self._preview

    def recipient_id(self) -> str | None:
        """The recipient the preview is drawn for."""
        data = self._recipient_combo.currentData()
        return str(data) if data else None

    def set_recipient(self, recipient_id: str) -> None:
        """Draw the preview for ``recipient_id``."""
        index = self._recipient_combo.findData(recipient_id)
        if index >= 0:
            self._recipient_combo.setCurrentIndex(index)

    def set_language(self, lang: Lang) -> None:
        """Preview the letter in ``lang`` (names and notes follow it)."""
        self._lang = lang
        self.reload()

    def reload(self) -> None:
        """Re-read the recipients from the session (keeping the one chosen)."""
        self._fill_recipients()
        if self._request() is None:
            self._show_nothing()

    def refresh(self) -> None:
        """Render now rather than after the typing pause."""
        request = self._request()
        if request is None:
            self._show_nothing()
            return
        self.live.request_now(request)

    def schedule(self) -> None:
        """Render once typing pauses."""
        request = self._request()
        if request is None:
            self._show_nothing()
            return
        self.live.request(request)
        self._status.setText(self.tr("The preview updates when you pause typing."))

    def clear(self) -> None:
        """Forget the preview (another campaign was opened)."""
        self.live.cancel()
        self._preview.clear()

    # -- Qt overrides ----------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._preview.page_count() == 0 and not self.live.is_busy():
            self.refresh()

    # -- internals -------------------------------------------------------------------------
    def _fill_recipients(self) -> None:
        kit, case = self._session.kit, self._session.current_case()
        current = self.recipient_id()
        self._recipient_combo.blockSignals(True)
        try:
            self._recipient_combo.clear()
            if kit is not None and case is not None:
                chosen = list(self._session.choices.recipient_ids)
                ordered = sorted(
                    kit.recipients_for(case),
                    key=lambda r: (r.id not in chosen, chosen.index(r.id) if r.id in chosen else 0),
                )
                for recipient in ordered:
                    label = recipient.display_name(self._lang)
                    if recipient.id not in chosen:
                        label = self.tr("%1 (not chosen)").replace("%1", label)
                    self._recipient_combo.addItem(label, recipient.id)
            index = self._recipient_combo.findData(current) if current else -1
            self._recipient_combo.setCurrentIndex(max(index, 0))
        finally:
            self._recipient_combo.blockSignals(False)
        self._update_recipient_note()

    def _update_recipient_note(self) -> None:
        kit, rid = self._session.kit, self.recipient_id()
        missing: list[str] = []
        if kit is not None and rid is not None:
            missing = kit.recipient(rid).missing(self._lang)
        words = {
            "address": self.tr("no postal address"),
            "salutation": self.tr("no salutation in this language"),
        }
        if missing:
            self._recipient_note.setText(
                self.tr("This recipient has %1; add it on the Recipients page.").replace(
                    "%1", self.tr(" and ").join(words.get(m, m) for m in missing)
                )
            )
        self._recipient_note.setVisible(bool(missing))

    def _on_recipient_combo_changed(self, index: int) -> None:
        del index
        self._update_recipient_note()
        self.refresh()

    def _request(self) -> LetterPreviewRequest | None:
        kit, case, rid = self._session.kit, self._session.current_case(), self.recipient_id()
        if kit is None or case is None or rid is None:
            return None
        choices = self._session.choices
        return LetterPreviewRequest(
            kit=kit,
            case_id=case.id,
            recipient_id=rid,
            lang=self._lang,
            paper=choices.paper,
            signature_count=self._session.count(),
        )

    def _show_nothing(self) -> None:
        self.live.cancel()
        if self._session.kit is None:
            text = self.tr("Open a campaign to see its letter here.")
        else:
            text = self.tr("Choose a recipient to see the letter as it will print.")
        self._preview.clear(text)
        self._status.setText("")

    def _on_live_started(self) -> None:
        self._status.setText(self.tr("Updating the preview…"))

    def _on_live_rendered(self, data: object) -> None:
        assert isinstance(data, bytes)
        if not self._preview.show_pdf(data):
            self._on_live_failed(ValueError("unreadable PDF"))
            return
        pages = self._preview.page_count()
        self._status.setText(self.tr("Pages in the preview: %1").replace("%1", str(pages)))
        self.updated.emit(pages)

    def _on_live_failed(self, error: object) -> None:
        reason = self.tr("The preview could not be made: %1").replace("%1", str(error))
        self._preview.clear(reason)
        self._status.setText("")
        self.failed.emit(reason)

"""A PDF shown inside the window: QPdfView over a QPdfDocument read from memory.

The bytes come from a background task; this widget only displays them. A new document
replaces the old one without losing the reader's scroll position, so a live preview does
not jump to the top after every pause in typing.

Signals:
    loaded(int): a document finished loading; the argument is its page count.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class PdfPreview(QWidget):
    """Shows one PDF (from bytes or a file), or a message when there is nothing to show.

    Signals:
        loaded(int): a document finished loading; the argument is its page count.
    """

    loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._view = QPdfView(self)
        self._view.setObjectName("pdf_view")
        self._view.setAccessibleName(self.tr("PDF preview"))
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # With fit-to-width, a scroll bar that comes and goes changes the width, which
        # changes the zoom, which brings the bar back: an endless relayout that starves the
        # event loop. A bar that is always there breaks the cycle.
        self._view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._view.setPageSpacing(12)
        self._view.setDocument(self._document)
        self._message = QLabel(self)
        self._message.setObjectName("pdf_message")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(24)
        self._message.setStyleSheet("color: palette(mid);")
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._view)
        self.show_message(self.tr("Nothing to preview yet."))

    # -- public API ----------------------------------------------------------------------
    def document(self) -> QPdfDocument:
        """The document on show (for printing its pages)."""
        return self._document

    def view(self) -> QPdfView:
        """The view (tests and zoom controls)."""
        return self._view

    def page_count(self) -> int:
        """Pages in the document on show, 0 if none."""
        if self._document.status() != QPdfDocument.Status.Ready:
            return 0
        return self._document.pageCount()

    def show_pdf(self, data: bytes) -> bool:
        """Show the PDF held in ``data``; False (and a message) if it cannot be read."""
        scroll = self._view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.close()
        self._document.load(buffer)
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.close()
            old.deleteLater()
        return self._after_load(scroll)

    def show_file(self, path: str) -> bool:
        """Show the PDF file at ``path``."""
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._document.load(path)
        return self._after_load(0)

    def show_message(self, text: str) -> None:
        """Show ``text`` in place of a document (nothing chosen, an error, locked)."""
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def clear(self, text: str = "") -> None:
        """Drop the document (e.g. on lock) and show ``text``."""
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.show_message(text or self.tr("Nothing to preview yet."))

    def message(self) -> str:
        """The message on show, or '' while a document is shown."""
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    # -- internals -----------------------------------------------------------------------
    def _after_load(self, scroll: int) -> bool:
        if self._document.status() != QPdfDocument.Status.Ready:
            self.show_message(self.tr("This PDF could not be shown."))
            return False
        self._stack.setCurrentWidget(self._view)
        self._view.verticalScrollBar().setValue(scroll)
        self.loaded.emit(self._document.pageCount())
        return True

"""A PDF shown inside the window: QPdfView over a QPdfDocument read from memory.

The bytes come from a background task; this widget only displays them. A new document
replaces the old one without losing the reader's scroll position, so a live preview does
not jump to the top after every pause in typing. A long document (a petition with
thousands of signatures) is shown a page at a time with a page switcher: laying out
hundreds of pages for continuous scrolling would hold up the window.

Signals:
    loaded(int): a document finished loading; the argument is its page count.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SCROLL_LIMIT = 40
"""Documents longer than this are shown one page at a time."""


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
        self._view.pageNavigator().currentPageChanged.connect(self._on_navigator_page_changed)
        self._pager = self._build_pager()
        viewer = QWidget(self)
        column = QVBoxLayout(viewer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self._pager)
        column.addWidget(self._view, 1)
        self._message = QLabel(self)
        self._message.setObjectName("pdf_message")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(24)
        self._message.setStyleSheet("color: palette(mid);")
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._message)
        self._stack.addWidget(viewer)
        self._viewer = viewer
        self.show_message(self.tr("Nothing to preview yet."))

    def _build_pager(self) -> QWidget:
        pager = QWidget(self)
        pager.setObjectName("pdf_pager")
        self._previous = QToolButton(pager)
        self._previous.setObjectName("pdf_previous_page_button")
        self._previous.setArrowType(Qt.ArrowType.LeftArrow)
        self._previous.setAccessibleName(self.tr("Previous page"))
        self._previous.setToolTip(self.tr("Previous page"))
        self._previous.clicked.connect(self._on_previous_clicked)
        self._next = QToolButton(pager)
        self._next.setObjectName("pdf_next_page_button")
        self._next.setArrowType(Qt.ArrowType.RightArrow)
        self._next.setAccessibleName(self.tr("Next page"))
        self._next.setToolTip(self.tr("Next page"))
        self._next.clicked.connect(self._on_next_clicked)
        self._page_box = QSpinBox(pager)
        self._page_box.setObjectName("pdf_page_spin")
        self._page_box.setAccessibleName(self.tr("Page number"))
        self._page_box.setMinimum(1)
        self._page_box.valueChanged.connect(self._on_page_box_value_changed)
        self._of_label = QLabel(pager)
        row = QHBoxLayout(pager)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self._previous)
        row.addWidget(QLabel(self.tr("Page"), pager))
        row.addWidget(self._page_box)
        row.addWidget(self._of_label)
        row.addWidget(self._next)
        row.addStretch(1)
        pager.hide()
        return pager

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

    def current_page(self) -> int:
        """The page at the top of the view (0-based)."""
        return self._view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        """Show page ``index`` (0-based)."""
        count = self.page_count()
        if count:
            self._view.pageNavigator().jump(max(0, min(index, count - 1)), QPointF(), 0)

    def is_paged(self) -> bool:
        """True when the document is shown a page at a time (a long document)."""
        return self._view.pageMode() == QPdfView.PageMode.SinglePage

    def show_pdf(self, data: bytes) -> bool:
        """Show the PDF held in ``data``; False (and a message) if it cannot be read."""
        scroll = self._view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.close()
        self._view.setPageMode(QPdfView.PageMode.SinglePage)  # cheap until the length is known
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
        self._view.setPageMode(QPdfView.PageMode.SinglePage)  # cheap until the length is known
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
        count = self._document.pageCount()
        paged = count > SCROLL_LIMIT
        self._view.setPageMode(
            QPdfView.PageMode.SinglePage if paged else QPdfView.PageMode.MultiPage
        )
        self._pager.setVisible(paged)
        if paged:
            self._page_box.blockSignals(True)
            self._page_box.setMaximum(count)
            self._page_box.setValue(1)
            self._page_box.blockSignals(False)
            self._of_label.setText(self.tr("of %1").replace("%1", str(count)))
            self.go_to_page(0)
            self._update_pager()
        self._stack.setCurrentWidget(self._viewer)
        self._view.verticalScrollBar().setValue(scroll)
        self.loaded.emit(count)
        return True

    def _update_pager(self) -> None:
        page = self.current_page()
        self._previous.setEnabled(page > 0)
        self._next.setEnabled(page < self.page_count() - 1)

    def _on_previous_clicked(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _on_next_clicked(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _on_page_box_value_changed(self, value: int) -> None:
        self.go_to_page(value - 1)

    def _on_navigator_page_changed(self, page: int) -> None:
        self._page_box.blockSignals(True)
        self._page_box.setValue(page + 1)
        self._page_box.blockSignals(False)
        self._update_pager()

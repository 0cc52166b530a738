"""Print a loaded PDF on a QPrinter, page by page, as the system print dialog set it up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
"""Pages are rendered at most this sharp before being sent to the printer."""


def prepare_printer(printer: QPrinter, document: QPdfDocument, title: str) -> None:
    """Match the printer's paper and orientation to the PDF's first page."""
    printer.setDocName(title)
    printer.setFullPage(True)
    if document.pageCount() == 0:
        return
    points = document.pagePointSize(0)
    landscape = points.width() > points.height()
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    printer.setPageSize(
        QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    keep_going: Callable[[int, int], bool] | None = None,
) -> int:
    """Draw the pages the printer asks for; return how many were printed.

    ``keep_going(done, total)`` is asked before each page (a progress dialog's Cancel).
    """
    count = document.pageCount()
    if count == 0:
        return 0
    first = printer.fromPage() or 1
    last = printer.toPage() or count
    pages = list(range(first - 1, min(last, count)))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for index, page in enumerate(pages):
            if keep_going is not None and not keep_going(index, len(pages)):
                break
            if index:
                printer.newPage()
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            # A 1200 dpi printer would need a 560 MB image per page; 300 dpi prints text
            # crisply and the painter scales it up.
            sharp = min(1.0, MAX_DPI / max(printer.resolution(), 1))
            image = document.render(page, QSize(round(width * sharp), round(height * sharp)))
            x = target.x() + (target.width() - width) / 2
            y = target.y() + (target.height() - height) / 2
            painter.drawImage(QRectF(x, y, width, height), image)
            printed += 1
    finally:
        painter.end()
    return printed

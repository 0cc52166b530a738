"""The reportlab canvas every Protest Kit PDF is drawn on: metadata, speed settings."""

from __future__ import annotations

import contextlib
import gc
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from desktop import APP_NAME
from desktop.pdf import fonts

# ASCII85 costs time and 20 % of the size; binary streams print just as well.
rl_config.useA85 = 0


def new_canvas(
    target: BinaryIO,
    *,
    title: str,
    author: str,
    subject: str = "",
    invariant: bool = False,
) -> Canvas:
    """A canvas writing to ``target`` with document metadata set.

    Only the case title, the organisation and the subject go into the metadata: never a
    signer's data, the user's name or a local path. ``invariant`` makes the output
    byte-identical for the same input (fixed dates and document id).
    """
    fonts.register_fonts()
    canvas = Canvas(
        target,
        pageCompression=1,
        invariant=1 if invariant else 0,
        initialFontName=fonts.SANS,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator(APP_NAME)
    canvas.setKeywords("")
    return canvas


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a big document is built.

    reportlab keeps every page until ``save()``; the collector would walk that growing heap
    again and again (15-25 % of the build time at 10,000 signatures).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


LEVEL = 1
"""zlib level for page streams: level 6 (reportlab's) took 3x the time of level 3 for 8 % fewer
bytes; level 1 takes half the time of level 3 for 6 % more bytes (10,000 signatures: 0.13 s
instead of 0.24 s, 5.6 MB instead of 5.3 MB)."""


PENDING_PAGES = 8
"""Pages at most waiting for compression: the compressing thread keeps pace, and memory
stays flat even if it does not."""


class _CompressedLater(PDFStream):  # type: ignore[misc]
    """A page stream whose compressed bytes come from another thread; they are awaited only
    when reportlab writes the stream out."""

    def __init__(self, dictionary: PDFDictionary, future: Future[bytes]) -> None:
        super().__init__(dictionary, b"")
        self.future: Future[bytes] | None = future

    def format(self, document: object) -> bytes:
        if self.future is not None:
            self.content = self.future.result()
            self.future = None
        return super().format(document)  # type: ignore[no-any-return]


@contextlib.contextmanager
def pages_compressed_early(canvas: Canvas) -> Iterator[None]:
    """Compress each page's content stream as soon as the page ends, not at ``save()``, in a
    thread beside the drawing; call ``save()`` inside the block.

    reportlab keeps every page's operators as text until it writes the file; for 100,000
    signatures that is hundreds of megabytes. Compressed right away (the same FlateDecode it
    would apply later) a page costs a quarter of that. zlib lets go of Python's lock while it
    works, so on a second core the compression costs the drawing no time. reportlab calls
    the page callback right after it adds the page, and formats a page's ``Contents`` as given
    when one is set.
    """
    doc = canvas._doc
    filters = PDFArray([PDFName(PDFZCompress.pdfname)])
    pending: deque[Future[bytes]] = deque()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-compress")

    def on_page(_number: int) -> None:
        page = doc.Pages.pages[-1]
        if not page.compression or page.stream is None:
            return
        data = page.stream.encode("utf-8") if isinstance(page.stream, str) else page.stream
        future = pool.submit(zlib.compress, data, LEVEL)
        stream = _CompressedLater(PDFDictionary({"Filter": filters}), future)
        stream.__Comment__ = "page stream"
        page.Contents = stream
        page.stream = None
        pending.append(future)
        while pending and (len(pending) > PENDING_PAGES or pending[0].done()):
            pending.popleft().result()

    canvas.setPageCallBack(on_page)
    try:
        yield
    finally:
        canvas.setPageCallBack(None)
        pool.shutdown(wait=True, cancel_futures=True)

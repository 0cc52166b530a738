"""Small flowables of our own: a QR code and a signature line."""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.pdf.qr import qr_path


class QRFlowable(Flowable):  # type: ignore[misc]
    """A QR code of ``size`` points holding ``data`` (drawn as rectangles, no image)."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.data = data
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The flowable's size."""
        return self.size, self.size

    def draw(self) -> None:
        """Draw at the flowable's origin."""
        self.canv.addLiteral("0 g\n" + qr_path(self.data, 0, 0, self.size))


class Rule(Flowable):  # type: ignore[misc]
    """A horizontal line ``width`` long with ``space`` above it: where a pen signs."""

    def __init__(self, width: float, space: float = 24.0) -> None:
        super().__init__()
        self.width = width
        self.space = space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The flowable's size."""
        return self.width, self.space

    def draw(self) -> None:
        """Draw the line at the bottom of the space."""
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0, self.width, 0)

"""QR codes as PDF path operators: reportlab's encoder for the layout, a table-driven
Reed-Solomon for the error correction (reportlab's polynomial arithmetic took 4 ms a code)."""

from __future__ import annotations

import itertools
from functools import cache

from reportlab.graphics.barcode import qrencoder

LEVEL = qrencoder.QRErrorCorrectLevel.L
"""Error correction level L: the codes sit in a page header where nobody writes or stamps."""


@cache
def _gf_tables() -> tuple[tuple[int, ...], tuple[int, ...]]:
    exp = [0] * 512
    log = [0] * 256
    value = 1
    for i in range(255):
        exp[i] = value
        log[value] = i
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return tuple(exp), tuple(log)


@cache
def _generator_logs(degree: int) -> tuple[int, ...]:
    """log of each coefficient (after the leading 1) of the RS generator of ``degree``."""
    exp, log = _gf_tables()
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, coef in enumerate(poly):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= exp[log[coef] + i]
        poly = nxt
    return tuple(log[c] for c in poly[1:])


def _ecc(data: list[int], degree: int) -> list[int]:
    exp, log = _gf_tables()
    gen = _generator_logs(degree)
    msg = [*data, *([0] * degree)]
    for i in range(len(data)):
        coef = msg[i]
        if coef:
            shift = log[coef]
            for j, glog in enumerate(gen, i + 1):
                msg[j] ^= exp[glog + shift]
    return msg[len(data) :]


def _codewords(code: qrencoder.QRCode) -> list[int]:
    """The interleaved data and error-correction codewords (what reportlab's createData makes)."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    buffer = qrencoder.QRBitBuffer()
    for data in code.dataList:
        data.write(buffer, code.version)
    capacity = sum(b.dataCount for b in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        msg = "QR code data too long"
        raise ValueError(msg)
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = itertools.cycle((0xEC, 0x11))
    while buffer.getLengthInBits() < capacity:
        buffer.put(next(pads), 8)
    offset = 0
    data_blocks: list[list[int]] = []
    ecc_blocks: list[list[int]] = []
    for block in blocks:
        chunk = list(buffer.buffer[offset : offset + block.dataCount])
        offset += block.dataCount
        data_blocks.append(chunk)
        ecc_blocks.append(_ecc(chunk, block.totalCount - block.dataCount))
    return [
        value
        for group in itertools.chain(
            itertools.zip_longest(*data_blocks), itertools.zip_longest(*ecc_blocks)
        )
        for value in group
        if value is not None
    ]


def qr_matrix(data: str) -> list[list[bool]]:
    """The module matrix of a QR code holding ``data``.

    One fixed mask pattern instead of reportlab's search over all eight: the code is just as
    valid, and a page of signatures does not pay 10 ms for the search.
    """
    code = qrencoder.QRCode(None, LEVEL)
    code.addData(data)
    code.version = code.calculate_version()
    code.dataCache = _codewords(code)
    code.makeImpl(False, 0)
    return [list(row) for row in code.modules]


def qr_path(data: str, x: float, y: float, size: float) -> str:
    """Filled-rectangle operators drawing the QR code for ``data`` in a ``size`` square at x, y.

    A quiet zone of two modules is left inside the square. Runs of dark modules in a row become
    one rectangle.
    """
    matrix = qr_matrix(data)
    count = len(matrix)
    module = size / (count + 4)
    ops = []
    for r, row in enumerate(matrix):
        top = y + size - (r + 2) * module
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(
                    f"{x + (start + 2) * module:.2f} {top - module:.2f} "
                    f"{(c - start) * module:.2f} {module:.2f} re"
                )
            else:
                c += 1
    ops.append("f")
    return "\n".join(ops)

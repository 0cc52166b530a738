"""QR codes as PDF path operators: reportlab's encoder for the layout, a table-driven
Reed-Solomon for the error correction (reportlab's polynomial arithmetic took 4 ms a code)."""

from __future__ import annotations

import itertools
import re
from functools import cache

from reportlab.graphics.barcode import qrencoder

_RUNS = re.compile(b"\x01+")

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


_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {c: i for i, c in enumerate(_ALNUM)}


def _data_bits(code: qrencoder.QRCode) -> str:
    """The data segment as a string of bits; alphanumeric text is encoded here directly."""
    version = code.version
    if len(code.dataList) == 1 and isinstance(code.dataList[0], qrencoder.QRAlphaNum):
        text = code.dataList[0].data
        count_bits = 9 if version < 10 else 11 if version < 27 else 13
        parts = ["0010", format(len(text), f"0{count_bits}b")]
        for i in range(0, len(text) - 1, 2):
            parts.append(format(_ALNUM_VALUE[text[i]] * 45 + _ALNUM_VALUE[text[i + 1]], "011b"))
        if len(text) % 2:
            parts.append(format(_ALNUM_VALUE[text[-1]], "06b"))
        return "".join(parts)
    buffer = qrencoder.QRBitBuffer()
    for data in code.dataList:
        data.write(buffer, version)
    return "".join("1" if buffer.get(i) else "0" for i in range(buffer.getLengthInBits()))


def _codewords(code: qrencoder.QRCode) -> list[int]:
    """The interleaved data and error-correction codewords (what reportlab's createData makes)."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    bits = _data_bits(code)
    capacity = sum(b.dataCount for b in blocks) * 8
    if len(bits) > capacity:
        msg = "QR code data too long"
        raise ValueError(msg)
    if len(bits) + 4 <= capacity:
        bits += "0000"
    bits += "0" * (-len(bits) % 8)
    words = [int(bits[i : i + 8], 2) for i in range(0, len(bits), 8)]
    pads = itertools.cycle((0xEC, 0x11))
    while len(words) * 8 < capacity:
        words.append(next(pads))
    offset = 0
    data_blocks: list[list[int]] = []
    ecc_blocks: list[list[int]] = []
    for block in blocks:
        chunk = words[offset : offset + block.dataCount]
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


@cache
def _template(version: int) -> tuple[tuple[tuple[bool, ...], ...], tuple[tuple[int, int], ...]]:
    """The matrix of ``version`` with all data bits zero (mask applied), and where data goes.

    Finder, timing, format and version patterns do not depend on the data (level and mask are
    fixed), so each page only flips the modules of its one bits.
    """
    code = qrencoder.QRCode(version, LEVEL)
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, LEVEL)
    code.dataCache = [0] * sum(b.totalCount for b in blocks)
    code.makeImpl(False, 0)
    positions = tuple((row, col) for col, row in code.dataPosIterator())
    return tuple(tuple(row) for row in code.modules), positions


def qr_matrix(data: str) -> list[list[bool]]:
    """The module matrix of a QR code holding ``data``.

    One fixed mask pattern instead of reportlab's search over all eight: the code is just as
    valid, and a page of signatures does not pay 10 ms for the search.
    """
    code = qrencoder.QRCode(None, LEVEL)
    code.addData(data)
    code.version = code.calculate_version()
    template, positions = _template(code.version)
    matrix = [list(row) for row in template]
    index = 0
    for byte in _codewords(code):
        if byte:
            for bit in range(8):
                if byte & (0x80 >> bit):
                    row, col = positions[index + bit]
                    matrix[row][col] = not matrix[row][col]
        index += 8
    return matrix


def qr_path(data: str, x: float, y: float, size: float) -> str:
    """Filled-rectangle operators drawing the QR code for ``data`` in a ``size`` square at x, y.

    A quiet zone of two modules is left inside the square. Runs of dark modules in a row become
    one rectangle.
    """
    matrix = qr_matrix(data)
    count = len(matrix)
    module = size / (count + 4)
    # One module is one unit: integer rectangles, scaled into place by a single matrix.
    ops = [f"q {module:.4f} 0 0 {module:.4f} {x:.2f} {y:.2f} cm"]
    for r, row in enumerate(matrix):
        bottom = count + 1 - r
        for run in _RUNS.finditer(bytes(row)):
            start, end = run.span()
            ops.append(f"{start + 2} {bottom} {end - start} 1 re")
    ops.append("f Q")
    return "\n".join(ops)

"""QR codes as PDF path operators: reportlab's encoder for the layout, a table-driven
Reed-Solomon for the error correction (reportlab's polynomial arithmetic took 4 ms a code)."""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable
from functools import cache

from reportlab.graphics.barcode import qrencoder

_RUNS = re.compile("1+")

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


@cache
def _ecc_table(degree: int) -> tuple[int, ...]:
    """For each leading coefficient, the generator times it, as one ``degree``-byte integer."""
    exp, log = _gf_tables()
    gen = _generator_logs(degree)
    table = [0]
    for coef in range(1, 256):
        shift = log[coef]
        table.append(int.from_bytes(bytes(exp[glog + shift] for glog in gen), "big"))
    return tuple(table)


def _ecc(data: list[int], degree: int) -> list[int]:
    """Reed-Solomon remainder of ``data``: a shift register, one table look-up a byte."""
    table = _ecc_table(degree)
    top = 8 * (degree - 1)
    mask = (1 << (8 * degree)) - 1
    register = 0
    for byte in data:
        register = ((register << 8) & mask) ^ table[(register >> top) ^ byte]
    return list(register.to_bytes(degree, "big"))


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
def _layout(version: int) -> tuple[int, str, Callable[[str], tuple[str, ...]]]:
    """How many data bits a code of ``version`` places, its modules with every data bit zero
    ("1" dark, row after row), and a gather that lays a code's bits out.

    The gather picks each module, row after row, from ``bits + flipped bits + template``: a
    data module takes its bit (flipped where the mask is dark), any other module the template
    with all data bits zero. Finder, timing, format and version patterns do not depend on the
    data (level and mask are fixed), so a page's code is one C-level gather of its bits.
    """
    code = qrencoder.QRCode(version, LEVEL)
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, LEVEL)
    code.dataCache = [0] * sum(b.totalCount for b in blocks)
    code.makeImpl(False, 0)
    count = len(code.modules)
    template = [bool(module) for row in code.modules for module in row]
    positions = [row * count + col for col, row in code.dataPosIterator()]
    bits = len(positions)
    # With every data bit zero, a data module shows the mask: dark means "flip the bit".
    source = [2 * bits + i for i in range(count * count)]
    for index, position in enumerate(positions):
        source[position] = index + bits if template[position] else index
    text = "".join("1" if module else "0" for module in template)
    return bits, text, operator.itemgetter(*source)


_FLIP = str.maketrans("01", "10")


def _modules(data: str) -> tuple[str, int]:
    """The modules of a QR code holding ``data``, row after row ("1" dark), and its size.

    One fixed mask pattern instead of reportlab's search over all eight: the code is just as
    valid, and a page of signatures does not pay 10 ms for the search.
    """
    code = qrencoder.QRCode(None, LEVEL)
    code.addData(data)
    code.version = code.calculate_version()
    count = 17 + 4 * code.version
    bits, template, gather = _layout(code.version)
    words = _codewords(code)
    # The codewords as a string of bits; remainder bits after them are zero.
    stream = format(int.from_bytes(bytes(words), "big"), f"0{8 * len(words)}b").ljust(bits, "0")
    return "".join(gather(stream + stream.translate(_FLIP) + template)), count


def qr_matrix(data: str) -> list[list[bool]]:
    """The module matrix of a QR code holding ``data`` (True dark)."""
    modules, count = _modules(data)
    return [[m == "1" for m in modules[r * count : (r + 1) * count]] for r in range(count)]


def qr_path(data: str, x: float, y: float, size: float) -> str:
    """Filled-rectangle operators drawing the QR code for ``data`` in a ``size`` square at x, y.

    A quiet zone of two modules is left inside the square. Runs of dark modules in a row become
    one rectangle.
    """
    modules, count = _modules(data)
    module = size / (count + 4)
    # One module is one unit: integer rectangles, scaled into place by a single matrix.
    ops = [f"q {module:.4f} 0 0 {module:.4f} {x:.2f} {y:.2f} cm"]
    runs = _RUNS.finditer
    for r in range(count):
        bottom = count + 1 - r
        left = r * count - 2  # the quiet zone
        ops += [
            f"{start - left} {bottom} {end - start} 1 re"
            for start, end in [run.span() for run in runs(modules, r * count, (r + 1) * count)]
        ]
    ops.append("f Q")
    return "\n".join(ops)

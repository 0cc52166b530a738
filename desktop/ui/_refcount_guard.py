"""Keep PySide6 6.12 from crashing CPython 3.11: give None, True and False endless references.

PySide6/shiboken 6.12 returns ``None`` from every void Qt call (and ``True`` from a signal's
``emit``) without taking a reference, as if they were immortal. They are immortal only from
Python 3.12 (PEP 683). On 3.11 each call steals one reference, and after some thousands of
calls CPython aborts with "none_dealloc: deallocating None". On 3.11 this module adds 2**40
references to each of the three, which is what 3.12 does by design; on 3.12+ it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA = 1 << 40


def guard() -> None:
    """Make None, True and False practically immortal (CPython < 3.12 only; idempotent)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _EXTRA:
            count.value += _EXTRA


guard()

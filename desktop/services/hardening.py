"""Process hardening: a crash must not write the app's memory (names, the private key) to disk.

Ubuntu's apport and systemd-coredump keep core dumps of crashed programs under ``/var``; a dump
of an unlocked Protest Kit would hold the unsealed names and the campaign's private key. So the
app forbids core dumps for itself (and its unsealing workers, which inherit this) at start, and
on Linux marks itself non-dumpable, which also stops other programs of the same user from
reading its memory with ptrace.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> None:
    """No core dump of this process or its children; best effort, never raises."""
    if sys.platform == "win32":  # Windows Error Reporting keeps no full dumps by default
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))  # the soft limit is what counts
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> bool | None:
    """Whether the kernel would dump this process's core (Linux only; None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None

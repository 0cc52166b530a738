"""Writing a PDF safely: a temp file beside the target, renamed into place only when complete."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

# A temp file untouched this long was left by an export that died (power cut, kill): it holds
# signers' names in the clear, so the next export to the same name removes it. A live export
# writes continuously, so its file is always fresh.
STALE_SECONDS = 15 * 60


def _remove_stale_parts(target: Path) -> None:
    """Remove what a killed export to ``target`` left behind (best effort)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
            with contextlib.suppress(OSError):
                if now - part.stat().st_mtime > STALE_SECONDS:
                    part.unlink()


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[BinaryIO]:
    """Yield a temp file in ``target``'s folder; on success it replaces ``target`` atomically.

    On any exception (a failure or a cancel) the temp file is removed and ``target`` is left
    as it was.
    """
    folder = target.parent
    _remove_stale_parts(target)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise

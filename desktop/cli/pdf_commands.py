"""CLI commands for the pdf group (filled in by its issue)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add this group's sub-commands to the protest-kit parser."""
    del sub
    _ = argparse

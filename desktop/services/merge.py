"""Merging volunteer files into the coordinator's campaign, and spotting likely duplicate signers.

A merge is idempotent (records are keyed by their random id), order-independent and lossless:
records are copied as they are, with their chain position and hash, so every laptop's chain
can still be verified in the merged file. Nothing is merged from a file whose chains do not
verify, or that belongs to another campaign or key.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.signature import Signature
from desktop.services import storage
from desktop.services.campaign import Campaign
from desktop.services.vault_errors import CampaignError, DamagedCampaign


@dataclass(frozen=True)
class SourceReport:
    """What one merged file brought."""

    path: Path
    added: int
    already_present: int
    tallies_added: int


@dataclass(frozen=True)
class MergeReport:
    """The outcome of :func:`merge_into`."""

    sources: tuple[SourceReport, ...]
    total: int
    """Live digital signatures in the target afterwards."""
    tally_conflicts: tuple[str, ...] = ()
    """Sheet ids whose counts differ between files (the target's count was kept)."""
    duplicates: tuple[tuple[Signature, ...], ...] | None = None
    """Groups of likely duplicate signers; None when the target was locked (not checked)."""
    added: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "added", sum(s.added for s in self.sources))


_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Fold a name or town for comparison: case, accents, ё/е, punctuation, word order."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("ё", "е").replace("й", "и")
    words = sorted(w for w in _PUNCT.split(folded) if w)
    return " ".join(words)


def likely_duplicates(signatures: Iterable[Signature]) -> list[tuple[Signature, ...]]:
    """Groups of signatures with the same normalised name and town (for a person to review)."""
    groups: dict[tuple[str, str, str], list[Signature]] = {}
    for sig in signatures:
        key = (sig.case_id, normalise(sig.full_name), normalise(sig.town))
        groups.setdefault(key, []).append(sig)
    return [tuple(group) for group in groups.values() if len(group) > 1]


def merge_into(target: Campaign, sources: Sequence[str | os.PathLike[str]]) -> MergeReport:
    """Copy every record of ``sources`` into ``target`` (one transaction per source).

    Each source must be the same campaign with the same public key, and its chains must
    verify; otherwise CampaignError/DamagedCampaign naming the file and record, and nothing
    from that source is merged. Records already present are skipped; a record id present with
    different content is an error (someone tampered with one of the files).
    """
    reports: list[SourceReport] = []
    conflicts: list[str] = []
    for source in sources:
        path = Path(source)
        if path.resolve() == target.path.resolve():
            msg = f"{path}: cannot merge a campaign into itself"
            raise CampaignError(msg)
        with Campaign.open(path) as other:
            _check_same_campaign(target, other)
            problems = other.verify()
            if problems:
                msg = f"{path}: not merged, the file does not verify: {problems[0].message}"
                raise DamagedCampaign(msg)
            report, sheet_conflicts = _merge_one(target, other)
        reports.append(report)
        conflicts.extend(sheet_conflicts)
    duplicates = None
    if target.is_unlocked:
        duplicates = tuple(likely_duplicates(target.signatures()))
    return MergeReport(tuple(reports), target.count(), tuple(conflicts), duplicates)


def _check_same_campaign(target: Campaign, other: Campaign) -> None:
    if other.campaign_id != target.campaign_id:
        msg = f"{other.path}: belongs to another campaign; not merged"
        raise CampaignError(msg)
    if other.public_key != target.public_key:
        msg = (
            f"{other.path}: sealed to a different key (key code {other.key_code}, expected "
            f"{target.key_code}); a forged file? not merged"
        )
        raise CampaignError(msg)


def _merge_one(target: Campaign, other: Campaign) -> tuple[SourceReport, list[str]]:
    src = other.connection
    added = present = tallies_added = 0
    conflicts: list[str] = []
    with target.transaction() as conn:
        cursor = src.execute(
            f"SELECT {storage.RECORD_SELECT} FROM records ORDER BY chain, seq"  # noqa: S608
        )
        for raw in cursor:
            row = storage.Row.of(raw)
            existing = conn.execute("SELECT hash FROM records WHERE id = ?", (row.id,)).fetchone()
            if existing is not None:
                if bytes(existing[0]) != row.hash:
                    msg = (
                        f"{other.path}: record {row.id} differs from the one already in "
                        f"{target.path} (tampered); nothing from this file was merged"
                    )
                    raise DamagedCampaign(msg)
                present += 1
                continue
            clash = conn.execute(
                "SELECT id FROM records WHERE chain = ? AND seq = ?", (row.chain, row.seq)
            ).fetchone()
            if clash is not None:
                msg = (
                    f"{other.path}: record {row.id} takes the place of record {clash[0]} "
                    "(chain fork: tampered); nothing from this file was merged"
                )
                raise DamagedCampaign(msg)
            conn.execute(
                f"INSERT INTO records ({storage.RECORD_COLUMNS}) "  # noqa: S608
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                tuple(row),
            )
            added += 1
        for chain, device, seq, digest in src.execute("SELECT chain, device, seq, hash FROM heads"):
            conn.execute(
                "INSERT INTO heads (chain, device, seq, hash) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash "
                "WHERE excluded.seq > heads.seq",
                (chain, device, seq, digest),
            )
        for sheet_id, case_id, count, body in src.execute(
            "SELECT sheet_id, case_id, count, body FROM tallies"
        ):
            mine = conn.execute(
                "SELECT count FROM tallies WHERE sheet_id = ?", (sheet_id,)
            ).fetchone()
            if mine is None:
                conn.execute(
                    "INSERT INTO tallies (sheet_id, case_id, count, body) VALUES (?, ?, ?, ?)",
                    (sheet_id, case_id, count, body),
                )
                tallies_added += 1
            elif int(mine[0]) != int(count):
                conflicts.append(str(sheet_id))
    return SourceReport(other.path, added, present, tallies_added), conflicts

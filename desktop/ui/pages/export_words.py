"""Preflight problems and export errors in plain words, in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.domain.kit import Kit
from desktop.domain.text import pick
from desktop.services.vault_errors import (
    CampaignError,
    DamagedCampaign,
    Locked,
    NoPrivateKey,
    StorageFull,
)

if TYPE_CHECKING:
    from desktop.pdf.preflight import Problem


def describe_problem(problem: Problem, kit: Kit | None) -> str:
    """One preflight problem as the organiser reads it: who, and what is missing."""
    who = problem.recipient_id or ""
    if kit is not None and problem.recipient_id:
        try:
            recipient = kit.recipient(problem.recipient_id)
        except KeyError:
            pass
        else:
            who = pick(recipient.name, problem.lang or recipient.language) or who
    lang = (problem.lang or "").upper()
    texts = {
        "no_address": QCoreApplication.translate(
            "ExportWords", "%1: no postal address (the envelope block stays empty)"
        ),
        "no_salutation": QCoreApplication.translate(
            "ExportWords", "%1: no salutation in %2 (the letter starts without a greeting)"
        ),
        "empty_letter": QCoreApplication.translate(
            "ExportWords", "%1: the letter in %2 has no text"
        ),
        "no_statement": QCoreApplication.translate(
            "ExportWords", "The case has no petition statement for people to sign."
        ),
        "no_recipients": QCoreApplication.translate("ExportWords", "No recipients are chosen."),
    }
    text = texts.get(problem.code)
    if text is None:
        return str(problem)  # anything newer: the engine's own words
    return text.replace("%1", who).replace("%2", lang)


def describe_error(error: object) -> str:
    """Why an export failed, without a traceback, and what to do about it."""
    from desktop.pdf import ExportError  # loaded already: the export ran

    detail = str(error)
    if isinstance(error, NoPrivateKey):
        text = QCoreApplication.translate(
            "ExportWords",
            "This laptop holds no key to read the signatures (a volunteer file or street "
            "mode). Export on the organiser's laptop, or import the key first.",
        )
    elif isinstance(error, Locked):
        text = QCoreApplication.translate(
            "ExportWords", "The campaign was locked during the export. Unlock it and export again."
        )
    elif isinstance(error, StorageFull):
        text = QCoreApplication.translate(
            "ExportWords", "The disk is full. Free some space and export again."
        )
    elif isinstance(error, DamagedCampaign):
        text = QCoreApplication.translate(
            "ExportWords", "The campaign file is damaged: %1"
        ).replace("%1", detail)
    elif isinstance(error, CampaignError | ExportError):
        text = QCoreApplication.translate(
            "ExportWords", "The export could not be made: %1"
        ).replace("%1", detail)
    elif isinstance(error, PermissionError):
        text = QCoreApplication.translate(
            "ExportWords",
            "The PDF could not be written there (no permission). Choose another folder.",
        )
    elif isinstance(error, OSError):
        reason = error.strerror or detail
        text = QCoreApplication.translate(
            "ExportWords", "The PDF could not be written: %1. Choose another folder."
        ).replace("%1", reason)
    else:
        text = QCoreApplication.translate(
            "ExportWords", "Something went wrong while exporting (%1). No file was written."
        ).replace("%1", type(error).__name__)
    return text

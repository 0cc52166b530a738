"""Print-ready PDFs with reportlab (no Qt): delivery packs, letter preview, blank sheets,
preflight checks and tamper-evidence verification.

The UI and the CLI use only the names exported here.
"""

from desktop.pdf.blank import BlankSheetsJob, blank_sheets
from desktop.pdf.escaping import escape_markup
from desktop.pdf.export import (
    ExportCancelled,
    ExportError,
    ExportJob,
    export_pack,
    plan_packs,
    render_letter_pdf,
)
from desktop.pdf.preflight import Problem, preflight
from desktop.pdf.verify import Mismatch, VerifyError, VerifyReport, verify_pdf

__all__ = [
    "BlankSheetsJob",
    "ExportCancelled",
    "ExportError",
    "ExportJob",
    "Mismatch",
    "Problem",
    "VerifyError",
    "VerifyReport",
    "blank_sheets",
    "escape_markup",
    "export_pack",
    "plan_packs",
    "preflight",
    "render_letter_pdf",
    "verify_pdf",
]

"""Turn a pydantic ValidationError into sentences an organiser can act on."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

translate = QCoreApplication.translate


def plain_problems(error: ValidationError, labels: Mapping[str, str]) -> list[str]:
    """One line per problem: the field's label (from ``labels``) and what to do about it."""
    lines: list[str] = []
    for detail in error.errors():
        loc = [str(part) for part in detail["loc"]]
        label = next((labels[part] for part in loc if part in labels), "")
        kind = detail["type"]
        if kind == "missing":
            what = translate("Validation", "is required.")
        elif kind == "too_short":
            what = translate("Validation", "needs at least one entry.")
        elif kind == "string_too_long":
            what = translate("Validation", "is too long.")
        elif kind == "string_pattern_mismatch":
            what = translate(
                "Validation", "may use only lower-case Latin letters, digits, '-' and '_'."
            )
        elif kind in {"date_parsing", "date_from_datetime_parsing", "date_type"}:
            what = translate("Validation", "is not a date; write it as YYYY-MM-DD.")
        elif kind == "value_error" and "forbidden control" in str(detail.get("msg", "")):
            what = translate("Validation", "contains an invisible control character; retype it.")
        else:
            what = str(detail.get("msg", "")).removeprefix("Value error, ")
        lines.append(f"{label}: {what}" if label else what)
    return lines or [str(error)]


ERROR_COLOUR = "#b00020"


def error_label(object_name: str, text: str = "") -> QLabel:
    """The red, word-wrapped line where a dialog says what is wrong (hidden while empty)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setVisible(bool(text))
    return label


def ok_cancel_buttons(dialog: QDialog, on_accept: object) -> QDialogButtonBox:
    """OK / Cancel: OK runs ``on_accept`` (which validates and accepts), Cancel rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons

"""Add or edit a recipient: names, position, organisation, address, salutations, language."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.recipient import Recipient
from desktop.domain.text import LANGS, Lang
from desktop.ui.dialogs.validation import error_label, ok_cancel_buttons, plain_problems
from desktop.ui.i18n import LANGUAGE_NAMES

translate = QCoreApplication.translate


class _LangTab(QWidget):
    """A recipient's texts in one language."""

    def __init__(self, lang: Lang, owner: QDialog) -> None:
        super().__init__()
        name = LANGUAGE_NAMES[lang]
        self.name = QLineEdit()
        self.position = QLineEdit()
        self.organisation = QLineEdit()
        self.salutation = QLineEdit()
        self.salutation.setPlaceholderText(
            translate("RecipientEditorDialog", "e.g. Dear Prosecutor General,")
        )
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, widget, accessible, key in (
            (
                translate("RecipientEditorDialog", "Name:"),
                self.name,
                translate("RecipientEditorDialog", "Name (%1)"),
                "name",
            ),
            (
                translate("RecipientEditorDialog", "Position:"),
                self.position,
                translate("RecipientEditorDialog", "Position (%1)"),
                "position",
            ),
            (
                translate("RecipientEditorDialog", "Organisation:"),
                self.organisation,
                translate("RecipientEditorDialog", "Organisation (%1)"),
                "organisation",
            ),
            (
                translate("RecipientEditorDialog", "Salutation:"),
                self.salutation,
                translate("RecipientEditorDialog", "Salutation (%1)"),
                "salutation",
            ),
        ):
            widget.setObjectName(f"recipient_{key}_{lang}")
            widget.setAccessibleName(accessible.replace("%1", name))
            form.addRow(label, widget)


class RecipientEditorDialog(QDialog):
    """Edit one recipient; ``built_recipient()`` is validated by the domain model."""

    def __init__(
        self, parent: QWidget | None, recipient: Recipient | None, taken_ids: set[str]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recipient_editor_dialog")
        self._original = recipient
        self._taken = taken_ids - ({recipient.id} if recipient else set())
        self._built: Recipient | None = None
        self.setWindowTitle(self.tr("Edit recipient") if recipient else self.tr("New recipient"))
        self.resize(620, 560)
        self._id = QLineEdit()
        self._id.setObjectName("recipient_id_edit")
        self._id.setAccessibleName(self.tr("Recipient id"))
        self._id.setPlaceholderText(self.tr("e.g. prosecutor-general"))
        self._id.setReadOnly(recipient is not None)
        self._role = QComboBox()
        self._role.setObjectName("recipient_role_combo")
        self._role.setAccessibleName(self.tr("Role"))
        self._role.addItem(self.tr("Target (the letter is addressed to them)"), "target")
        self._role.addItem(self.tr("Copy (receives a copy)"), "copy")
        self._language = QComboBox()
        self._language.setObjectName("recipient_language_combo")
        self._language.setAccessibleName(self.tr("Preferred language"))
        for lang in LANGS:
            self._language.addItem(LANGUAGE_NAMES[lang], lang)
        self._country = QLineEdit()
        self._country.setObjectName("recipient_country_edit")
        self._country.setAccessibleName(self.tr("Country"))
        self._address = QPlainTextEdit()
        self._address.setObjectName("recipient_address_edit")
        self._address.setAccessibleName(self.tr("Postal address"))
        self._address.setTabChangesFocus(True)
        self._address.setPlaceholderText(self.tr("One line per row; leave empty if unknown."))
        self._address.setMaximumHeight(110)
        self._tabs = QTabWidget()
        self._tabs.setObjectName("recipient_language_tabs")
        self._tabs.setAccessibleName(self.tr("Languages"))
        self._lang_tabs: dict[Lang, _LangTab] = {}
        for lang in LANGS:
            self._lang_tabs[lang] = _LangTab(lang, self)
            self._tabs.addTab(self._lang_tabs[lang], LANGUAGE_NAMES[lang])
        self._error = error_label("recipient_error_label")
        buttons = ok_cancel_buttons(self, self._on_buttons_accepted)
        form = QFormLayout()
        form.addRow(self.tr("&Id:"), self._id)
        form.addRow(self.tr("R&ole:"), self._role)
        form.addRow(self.tr("Preferred &language:"), self._language)
        form.addRow(self.tr("&Country:"), self._country)
        form.addRow(self.tr("Postal &address:"), self._address)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._error)
        layout.addWidget(buttons)
        if recipient is not None:
            self._fill(recipient)

    def _fill(self, recipient: Recipient) -> None:
        self._id.setText(recipient.id)
        self._role.setCurrentIndex(self._role.findData(recipient.role))
        self._language.setCurrentIndex(self._language.findData(recipient.language))
        self._country.setText(recipient.country)
        self._address.setPlainText("\n".join(recipient.address_lines))
        for lang, tab in self._lang_tabs.items():
            tab.name.setText(recipient.name.get(lang, ""))
            tab.position.setText(recipient.position.get(lang, ""))
            tab.organisation.setText(recipient.organisation.get(lang, ""))
            tab.salutation.setText(recipient.salutation.get(lang, ""))

    def tab(self, lang: Lang) -> _LangTab:
        """The fields for ``lang`` (tests type into them)."""
        return self._lang_tabs[lang]

    def set_id(self, recipient_id: str) -> None:
        """Type the recipient id."""
        self._id.setText(recipient_id)

    def set_address(self, text: str) -> None:
        """Type the postal address."""
        self._address.setPlainText(text)

    def error_text(self) -> str:
        """The problems shown after a failed OK."""
        return self._error.text()

    def _data(self) -> dict[str, Any]:
        data: dict[str, Any] = self._original.model_dump() if self._original else {}
        texts: dict[str, dict[str, str]] = {
            "name": {},
            "position": {},
            "organisation": {},
            "salutation": {},
        }
        for lang, tab in self._lang_tabs.items():
            for key, edit in (
                ("name", tab.name),
                ("position", tab.position),
                ("organisation", tab.organisation),
                ("salutation", tab.salutation),
            ):
                if edit.text().strip():
                    texts[key][lang] = edit.text()
        data.update(
            texts,
            id=self._id.text().strip(),
            role=self._role.currentData(),
            language=self._language.currentData(),
            country=self._country.text(),
            address_lines=[
                line.strip() for line in self._address.toPlainText().splitlines() if line.strip()
            ],
        )
        return data

    def _labels(self) -> dict[str, str]:
        return {
            "id": self.tr("Id"),
            "name": self.tr("Name"),
            "position": self.tr("Position"),
            "organisation": self.tr("Organisation"),
            "address_lines": self.tr("Postal address"),
            "country": self.tr("Country"),
            "salutation": self.tr("Salutation"),
            "notes": self.tr("Notes"),
        }

    def _on_buttons_accepted(self) -> None:
        data = self._data()
        problems: list[str] = []
        if not data["name"]:
            problems.append(self.tr("Name: write it in at least one language."))
        if data["id"] in self._taken:
            problems.append(
                self.tr("Id: another recipient already uses “%1”.").replace("%1", data["id"])
            )
        try:
            built = Recipient.model_validate(data)
        except ValidationError as error:
            problems.extend(plain_problems(error, self._labels()))
            built = None
        if problems or built is None:
            self._error.setText("\n".join(problems))
            self._error.show()
            return
        self._built = built
        self.accept()

    def built_recipient(self) -> Recipient | None:
        """The recipient as accepted, or None."""
        return self._built

    @classmethod
    def ask(
        cls, parent: QWidget | None, recipient: Recipient | None, taken_ids: set[str]
    ) -> Recipient | None:
        """Edit ``recipient`` (or a new one); the valid Recipient, or None if cancelled."""
        dialog = cls(parent, recipient, taken_ids)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.built_recipient()
            return None
        finally:
            dialog.deleteLater()

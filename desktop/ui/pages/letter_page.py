"""The Letter step: edit the case's letter per language, with a live PDF preview.

Signals:
    preview_updated(int): a fresh preview is on show; the argument is its page count.
    preview_failed(str): the preview could not be made; the argument says why, for people.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case import Case
from desktop.domain.letter import LetterTemplate
from desktop.domain.placeholders import PLACEHOLDERS
from desktop.domain.text import LANGS, Lang, pick
from desktop.ui.pages.letter_commands import LetterEditCommand, TextChange, with_letter
from desktop.ui.pages.letter_preview import (
    LetterPreviewPanel,
    LetterPreviewRequest,
    render_letter_preview,
)
from desktop.ui.session import CampaignSession
from desktop.ui.widgets.pdf_preview import PdfPreview
from desktop.ui.widgets.placeholder_editor import (
    PlaceholderEdit,
    describe_problem,
    placeholder_description,
    placeholder_label,
)

LANG_NAMES: dict[Lang, str] = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
"""Each language named in itself, as language switches usually are."""

FIELDS = ("subject", "body", "closing", "sender_block")

__all__ = ["LetterPage", "LetterPreviewRequest", "render_letter_preview"]


class LetterPage(QWidget):
    """Edit subject, body, closing and sender block; preview the letter as printed.

    Signals:
        preview_updated(int): a fresh preview is on show (page count).
        preview_failed(str): the preview could not be made (a plain-language reason).
    """

    preview_updated = Signal(int)
    preview_failed = Signal(str)

    def __init__(
        self,
        session: CampaignSession,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        render: Callable[[LetterPreviewRequest], bytes] = render_letter_preview,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letter_page")
        self._session = session
        self._undo_stack = undo_stack
        self._lang: Lang = "ru"
        self._shown: dict[Lang, LetterTemplate | None] = {}
        self._last_editor: PlaceholderEdit | None = None
        self._invalid = ""
        self._render = render
        self._build()
        session.kit_changed.connect(self._on_session_kit_changed)
        session.choices_changed.connect(self._on_session_choices_changed)
        session.campaign_changed.connect(self._on_session_campaign_changed)
        self._reload()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self._case_label = QLabel()
        self._case_label.setObjectName("letter_case_label")
        self._case_label.setWordWrap(True)
        self._case_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self._case_label.font()
        font.setBold(True)
        self._case_label.setFont(font)

        self._lang_tabs = QTabBar()
        self._lang_tabs.setObjectName("letter_language_tabs")
        self._lang_tabs.setAccessibleName(self.tr("Letter language"))
        self._lang_tabs.setToolTip(self.tr("Which language's letter you are editing"))
        self._lang_tabs.setExpanding(False)
        self._lang_tabs.setDrawBase(False)
        for lang in LANGS:
            self._lang_tabs.addTab(LANG_NAMES[lang])
        self._lang_tabs.currentChanged.connect(self._on_lang_tabs_current_changed)

        self._insert_button = QPushButton()
        self._insert_button.setObjectName("insert_placeholder_button")
        self._insert_button.setText(self.tr("&Insert placeholder"))
        self._insert_button.setAccessibleName(self.tr("Insert placeholder"))
        self._insert_button.setToolTip(
            self.tr("Placeholders are filled in for each recipient when the letter is printed.")
        )
        menu = QMenu(self._insert_button)
        menu.setObjectName("placeholder_menu")
        menu.setToolTipsVisible(True)
        group = ""
        for name in PLACEHOLDERS:
            kind = name.split(".")[0] if "." in name else "other"
            if group and kind != group:
                menu.addSeparator()
            group = kind
            # A short name to pick by, the code it inserts beside it, the full story on hover.
            action = QAction(placeholder_label(name) + "\t{" + name + "}", menu)
            action.setObjectName("insert_" + name.replace(".", "_"))
            action.setData(name)
            action.setToolTip(placeholder_description(name))
            action.setStatusTip(placeholder_description(name))
            action.triggered.connect(self._on_placeholder_action_triggered)
            menu.addAction(action)
        self._insert_button.setMenu(menu)

        top = QHBoxLayout()
        top.addWidget(self._lang_tabs)
        top.addStretch(1)
        top.addWidget(self._insert_button)

        labels = {
            "subject": self.tr("&Subject:"),
            "body": self.tr("&Body:"),
            "closing": self.tr("C&losing:"),
            "sender_block": self.tr("Se&nder:"),
        }
        accessible = {
            "subject": self.tr("Letter subject"),
            "body": self.tr("Letter body"),
            "closing": self.tr("Letter closing"),
            "sender_block": self.tr("Sender block"),
        }
        self._editors: dict[str, PlaceholderEdit] = {}
        grid = QGridLayout()
        grid.setVerticalSpacing(6)
        for row, field in enumerate(FIELDS):
            editor = PlaceholderEdit(field, single_line=field == "subject")
            editor.setObjectName(f"letter_{field}_edit")
            editor.setAccessibleName(accessible[field])
            editor.textChanged.connect(self._on_editor_text_changed)
            editor.problems_changed.connect(self._on_editor_problems_changed)
            editor.undo_requested.connect(self._undo_stack.undo)
            editor.redo_requested.connect(self._undo_stack.redo)
            editor.installEventFilter(self)
            label = QLabel(labels[field])
            label.setBuddy(editor)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            grid.addWidget(label, row, 0, align)
            grid.addWidget(editor, row, 1)
            self._editors[field] = editor
        self._editors["body"].setMinimumHeight(160)
        line = self._editors["closing"].fontMetrics().lineSpacing()
        self._editors["closing"].setMaximumHeight(4 * line + 14)
        self._editors["sender_block"].setMaximumHeight(5 * line + 14)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(1, 1)

        self._problems_label = QLabel()
        self._problems_label.setObjectName("letter_problems_label")
        self._problems_label.setWordWrap(True)
        self._problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self._problems_label.setStyleSheet("color: #b00020;")
        self._problems_label.setAccessibleName(self.tr("Problems in the letter"))
        self._problems_label.hide()

        editor_panel = QWidget()
        left = QVBoxLayout(editor_panel)
        left.setContentsMargins(0, 0, 6, 0)
        left.addWidget(self._case_label)
        left.addLayout(top)
        left.addLayout(grid, 1)
        left.addWidget(self._problems_label)

        self._preview_panel = LetterPreviewPanel(self._session, self._render)
        self._preview_panel.setObjectName("letter_preview_panel")
        self._preview_panel.updated.connect(self.preview_updated)
        self._preview_panel.failed.connect(self.preview_failed)

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("letter_splitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(editor_panel)
        self._splitter.addWidget(self._preview_panel)
        self._splitter.setStretchFactor(0, 5)
        self._splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self._splitter)

    # -- public API ------------------------------------------------------------------------
    def editor(self, field: str) -> PlaceholderEdit:
        """The editor of ``field``: 'subject', 'body', 'closing' or 'sender_block'."""
        return self._editors[field]

    def language(self) -> Lang:
        """The language whose letter is being edited."""
        return self._lang

    def set_language(self, lang: Lang) -> None:
        """Edit the letter in ``lang``."""
        self._lang_tabs.setCurrentIndex(LANGS.index(lang))

    def preview(self) -> PdfPreview:
        """The live preview widget."""
        return self._preview_panel.preview()

    def preview_panel(self) -> LetterPreviewPanel:
        """The recipient chooser and live preview beside the editors."""
        return self._preview_panel

    def preview_recipient_id(self) -> str | None:
        """The recipient the preview is drawn for."""
        return self._preview_panel.recipient_id()

    def set_preview_recipient(self, recipient_id: str) -> None:
        """Draw the preview for ``recipient_id``."""
        self._preview_panel.set_recipient(recipient_id)

    def insert_placeholder(self, name: str) -> None:
        """Insert ``{name}`` into the editor last used (the body at first)."""
        focused = self.focusWidget()
        if isinstance(focused, PlaceholderEdit):
            editor = focused
        else:
            editor = self._last_editor or self._editors["body"]
        editor.insert_placeholder(name)

    def refresh_preview(self) -> None:
        """Render the preview now rather than after the typing pause."""
        self._preview_panel.refresh()

    def problems_text(self) -> str:
        """The problems listed under the editors ('' when there are none)."""
        return self._problems_label.text() if not self._problems_label.isHidden() else ""

    # -- Qt overrides ----------------------------------------------------------------------
    def eventFilter(self, watched: Any, event: Any) -> bool:
        if isinstance(watched, PlaceholderEdit) and event.type() == event.Type.FocusIn:
            self._last_editor = watched
        return super().eventFilter(watched, event)

    # -- reading the session ---------------------------------------------------------------
    def _case(self) -> Case | None:
        return self._session.current_case()

    def _template(self, lang: Lang) -> LetterTemplate | None:
        case = self._case()
        return case.letters.get(lang) if case is not None else None

    def _reload(self) -> None:
        """Show the session's letter for the current case and language; refresh choosers."""
        case = self._case()
        kit = self._session.kit
        enabled = case is not None and kit is not None
        for editor in self._editors.values():
            editor.setEnabled(enabled)
        self._insert_button.setEnabled(enabled)
        if case is None or kit is None:
            self._case_label.setText(self.tr("Open a campaign to write its letter."))
            for editor in self._editors.values():
                editor.set_text_quietly("")
            self._shown = {}
            self._preview_panel.set_language(self._lang)
            return
        self._case_label.setText(
            self.tr("Letter for the case: %1").replace("%1", pick(case.title, self._lang))
        )
        template = self._template(self._lang)
        for field, editor in self._editors.items():
            value = template.fields()[field] if template is not None else ""
            if self._normalised(field, editor.toPlainText()) != value:
                editor.set_text_quietly(value)
        self._shown = {lang: case.letters.get(lang) for lang in LANGS}
        self._preview_panel.set_language(self._lang)
        self._update_problems()

    # -- editing ---------------------------------------------------------------------------
    def _normalised(self, field: str, text: str) -> str:
        try:
            template = LetterTemplate.model_validate({"lang": self._lang, field: text})
        except ValidationError:
            return text
        return str(getattr(template, field))

    def _on_editor_text_changed(self) -> None:
        editor = self.sender()
        if not isinstance(editor, PlaceholderEdit):
            return
        kit, case = self._session.kit, self._case()
        if kit is None or case is None:
            return
        field = editor.field
        old = self._template(self._lang) or LetterTemplate(lang=self._lang)
        values = old.fields()
        values[field] = editor.toPlainText()
        try:
            template = LetterTemplate.model_validate({"lang": self._lang, **values})
        except ValidationError as error:
            self._show_invalid(field, error)
            return
        self._invalid = ""
        if template == old:
            self._update_problems()
            return
        change = TextChange.between(old.fields()[field], template.fields()[field])
        command = LetterEditCommand(
            self._session,
            with_letter(kit, case.id, template),
            self.tr("Edit the letter (%1)").replace("%1", LANG_NAMES[self._lang]),
            key=(case.id, self._lang, field),
            change=change,
        )
        self._undo_stack.push(command)

    def _show_invalid(self, field: str, error: ValidationError) -> None:
        detail = error.errors()[0].get("msg", "") if error.errors() else ""
        self._invalid = self.tr("%1 is not saved: %2").replace("%1", field).replace("%2", detail)
        self._update_problems()

    def _on_editor_problems_changed(self, problems: list[object]) -> None:
        del problems
        self._update_problems()

    def _update_problems(self) -> None:
        names = {
            "subject": self.tr("Subject"),
            "body": self.tr("Body"),
            "closing": self.tr("Closing"),
            "sender_block": self.tr("Sender"),
        }
        lines: list[str] = []
        for field, editor in self._editors.items():
            lines.extend(
                self.tr("%1, line %2, column %3: %4")
                .replace("%1", names[field])
                .replace("%2", str(p.line))
                .replace("%3", str(p.column))
                .replace("%4", describe_problem(p))
                for p in editor.problems()
            )
        if self._invalid:
            lines.append(self._invalid)
        self._problems_label.setText("\n".join(lines))
        self._problems_label.setVisible(bool(lines))

    def _on_placeholder_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.insert_placeholder(str(action.data()))

    # -- session signals -------------------------------------------------------------------
    def _on_session_kit_changed(self) -> None:
        case = self._case()
        if case is not None and self._shown:
            changed = [lang for lang in LANGS if case.letters.get(lang) != self._shown.get(lang)]
            if changed and self._lang not in changed:
                # An undo or redo changed another language's letter: show that one.
                self._lang_tabs.blockSignals(True)
                self._lang = changed[0]
                self._lang_tabs.setCurrentIndex(LANGS.index(self._lang))
                self._lang_tabs.blockSignals(False)
        self._reload()
        self._preview_panel.schedule()

    def _on_session_choices_changed(self) -> None:
        self._reload()
        self._preview_panel.schedule()

    def _on_session_campaign_changed(self) -> None:
        self._preview_panel.clear()
        self._reload()

    def _on_lang_tabs_current_changed(self, index: int) -> None:
        self._lang = LANGS[index]
        self._reload()
        self._preview_panel.refresh()

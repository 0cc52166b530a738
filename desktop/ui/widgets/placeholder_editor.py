"""A text editor for letter templates that shows ``{placeholders}`` distinctly.

Known placeholders are drawn as blue chips; unknown ones and stray braces get a red wavy
underline, and hovering them says what is wrong and where (line and column), in the same
words the kit validator uses.

Editing history is not kept here: the editor's own undo is off, and Undo/Redo keys are
passed on as signals so the page can route them to the window's one ``QUndoStack``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QToolTip, QWidget

from desktop.domain.placeholders import PLACEHOLDERS, TemplateProblem, find_problems

TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")
"""The placeholder syntax of desktop.domain.placeholders, read one line at a time."""


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Colours known placeholders and marks unknown ones and stray braces as errors."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._known = QTextCharFormat()
        self._known.setForeground(QColor("#0b4f9c"))
        self._known.setBackground(QColor("#e3eefb"))
        self._known.setFontWeight(QFont.Weight.DemiBold)
        self._error = QTextCharFormat()
        self._error.setForeground(QColor("#b00020"))
        self._error.setBackground(QColor("#fde7ea"))
        self._error.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._error.setUnderlineColor(QColor("#b00020"))

    def highlightBlock(self, text: str) -> None:
        for match in TOKEN.finditer(text):
            token = match.group()
            if token in ("{{", "}}"):
                continue
            name = match.group(1)
            known = name is not None and name.strip() in PLACEHOLDERS
            fmt = self._known if known else self._error
            self.setFormat(match.start(), match.end() - match.start(), fmt)


class PlaceholderEdit(QPlainTextEdit):
    """Edits one template field (subject, body, closing or sender block).

    Signals:
        undo_requested(): the user pressed the Undo key in this editor.
        redo_requested(): the user pressed the Redo key in this editor.
        problems_changed(list): the field's TemplateProblems after an edit.
    """

    undo_requested = Signal()
    redo_requested = Signal()
    problems_changed = Signal(list)

    def __init__(
        self, field: str, parent: QWidget | None = None, *, single_line: bool = False
    ) -> None:
        super().__init__(parent)
        self._field = field
        self._single_line = single_line
        self._problems: list[TemplateProblem] = []
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.highlighter = PlaceholderHighlighter(self.document())
        if single_line:
            self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            line = self.fontMetrics().lineSpacing()
            margins = self.contentsMargins()
            frame = 2 * self.frameWidth() if self.frameShape() != QFrame.Shape.NoFrame else 0
            height = line + 2 * int(self.document().documentMargin()) + frame
            self.setFixedHeight(height + margins.top() + margins.bottom() + 2)
        self.textChanged.connect(self._on_self_text_changed)

    @property
    def field(self) -> str:
        """The template field this editor edits ('subject', 'body', ...)."""
        return self._field

    def problems(self) -> list[TemplateProblem]:
        """Unknown placeholders and stray braces, located by line and column."""
        return list(self._problems)

    def set_text_quietly(self, text: str) -> None:
        """Show ``text`` (from the kit) keeping the cursor near where it was, if it changed."""
        if text == self.toPlainText():
            return
        cursor = self.textCursor()
        position = cursor.position()
        old = self.toPlainText()
        # Put the cursor where the texts start to differ: that is where undo/redo changed.
        common = 0
        for a, b in zip(old, text, strict=False):
            if a != b:
                break
            common += 1
        self.blockSignals(True)
        try:
            self.setPlainText(text)
        finally:
            self.blockSignals(False)
        self._update_problems()
        cursor = self.textCursor()
        cursor.setPosition(min(common if old else position, len(text)))
        self.setTextCursor(cursor)

    def insert_placeholder(self, name: str) -> None:
        """Insert ``{name}`` at the cursor, as one edit."""
        self.insertPlainText("{" + name + "}")
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def problem_at(self, position: int) -> TemplateProblem | None:
        """The problem whose token covers character ``position`` of the text, if any."""
        text = self.toPlainText()
        for problem in self._problems:
            start = _offset(text, problem.line, problem.column)
            match = TOKEN.match(text, start)
            end = match.end() if match else start + 1
            if start <= position < end:
                return problem
        return None

    def placeholder_at(self, position: int) -> str | None:
        """The known placeholder name under character ``position``, if any."""
        block = self.document().findBlock(position)
        column = position - block.position()
        for match in TOKEN.finditer(block.text()):
            name = match.group(1)
            if match.start() <= column < match.end() and name and name.strip() in PLACEHOLDERS:
                return name.strip()
        return None

    # -- Qt overrides ----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            # Ours, so the window's Undo action does not run a second time.
            event.accept()
            return True
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()  # type: ignore[attr-defined]
            tip = self._tooltip_for(position)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
            return
        if self._single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # let a dialog or form see Enter; a subject is one line
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self._single_line and source.hasText():
            text = " ".join(source.text().split())
            self.insertPlainText(text)
            return
        super().insertFromMimeData(source)

    # -- internals -------------------------------------------------------------------------
    def _tooltip_for(self, position: int) -> str:
        problem = self.problem_at(position)
        if problem is not None:
            return locate_problem(problem)
        name = self.placeholder_at(position)
        if name is not None:
            return "{" + name + "}: " + placeholder_description(name)
        return ""

    def _on_self_text_changed(self) -> None:
        self._update_problems()

    def _update_problems(self) -> None:
        problems = find_problems(self.toPlainText(), self._field)
        if problems != self._problems:
            self._problems = problems
            self.problems_changed.emit(problems)


def _offset(text: str, line: int, column: int) -> int:
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start + column - 1


def describe_problem(problem: TemplateProblem) -> str:
    """A template problem in the interface language."""
    if problem.placeholder or problem.message.startswith("unknown"):
        return QCoreApplication.translate(
            "Placeholders", "unknown placeholder {%1}; choose one from Insert placeholder"
        ).replace("%1", problem.placeholder)
    return QCoreApplication.translate(
        "Placeholders", "a lone brace; write {{ or }} to print a brace"
    )


def locate_problem(problem: TemplateProblem) -> str:
    """'Line 3, column 5: unknown placeholder {foo}...' in the interface language."""
    return (
        QCoreApplication.translate("Placeholders", "Line %1, column %2: %3")
        .replace("%1", str(problem.line))
        .replace("%2", str(problem.column))
        .replace("%3", describe_problem(problem))
    )


def placeholder_description(name: str) -> str:
    """What a placeholder prints, in the interface language."""
    descriptions = {
        "recipient.salutation": QCoreApplication.translate(
            "Placeholders", "How the letter greets the recipient, in the letter's language."
        ),
        "recipient.name": QCoreApplication.translate("Placeholders", "The recipient's name."),
        "recipient.position": QCoreApplication.translate(
            "Placeholders", "The recipient's position."
        ),
        "recipient.organisation": QCoreApplication.translate(
            "Placeholders", "The recipient's organisation."
        ),
        "case.title": QCoreApplication.translate("Placeholders", "The case title."),
        "case.people": QCoreApplication.translate(
            "Placeholders", "The people concerned, with their roles."
        ),
        "case.summary": QCoreApplication.translate("Placeholders", "The case summary."),
        "case.charges": QCoreApplication.translate("Placeholders", "The charges, one per line."),
        "case.demands": QCoreApplication.translate("Placeholders", "The demands, one per line."),
        "case.reference": QCoreApplication.translate(
            "Placeholders", "The case reference, e.g. UA 12/10."
        ),
        "case.deadline": QCoreApplication.translate(
            "Placeholders", "The deadline, as a date in the letter's language."
        ),
        "signature_count": QCoreApplication.translate(
            "Placeholders", "How many people have signed, as a number in the letter's language."
        ),
        "date": QCoreApplication.translate(
            "Placeholders", "Today's date in the letter's language."
        ),
        "place": QCoreApplication.translate("Placeholders", "The town printed beside the date."),
        "organisation.name": QCoreApplication.translate(
            "Placeholders", "The sending organisation."
        ),
        "organisation.signatory": QCoreApplication.translate(
            "Placeholders", "Who signs the letter."
        ),
    }
    return descriptions.get(name, PLACEHOLDERS.get(name, ""))


def placeholder_label(name: str) -> str:
    """A short name for a placeholder, as the Insert menu lists it."""
    labels = {
        "recipient.salutation": QCoreApplication.translate("Placeholders", "Salutation"),
        "recipient.name": QCoreApplication.translate("Placeholders", "Recipient's name"),
        "recipient.position": QCoreApplication.translate("Placeholders", "Recipient's position"),
        "recipient.organisation": QCoreApplication.translate(
            "Placeholders", "Recipient's organisation"
        ),
        "case.title": QCoreApplication.translate("Placeholders", "Case title"),
        "case.people": QCoreApplication.translate("Placeholders", "People concerned"),
        "case.summary": QCoreApplication.translate("Placeholders", "Case summary"),
        "case.charges": QCoreApplication.translate("Placeholders", "Charges"),
        "case.demands": QCoreApplication.translate("Placeholders", "Demands"),
        "case.reference": QCoreApplication.translate("Placeholders", "Case reference"),
        "case.deadline": QCoreApplication.translate("Placeholders", "Deadline"),
        "signature_count": QCoreApplication.translate("Placeholders", "Number of signatures"),
        "date": QCoreApplication.translate("Placeholders", "Today's date"),
        "place": QCoreApplication.translate("Placeholders", "Town beside the date"),
        "organisation.name": QCoreApplication.translate("Placeholders", "Sending organisation"),
        "organisation.signatory": QCoreApplication.translate("Placeholders", "Who signs"),
    }
    return labels.get(name, name)

"""Fifty strangers sign; afterwards the station shows nothing of any of them.

Every signer gets distinctive canary strings (name, town, organisation). After all fifty,
every widget the application knows is searched for them: texts, placeholders, tooltips,
accessible names, window titles, completer models and undo/redo history. The clipboard
is untouched. The sealed records open with the coordinator's passphrase to exactly the fifty.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.ui.station.form import SignatureForm
from desktop.ui.station.station import SigningStation
from tests.ui.test_station_support import PASSPHRASE, make_station, new_campaign, scribble

SIGNERS = 50
CANARY = "zqxcanary"
CLIPBOARD = "clipboard sentinel: not a signer"


def _canaries(index: int) -> tuple[str, str, str]:
    return (
        f"Zqxcanary{index:02d} Vuwname",
        f"Zqxcanary{index:02d}town",
        f"Zqxcanary{index:02d} union",
    )


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    for row in range(model.rowCount()):
        for column in range(max(1, model.columnCount())):
            value = model.data(model.index(row, column))
            if value is not None:
                yield str(value)


def _history(edit: QLineEdit) -> Iterator[str]:
    """Every text the line edit's undo and redo history can bring back (drains it)."""
    steps = 0
    while edit.isUndoAvailable() and steps < 10_000:
        edit.undo()
        steps += 1
        yield edit.text()
    while edit.isRedoAvailable() and steps < 20_000:
        edit.redo()
        steps += 1
        yield edit.text()


def _document_history(edit: QTextEdit | QPlainTextEdit) -> Iterator[str]:
    document = edit.document()
    yield document.toPlainText()
    steps = 0
    while document.isUndoAvailable() and steps < 10_000:
        document.undo()
        steps += 1
        yield document.toPlainText()


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.objectName()
    for name in widget.dynamicPropertyNames():
        try:
            value = widget.property(bytes(name).decode())
        except RuntimeError:  # Qt-internal properties Python cannot convert (not text)
            continue
        yield str(value)
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.displayText()
        yield widget.placeholderText()
        completer = widget.completer()
        if completer is not None:
            yield from _model_texts(completer.model())
        yield from _history(widget)
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
        yield from _document_history(widget)
    if isinstance(widget, QComboBox):
        yield from _model_texts(widget.model())
        if widget.completer() is not None:
            yield from _model_texts(widget.completer().model())


def _object_texts(root: QObject) -> Iterator[str]:
    for stack in root.findChildren(QUndoStack):
        for index in range(stack.count()):
            yield stack.text(index)
    for model in root.findChildren(QAbstractItemModel):
        yield from _model_texts(model)


def _leaks(station: SigningStation) -> list[str]:
    widgets = set(QApplication.allWidgets()) | set(station.findChildren(QWidget))
    found = []
    for widget in widgets:
        for value in _widget_texts(widget):
            if CANARY in value.lower():
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: {value!r}")
    for value in _object_texts(station):
        if CANARY in value.lower():
            found.append(f"model/undo stack: {value!r}")
    for name, value in vars(station).items():
        if CANARY in repr(value).lower():
            found.append(f"station.{name}")
    return found


@pytest.fixture
def campaign(tmp_path: Path):
    campaign = new_campaign(tmp_path)
    yield campaign
    campaign.close()


def test_fifty_signers_leave_no_trace_and_unseal_to_exactly_themselves(qtbot, campaign) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(CLIPBOARD)
    if clipboard.supportsSelection():
        clipboard.setText(CLIPBOARD, QClipboard.Mode.Selection)
    station = make_station(qtbot, campaign)
    langs = ("en", "ru", "kk")

    for index in range(SIGNERS):
        name, town, organisation = _canaries(index)
        form = station.form
        assert form is not None
        assert station.pages.currentWidget() is station.form_page
        qtbot.mouseClick(station.language_buttons[langs[index % 3]], Qt.MouseButton.LeftButton)
        if index % 5 == 0:  # some make mistakes first: messages are shown, then fixed
            qtbot.keyClicks(form.fields["full_name"], "www." + name)
            qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
            assert form.errors["full_name"].isVisible()
            form.fields["full_name"].setFocus()
            qtbot.keyClick(
                form.fields["full_name"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
            )
            for _ in range(len("www." + name)):
                qtbot.keyClick(form.fields["full_name"], Qt.Key.Key_Backspace)
        qtbot.keyClicks(form.fields["full_name"], name)
        qtbot.keyClicks(form.fields["town"], town)
        qtbot.keyClicks(form.fields["organisation"], organisation)
        # Signers who try to copy what they typed put nothing on the clipboard.
        qtbot.keyClick(form.fields["town"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(form.fields["town"], Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(form.fields["town"], Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
        qtbot.mouseDClick(form.fields["organisation"], Qt.MouseButton.LeftButton)
        if index % 7 == 0:
            qtbot.mouseClick(form.anonymous.box, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(form.consent.box, Qt.MouseButton.LeftButton)
        scribble(form.pad, index)
        with qtbot.waitSignal(station.signed) as signal:
            qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
        assert signal.args == [index + 1]
        assert station.pages.currentWidget() is station.thanks_page
        assert name.split()[0].lower() not in station.thanks_page.count.text().lower()
        qtbot.mouseClick(station.thanks_page, Qt.MouseButton.LeftButton)

    assert clipboard.text() == CLIPBOARD
    if clipboard.supportsSelection():
        assert clipboard.text(QClipboard.Mode.Selection) == CLIPBOARD
    # Before the thrown-away forms are deleted, they are already empty ...
    assert _leaks(station) == []
    # ... and once Qt has run the deferred deletes, only the fresh form is left.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    forms = [w for w in QApplication.allWidgets() if isinstance(w, SignatureForm)]
    assert forms == [station.form]
    assert _leaks(station) == []
    assert not station.form.is_dirty()

    campaign.unlock(PASSPHRASE)
    signed = list(campaign.signatures())
    assert [s.full_name for s in signed] == [_canaries(i)[0] for i in range(SIGNERS)]
    assert [s.town for s in signed] == [_canaries(i)[1] for i in range(SIGNERS)]
    assert [s.organisation for s in signed] == [_canaries(i)[2] for i in range(SIGNERS)]
    assert [s.anonymous for s in signed] == [i % 7 == 0 for i in range(SIGNERS)]
    assert [s.lang for s in signed] == [("en", "ru", "kk")[i % 3] for i in range(SIGNERS)]
    assert all(s.drawing is not None and s.drawing.is_meaningful() for s in signed)


def test_the_leak_finder_finds_a_leak(qtbot, campaign) -> None:
    """The search above is not blind: a canary left in a field or its history is found."""
    station = make_station(qtbot, campaign)
    name = _canaries(99)[0]
    qtbot.keyClicks(station.form.fields["town"], name)
    assert _leaks(station) != []
    station.form.fields["town"].clear()  # clear() keeps undo history; the finder sees it
    assert _leaks(station) != []


def test_inputs_offer_no_context_menu_no_drag_and_no_completer(qtbot, campaign) -> None:
    station = make_station(qtbot, campaign)
    edits = station.form.findChildren(QLineEdit)
    assert len(edits) >= 3
    for edit in edits:
        assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
        assert not edit.dragEnabled()
        assert edit.completer() is None
        assert edit.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData

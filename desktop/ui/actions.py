"""Every window action declared once: an id, its text, its standard shortcut, its objectName."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

Std = QKeySequence.StandardKey


class ActionId(enum.Enum):
    """The window's actions; the value is the QAction's objectName (tests find them by it)."""

    NEW = "action_new"
    OPEN = "action_open"
    IMPORT_KIT = "action_import_kit"
    MERGE = "action_merge"
    EXPORT = "action_export"
    PRINT = "action_print"
    LOCK = "action_lock"
    QUIT = "action_quit"
    UNDO = "action_undo"
    REDO = "action_redo"
    SETTINGS = "action_settings"
    ABOUT = "action_about"
    GUIDE = "action_guide"


translate = QCoreApplication.translate


def action_text(action_id: ActionId) -> str:
    """The action's menu text in the current interface language."""
    texts = {
        ActionId.NEW: translate("Actions", "&New Campaign from a Kit…"),
        ActionId.OPEN: translate("Actions", "&Open Campaign…"),
        ActionId.IMPORT_KIT: translate("Actions", "&Import Kit…"),
        ActionId.MERGE: translate("Actions", "&Merge Signatures From…"),
        ActionId.EXPORT: translate("Actions", "&Export Petition…"),
        ActionId.PRINT: translate("Actions", "&Print…"),
        ActionId.LOCK: translate("Actions", "&Lock Now"),
        ActionId.QUIT: translate("Actions", "&Quit"),
        ActionId.UNDO: translate("Actions", "&Undo"),
        ActionId.REDO: translate("Actions", "&Redo"),
        ActionId.SETTINGS: translate("Actions", "&Settings…"),
        ActionId.ABOUT: translate("Actions", "&About Protest Kit"),
        ActionId.GUIDE: translate("Actions", "Short &Guide"),
    }
    return texts[action_id]


# Standard keys first (the platform's own), then a fallback where a platform has none.
_SHORTCUTS: dict[ActionId, tuple[Std | str, ...]] = {
    ActionId.NEW: (Std.New,),
    ActionId.OPEN: (Std.Open,),
    ActionId.IMPORT_KIT: ("Ctrl+I",),
    ActionId.MERGE: ("Ctrl+Shift+M",),
    ActionId.EXPORT: ("Ctrl+E",),
    ActionId.PRINT: (Std.Print,),
    ActionId.LOCK: ("Ctrl+L",),
    ActionId.QUIT: (Std.Quit, "Ctrl+Q"),
    ActionId.UNDO: (Std.Undo,),
    ActionId.REDO: (Std.Redo,),
    ActionId.SETTINGS: (Std.Preferences, "Ctrl+,"),
    ActionId.ABOUT: (),
    ActionId.GUIDE: (Std.HelpContents,),
}


def create_action(action_id: ActionId, parent: QObject) -> QAction:
    """Build the QAction for ``action_id`` with its text, shortcut(s) and objectName."""
    action = QAction(action_text(action_id), parent)
    action.setObjectName(action_id.value)
    shortcuts: list[QKeySequence] = []
    for key in _SHORTCUTS[action_id]:
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in shortcuts:
            shortcuts.append(sequence)
    action.setShortcuts(shortcuts)
    if action_id is ActionId.QUIT:
        action.setMenuRole(QAction.MenuRole.QuitRole)
    elif action_id is ActionId.SETTINGS:
        action.setMenuRole(QAction.MenuRole.PreferencesRole)
    elif action_id is ActionId.ABOUT:
        action.setMenuRole(QAction.MenuRole.AboutRole)
    return action


def create_actions(parent: QObject) -> dict[ActionId, QAction]:
    """All of the window's actions, by id."""
    return {action_id: create_action(action_id, parent) for action_id in ActionId}


def retranslate_actions(actions: dict[ActionId, QAction]) -> None:
    """Re-read every action's text after the interface language changed."""
    for action_id, action in actions.items():
        action.setText(action_text(action_id))

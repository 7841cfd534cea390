"""Edit: undo and redo (named after the step they take), copy, find."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP
from segmenter_app.ui.window.actions import SEPARATOR, Action, Menu

StandardKey = QKeySequence.StandardKey

MENU = Menu(
    "edit",
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    (
        # {what}: the step undone or redone, filled in by the window as the stack changes.
        Action(
            "edit.undo",
            QT_TRANSLATE_NOOP("MainWindow", "&Undo {what}"),
            lambda window: window.undo(),
            shortcuts=(StandardKey.Undo,),
            enabled=False,
        ),
        Action(
            "edit.redo",
            QT_TRANSLATE_NOOP("MainWindow", "&Redo {what}"),
            lambda window: window.redo(),
            shortcuts=("Ctrl+Shift+Z", "Ctrl+Y"),
            enabled=False,
        ),
        SEPARATOR,
        # The table copies on Ctrl+C itself; the menu's shortcut only names the key.
        Action(
            "edit.copy",
            QT_TRANSLATE_NOOP("MainWindow", "&Copy"),
            lambda window: window.workspace.table.copy_selection(),
            shortcuts=(StandardKey.Copy,),
            shortcut_context=Qt.ShortcutContext.WidgetShortcut,
            needs_document=True,
        ),
        Action(
            "edit.find",
            QT_TRANSLATE_NOOP("MainWindow", "&Find customer"),
            lambda window: window.focus_search(),
            shortcuts=(StandardKey.Find,),
            needs_document=True,
        ),
    ),
)

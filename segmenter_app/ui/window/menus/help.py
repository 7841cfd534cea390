"""Help: the guide (F1), the third-party licences, About."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP
from segmenter_app.ui.window.actions import SEPARATOR, Action, Menu

MENU = Menu(
    "help",
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
    (
        Action(
            "help.guide",
            QT_TRANSLATE_NOOP("MainWindow", "&Guide: segments, SoW, KZI, thresholds"),
            lambda window: window.help.show_guide("segments"),
            shortcuts=(QKeySequence.StandardKey.HelpContents,),  # F1
        ),
        SEPARATOR,
        Action(
            "help.licences",
            QT_TRANSLATE_NOOP("MainWindow", "Third-party &licences"),
            lambda window: window.help.show_licences(),
        ),
        Action(
            "help.about",
            QT_TRANSLATE_NOOP("MainWindow", "&About Segmenter"),
            lambda window: window.help.about(),
        ),
    ),
)

"""The built-in guide: what the segments, SoW, KZI, thresholds, the borderline band,
triage, the Team view and collecting mean.  HTML files that ship with the app
(``resources/guide/guide_<language>.html``), shown in a QTextBrowser: no network.

Reached from *Help ▸ Guide* (F1) and from the "?" buttons beside the terms
(``widgets/guide_button.py``), each opening the guide at its topic.  Where the guide
names a menu entry it writes ``{menu:file.collect}``: the window fills in the entry's
path as its menus say it in the language shown ("Datei ▸ Von Kundenbetreuern
einsammeln …"), so the guide never names an entry that is not there.  Escape closes it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from segmenter_app.core.resources import resource_path
from segmenter_app.ui.i18n import Retranslating

#: The guide's sections (anchors in both files).
TOPICS = ("segments", "measures", "thresholds", "borderline", "triage", "team", "collect")


#: A menu entry named in the guide: ``{menu:<action id>}``.
MENU_PLACE = re.compile(r"\{menu:([\w.]+)\}")


def guide_html(language: str) -> str:
    """The guide as it ships, its menu entries still placeholders."""
    path = resource_path("guide", f"guide_{'de' if language == 'de' else 'en'}.html")
    return path.read_text(encoding="utf-8")


def filled_guide(language: str, menu_path: Callable[[str], str]) -> str:
    """The guide with each ``{menu:id}`` written as ``menu_path(id)`` says it."""
    return MENU_PLACE.sub(lambda found: html.escape(menu_path(found.group(1))), guide_html(language))


class GuideWindow(Retranslating, QDialog):
    """A window beside the main one (not modal: the user reads while working)."""

    def __init__(self, language: str, menu_path: Callable[[str], str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.language = language
        self._menu_path = menu_path
        self.topic = "segments"
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(QSize(620, 640))
        # Escape closes the guide wherever its focus is (a dialog's own Escape needs the
        # dialog to have it).
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Segmenter guide"))

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            if self.isVisible():
                self.show_topic(self.topic)

    def show_topic(self, topic: str = "segments") -> None:
        self.topic = topic if topic in TOPICS else "segments"
        self.browser.setHtml(filled_guide(self.language, self._menu_path))
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.setFocus()
        self.browser.scrollToAnchor(self.topic)

"""The built-in guide: what the segments, SoW, KZI, thresholds, the borderline band,
triage, the Team view and collecting mean.  HTML files that ship with the app
(``resources/guide/guide_<language>.html``), shown in a QTextBrowser: no network.

Reached from *Help ▸ Guide* (F1) and from the "?" buttons beside the terms
(``widgets/guide_button.py``), each opening the guide at its topic.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from segmenter_app.core.resources import resource_path
from segmenter_app.ui.i18n import Retranslating

#: The guide's sections (anchors in both files).
TOPICS = ("segments", "measures", "thresholds", "borderline", "triage", "team", "collect")


def guide_html(language: str) -> str:
    path = resource_path("guide", f"guide_{'de' if language == 'de' else 'en'}.html")
    return path.read_text(encoding="utf-8")


class GuideWindow(Retranslating, QDialog):
    """A window beside the main one (not modal: the user reads while working)."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.language = language
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
        self.browser.setHtml(guide_html(self.language))
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.scrollToAnchor(self.topic)

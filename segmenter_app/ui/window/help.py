"""Help for the window: the guide (F1 and the "?" buttons), About, and the third-party
licences.  The Help menu itself is ``menus/help.py``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
)

from segmenter_app.core.resources import resource_path
from segmenter_app.ui.dialogs.guide import GuideWindow
from segmenter_app.ui.screen_fit import fit_to_screen


class Help(QObject):
    """Opens the guide, About and the licences beside ``window`` (in its language)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        #: the guide, once opened (it stays for the next time)
        self.guide_window: GuideWindow | None = None
        #: About and the licences while they are shown
        self.about_box: QMessageBox | None = None
        self.licences_dialog: QDialog | None = None

    def show_guide(self, topic: str = "segments") -> None:
        language = self._window.translations.language
        if self.guide_window is None:
            self.guide_window = GuideWindow(language, self._window.action_table.path, self._window)
        self.guide_window.set_language(language)
        self.guide_window.show_topic(topic)

    def close_guide(self) -> bool:
        """Close the guide if it is open; True when it was."""
        if self.guide_window is None or not self.guide_window.isVisible():
            return False
        self.guide_window.close()
        return True

    def set_language(self, language: str) -> None:
        if self.guide_window is not None:
            self.guide_window.set_language(language)

    def about(self) -> None:
        from segmenter_app import __version__

        box = QMessageBox(self._window)
        box.setWindowTitle(QCoreApplication.translate("HelpActions", "About Segmenter"))
        box.setIconPixmap(self._window.windowIcon().pixmap(64, 64))
        box.setText(
            QCoreApplication.translate(
                "HelpActions",
                "<b>Segmenter {version}</b><p>Customers by share of wallet and satisfaction: "
                "where to grow, what to fix, what to model and what to move.</p>"
                "<p>Works offline; your lists never leave this computer.</p>"
                "<p>Built with Qt and PySide6 (LGPL-3.0) and other open-source libraries.</p>",
            ).format(version=__version__)
        )
        licences = box.addButton(
            QCoreApplication.translate("HelpActions", "Third-party licences…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        licences.clicked.connect(self.show_licences)
        self.about_box = box
        box.open()

    def show_licences(self) -> None:
        dialog = QDialog(self._window)
        dialog.setObjectName("licences")
        dialog.setWindowTitle(QCoreApplication.translate("HelpActions", "Third-party licences"))
        browser = QTextBrowser()
        browser.setOpenExternalLinks(False)
        # The notices in the window's language; the licence itself in its English
        # original, the only binding wording.
        language = self._window.translations.language
        name = "notices_de.html" if language == "de" else "notices.html"
        notices = resource_path("licenses", name).read_text(encoding="utf-8")
        lgpl = resource_path("licenses", "LGPL-3.0.txt").read_text(encoding="utf-8")
        original = QCoreApplication.translate("HelpActions", "The licence in its original English wording:")
        browser.setHtml(
            notices + f"<hr><h3>GNU LGPL 3.0</h3><p>{original}</p><pre>" + _escape(lgpl) + "</pre>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        fit_to_screen(dialog, 720, 640)
        self.licences_dialog = dialog
        dialog.open()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

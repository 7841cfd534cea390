"""The Help menu of a MainWindow: the guide (F1), About, and the third-party licences."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout

from segmenter_app.core.resources import resource_path
from segmenter_app.ui.dialogs.guide import GuideWindow


class HelpActions:
    """Mixin for MainWindow: ``_create_help_actions`` before the menus, ``_fill_help_menu``
    with them, ``_retranslate_help`` in retranslate."""

    def _create_help_actions(self) -> None:
        self.guide_window: GuideWindow | None = None
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.help_action.triggered.connect(lambda: self.show_guide("segments"))
        self.licences_action = QAction(self)
        self.licences_action.triggered.connect(self.show_licences)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)

    def _fill_help_menu(self, menu) -> None:
        menu.addAction(self.help_action)
        menu.addSeparator()
        menu.addAction(self.licences_action)
        menu.addAction(self.about_action)

    def _retranslate_help(self) -> None:
        self.help_action.setText(self.tr("&Guide: segments, SoW, KZI, thresholds"))
        self.licences_action.setText(self.tr("Third-party &licences"))
        self.about_action.setText(self.tr("&About Segmenter"))

    def show_guide(self, topic: str = "segments") -> None:
        if self.guide_window is None:
            self.guide_window = GuideWindow(self.translations.language, self)
        self.guide_window.set_language(self.translations.language)
        self.guide_window.show_topic(topic)

    def about(self) -> None:
        from segmenter_app import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Segmenter"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<b>Segmenter {version}</b><p>Customers by share of wallet and satisfaction: "
                "where to grow, what to fix, what to model and what to move.</p>"
                "<p>Works offline; your lists never leave this computer.</p>"
                "<p>Built with Qt and PySide6 (LGPL-3.0) and other open-source libraries.</p>"
            ).format(version=__version__)
        )
        licences = box.addButton(self.tr("Third-party licences…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        licences.clicked.connect(self.show_licences)
        self.about_box = box
        box.open()

    def show_licences(self) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("licences")
        dialog.setWindowTitle(self.tr("Third-party licences"))
        browser = QTextBrowser()
        browser.setOpenExternalLinks(False)
        notices = resource_path("licenses", "notices.html").read_text(encoding="utf-8")
        lgpl = resource_path("licenses", "LGPL-3.0.txt").read_text(encoding="utf-8")
        browser.setHtml(notices + "<hr><h3>GNU LGPL 3.0</h3><pre>" + _escape(lgpl) + "</pre>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(640, 560)
        self.licences_dialog = dialog
        dialog.open()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""What a new user does first, run inside the program itself: the packaged app's check.

``SEGMENTER_SELF_CHECK=de Segmenter`` (or ``=en``: the language the system should give)
starts the window with no file, as a double click does, and then, as a user would:
clicks *Try the sample data* on the start page, waits for the list, switches
*Settings ▸ Language* to the other language and back, opens the guide (F1), and checks
the window icon.  Each step prints one line to stderr; the program exits 0 when every
step found what a user should see, else 1.  ``packaging/build.py`` runs it on the
bundle (where a missing resource once gave an English window on a German system).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

#: What the File menu is called in each language (its German translation from the .ts).
FILE_MENU = {"en": "&File", "de": "&Datei"}
#: Settings ▸ Language: the system's, or one of its own.
LANGUAGE_SETTINGS = ("system", *FILE_MENU)
#: The customer column's header in each language.
CUSTOMER_HEADER = {"en": "Customer", "de": "Kunde"}


class SelfCheck(QObject):
    def __init__(self, window, expected_language: str) -> None:
        super().__init__(window)
        self.window = window
        self.expected = expected_language
        self.failures: list[str] = []
        window.document_opened.connect(self._on_opened)

    def _say(self, ok: bool, what: str) -> None:
        print(f"self-check {'ok  ' if ok else 'FAIL'} {what}", file=sys.stderr, flush=True)
        if not ok:
            self.failures.append(what)

    def _language_shown(self) -> str:
        title = self.window.menu("file").title()
        return next((code for code, text in FILE_MENU.items() if text == title), f"? ({title!r})")

    def start(self) -> None:
        window = self.window
        self.language_setting = next(
            (code for code in LANGUAGE_SETTINGS if window.action(f"settings.language.{code}").isChecked()),
            "system",
        )
        self._say(not QApplication.windowIcon().isNull(), "the window has an icon")
        shown = self._language_shown()
        self._say(shown == self.expected, f"system language {self.expected}: the window speaks {shown}")
        self._say(window.stack.currentWidget() is window.empty, "no file given: the start page shows")
        # A modal box here (a missing sample, a crash report) would block the click.
        self._say(QApplication.activeModalWidget() is None, "no message box in the way")
        window.empty.sample_button.click()

    def _on_opened(self, document) -> None:
        QTimer.singleShot(0, lambda: self._after_open(document))

    def _after_open(self, document) -> None:
        window = self.window
        self._say(len(document) > 0, f"the sample list opened: {len(document)} customers")
        other = "en" if self.expected == "de" else "de"
        for code in (other, self.expected):
            window.action(f"settings.language.{code}").trigger()
            shown = self._language_shown()
            header = window.workspace.table.model().headerData(
                window.workspace.model.column_of("customer_name"), Qt.Orientation.Horizontal
            )
            self._say(
                shown == code and header == CUSTOMER_HEADER[code],
                f"Settings ▸ Language ▸ {code}: menus in {shown}, table header {header!r}",
            )
        # Leave the language setting as the user had it (the switches above stored theirs).
        window.action(f"settings.language.{self.language_setting}").trigger()
        window.action("help.guide").trigger()
        guide = window.help.guide_window
        text = guide.browser.toPlainText() if guide is not None else ""
        shown = guide is not None and guide.isVisible() and len(text) > 500
        self._say(shown, f"F1 shows the guide ({len(text)} characters)")
        window.close()  # as the user would: the recovery journal of the sample goes too
        QApplication.exit(1 if self.failures else 0)


def install(window, expected_language: str) -> SelfCheck:
    check = SelfCheck(window, expected_language)
    QTimer.singleShot(0, check.start)
    # Never hang a build: a step that never comes fails the check.
    QTimer.singleShot(90_000, lambda: (check._say(False, "finished within 90 s"), QApplication.exit(1)))
    return check

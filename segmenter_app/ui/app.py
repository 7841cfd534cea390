"""Start the window: the application, its settings, its language."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from segmenter_app.core.reading.reader import WorkbookSource
from segmenter_app.core.resources import resource_path
from segmenter_app.ui.i18n import Translations
from segmenter_app.ui.window.main_window import MainWindow

ORGANISATION = "Segmenter"
APPLICATION = "Segmenter"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    if not QApplication.organizationName():
        app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Segmenter")
    use_data_dir_for_settings()
    icon = resource_path("icons", "segmenter.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def use_data_dir_for_settings() -> None:
    """SEGMENTER_DATA_DIR moves all of the app's own files: recovery files and mappings
    (see ``app_data_dir``) and the settings too — window layout, language, recent files,
    last folder — as an INI file in ``settings/`` below it.  Tests and benchmarks set
    it and never touch a user's settings."""
    folder = os.environ.get("SEGMENTER_DATA_DIR")
    if folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(folder) / "settings")
        )


def create_window(app: QApplication) -> MainWindow:
    translations = Translations(app)
    translations.install(str(QSettings().value("language", "system")))
    return MainWindow(translations)


class _StartTrace(QObject):
    """SEGMENTER_TRACE=1: print when the window was first painted and when a list opened
    at start was first shown (for the start-up benchmark); SEGMENTER_TRACE_EXIT=1 quits
    then."""

    def __init__(self, window: MainWindow, started: float, wait_for_list: bool) -> None:
        super().__init__(window)
        self.window, self.started = window, started
        self.wait_for_list = wait_for_list
        self.stage = "window"
        window.installEventFilter(self)
        window.document_opened.connect(self._on_opened)

    def _print(self, what: str) -> None:
        print(f"trace {time.perf_counter() - self.started:7.3f} s  {what}", file=sys.stderr, flush=True)

    def _on_opened(self, _document) -> None:
        self.stage = "list"
        self.window.update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            if self.stage == "window":
                self._print(f"window painted ({gc.get_freeze_count()} objects kept out of collections)")
                self.stage = "opening" if self.wait_for_list else "done"
                if not self.wait_for_list:
                    self._finish()
            elif self.stage == "list":
                self.stage = "done"
                # Painted with the list; the next event loop turn means it answers input.
                QTimer.singleShot(0, self._shown)
        return False

    def _shown(self) -> None:
        self._print("list shown, window responsive")
        self._finish()

    def _finish(self) -> None:
        if os.environ.get("SEGMENTER_TRACE_EXIT"):
            QTimer.singleShot(0, QApplication.quit)


class _OpenDocuments(QObject):
    """macOS hands a document double-clicked in Finder (a .segmenter project, a list
    dropped on the Dock icon) to the running app as a FileOpen event, not as an
    argument: open it in the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            path = event.file()
            QTimer.singleShot(0, lambda: self.window.open_file(path))
            return True
        return False


def open_documents_in(app: QApplication, window: MainWindow) -> _OpenDocuments:
    handler = _OpenDocuments(window)
    app.installEventFilter(handler)
    return handler


def keep_out_of_collections() -> None:
    """What the start made lives as long as the app: Qt's, matplotlib's and pandas'
    objects and the window's (~140,000 that can hold others).  Python's full garbage
    collection walked them all each time (~90 ms with a 100,000-customer list open: a
    frame of a drag missed).  Collected once and frozen, they are left out of every
    later pass, which then takes about a millisecond."""
    gc.collect()
    gc.freeze()


def run(path: Path | None = None, source: WorkbookSource | None = None) -> int:
    """Show the window and open ``path``; ``source`` is that file already being read
    (started before Qt was imported)."""
    from segmenter_app import STARTED

    app = create_application()
    window = create_window(app)
    window.document_handler = open_documents_in(app, window)
    if os.environ.get("SEGMENTER_TRACE"):
        window.start_trace = _StartTrace(window, STARTED, path is not None)
    check = os.environ.get("SEGMENTER_SELF_CHECK")
    if check:
        from segmenter_app.ui import self_check

        window.self_check = self_check.install(window, check)
    window.show()
    keep_out_of_collections()
    # Work a crash left behind is offered first; then the file asked for opens.
    QTimer.singleShot(0, window.projects.check_recoveries)
    if path is not None:
        QTimer.singleShot(0, lambda: window.open_file(path, source=source))
    try:
        return app.exec()
    finally:
        if source is not None:
            source.close()  # never collected (the user cancelled); a no-op otherwise

"""File ▸ Collect from managers… and File ▸ Save a copy for…: the window's side of work
that comes back (the engine is core/projects/collect.py and manager_copy.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.outputs.report_data import safe_file_name
from segmenter_app.core.projects.collect import CollectPlan, plan_collect
from segmenter_app.core.projects.manager_copy import save_manager_copy
from segmenter_app.core.projects.returned_sheets import is_returned_file
from segmenter_app.core.text import texts
from segmenter_app.ui.window.file_dialogs import ask_to_open, last_folder
from segmenter_app.ui.window.loading import Loading
from segmenter_app.ui.window.projects import Projects
from segmenter_app.ui.workers import Job


class Collecting(QObject):
    """Collects into the project ``projects`` holds what ``window`` shows (its document,
    settings, translations and status bar); ``loading`` reads the returned files."""

    def __init__(self, window: QMainWindow, projects: Projects, loading: Loading) -> None:
        super().__init__(window)
        self._window = window
        self._projects = projects
        self._loading = loading
        #: the review of returned files while it is open (for tests and scripts)
        self.collect_dialog = None

    # ----------------------------------------------------------------- collect

    def collect_from_managers(self) -> None:
        if self._window.document is None:
            return
        chosen = ask_to_open(
            self._window,
            QCoreApplication.translate("CollectActions", "Collect from managers"),
            QCoreApplication.translate(
                "CollectActions", "Returned workbooks and copies (*.xlsx *.xlsm *.segmenter);;All files (*)"
            ),
            many=True,
        )
        if chosen:
            self.collect_files(chosen)

    def collect_files(self, paths: list[Path]) -> None:
        """Read returned files off the UI thread, then review them before anything changes."""
        if self._window.document is None or not paths:
            return
        job = Job(plan_collect, self._window.document, list(paths), list(self._projects.history))
        self._loading.run(job, Path(paths[0]), self._on_collect_planned)

    def collect_dropped(self, files: list[str]) -> bool:
        """Workbooks or copies that came back, dropped on the window: collected, not
        opened (True when they are)."""
        if self._window.document is None or not all(is_returned_file(Path(f)) for f in files):
            return False
        self.collect_files([Path(f) for f in files])
        return True

    def _on_collect_planned(self, _path: Path, plan: CollectPlan) -> None:
        from segmenter_app.ui.dialogs.collect_dialog import CollectDialog

        dialog = CollectDialog(plan, self._window.translations.language, self._window)
        self.collect_dialog = dialog
        if dialog.exec() != CollectDialog.DialogCode.Accepted:
            self.collect_dialog = None
            return
        self.collect_dialog = None
        record = self._projects.session.collect(plan)
        self._window.update_title()
        summary = record.summary
        files, taken = summary["files"], summary["taken"]
        conflicts, accepted = summary["conflicts"], summary["suggestions_accepted"]
        self._window.statusBar().showMessage(
            self.tr("Collected {files}: {taken}, {conflicts} ({chosen} taken), {accepted}.").format(
                files=self.tr("{count} file(s)", "", files).format(count=files),
                taken=self.tr("{count} value(s) taken", "", taken).format(count=taken),
                conflicts=self.tr("{count} conflict(s)", "", conflicts).format(count=conflicts),
                chosen=summary["conflicts_taken"],
                accepted=self.tr("{count} suggestion(s) accepted", "", accepted).format(count=accepted),
            ),
            15000,
        )

    # ----------------------------------------------------------------- copies

    def save_copy_for(self, manager: str | None = None, path: Path | None = None) -> bool:
        """A project of one manager's customers, with the baseline to collect it back."""
        document = self._window.document
        if document is None:
            return False
        if manager is None:
            managers = document.managers
            manager, ok = QInputDialog.getItem(
                self._window,
                QCoreApplication.translate("CollectActions", "Save a copy for…"),
                QCoreApplication.translate("CollectActions", "Account manager:"),
                managers,
                0,
                False,
            )
            if not ok or not manager:
                return False
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self._window,
                QCoreApplication.translate("CollectActions", "Save a copy for {manager}").format(
                    manager=manager
                ),
                str(last_folder(self._window) / f"{safe_file_name(manager)}.segmenter"),
                QCoreApplication.translate("CollectActions", "Segmenter projects (*.segmenter)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        if path.suffix.lower() != ".segmenter":
            path = path.with_name(path.name + ".segmenter")
        try:
            save_manager_copy(
                document,
                manager,
                path,
                source_path=self._projects.source_path,
                open_project=self._projects.project_path,
            )
        except ProjectError as error:
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("CollectActions", "Save a copy for…"),
                QCoreApplication.translate("CollectActions", "The copy could not be saved: {reason}").format(
                    reason=texts.project_error_message(error, self._window.translations.language)
                ),
            )
            return False
        self._window.statusBar().showMessage(
            QCoreApplication.translate("CollectActions", "Saved a copy for {manager}: {file}").format(
                manager=manager, file=path.name
            ),
            10000,
        )
        return True

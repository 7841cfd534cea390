"""File ▸ Collect from managers… and File ▸ Save a copy for…: the window's side of work
that comes back (the engine is core/projects/collect.py and manager_copy.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.outputs.report_data import safe_file_name
from segmenter_app.core.projects.collect import CollectPlan, plan_collect
from segmenter_app.core.projects.manager_copy import save_manager_copy
from segmenter_app.core.projects.returned_sheets import is_returned_file
from segmenter_app.core.text import texts
from segmenter_app.ui.workers import Job


class CollectActions:
    """Mixed into MainWindow: it has document, session, history, settings, file_menu,
    export_action, _start_job, _update_title, translations and the status bar."""

    def _create_collect_actions(self) -> None:
        self.collect_action = QAction(self)
        self.collect_action.triggered.connect(self.collect_from_managers)
        self.copy_for_action = QAction(self)
        self.copy_for_action.triggered.connect(lambda: self.save_copy_for())
        self.file_menu.insertAction(self.export_action, self.collect_action)
        self.file_menu.insertAction(self.export_action, self.copy_for_action)
        self.collect_dialog = None

    def _retranslate_collect(self) -> None:
        if not hasattr(self, "collect_action"):  # the first call: the window is being built
            self._create_collect_actions()
        self.collect_action.setText(QCoreApplication.translate("CollectActions", "&Collect from managers…"))
        self.copy_for_action.setText(QCoreApplication.translate("CollectActions", "Save a cop&y for…"))

    def _enable_collect(self, enabled: bool) -> None:
        self.collect_action.setEnabled(enabled)
        self.copy_for_action.setEnabled(enabled)

    # ----------------------------------------------------------------- collect

    def collect_from_managers(self) -> None:
        if self.document is None:
            return
        folder = str(self.settings.value("last_folder", str(Path.home())))
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("CollectActions", "Collect from managers"),
            folder,
            QCoreApplication.translate(
                "CollectActions", "Returned workbooks and copies (*.xlsx *.xlsm *.segmenter);;All files (*)"
            ),
        )
        if paths:
            self.collect_files([Path(p) for p in paths])

    def collect_files(self, paths: list[Path]) -> None:
        """Read returned files off the UI thread, then review them before anything changes."""
        if self.document is None or not paths:
            return
        job = Job(plan_collect, self.document, list(paths), list(self.history))
        self._start_job(job, Path(paths[0]), self._on_collect_planned)

    def collect_dropped(self, files: list[str]) -> bool:
        """Workbooks or copies that came back, dropped on the window: collected, not
        opened (True when they are)."""
        if self.document is None or not all(is_returned_file(Path(f)) for f in files):
            return False
        self.collect_files([Path(f) for f in files])
        return True

    def _on_collect_planned(self, _path: Path, plan: CollectPlan) -> None:
        from segmenter_app.ui.collect_dialog import CollectDialog

        dialog = CollectDialog(plan, self.translations.language, self)
        self.collect_dialog = dialog
        if dialog.exec() != CollectDialog.DialogCode.Accepted:
            self.collect_dialog = None
            return
        self.collect_dialog = None
        record = self.session.collect(plan)
        self._update_title()
        summary = record.summary
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "CollectActions",
                "Collected {files} file(s): {taken} value(s) taken, {conflicts} conflict(s) "
                "({chosen} taken), {accepted} suggestion(s) accepted.",
            ).format(
                files=summary["files"],
                taken=summary["taken"],
                conflicts=summary["conflicts"],
                chosen=summary["conflicts_taken"],
                accepted=summary["suggestions_accepted"],
            ),
            15000,
        )

    # ----------------------------------------------------------------- copies

    def save_copy_for(self, manager: str | None = None, path: Path | None = None) -> bool:
        """A project of one manager's customers, with the baseline to collect it back."""
        document = self.document
        if document is None:
            return False
        if manager is None:
            managers = document.managers
            manager, ok = QInputDialog.getItem(
                self,
                QCoreApplication.translate("CollectActions", "Save a copy for…"),
                QCoreApplication.translate("CollectActions", "Account manager:"),
                managers,
                0,
                False,
            )
            if not ok or not manager:
                return False
        if path is None:
            folder = Path(str(self.settings.value("last_folder", str(Path.home()))))
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("CollectActions", "Save a copy for {manager}").format(
                    manager=manager
                ),
                str(folder / f"{safe_file_name(manager)}.segmenter"),
                QCoreApplication.translate("CollectActions", "Segmenter projects (*.segmenter)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        if path.suffix.lower() != ".segmenter":
            path = path.with_name(path.name + ".segmenter")
        try:
            save_manager_copy(
                document, manager, path, source_path=self.source_path, open_project=self.project_path
            )
        except ProjectError as error:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("CollectActions", "Save a copy for…"),
                QCoreApplication.translate("CollectActions", "The copy could not be saved: {reason}").format(
                    reason=texts.project_error_message(error, self.translations.language)
                ),
            )
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate("CollectActions", "Saved a copy for {manager}: {file}").format(
                manager=manager, file=path.name
            ),
            10000,
        )
        return True

"""Opening a customer list: the file dialog, reading in the background with progress and
Cancel, the import dialog when the engine is not sure.  A mixin of :class:`MainWindow`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressDialog,
)

from segmenter_app.core.headers.search import ImportFailure
from segmenter_app.core.importing.importer import ImportOptions, ImportResult, load_customers
from segmenter_app.core.importing.mappings import MappingMemory
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.snapshot import ImportRecord
from segmenter_app.core.reading.rawdata import ReadError
from segmenter_app.core.reading.reader import WorkbookSource
from segmenter_app.core.resources import sample_list
from segmenter_app.core.text import texts
from segmenter_app.ui.import_dialog import ImportDialog
from segmenter_app.ui.project_actions import app_data_dir
from segmenter_app.ui.workers import Job

OPEN_FILTER = "*.segmenter *.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv"


class ListLoading:
    """Part of the main window (see the module\'s docstring)."""

    def open_dialog(self) -> None:
        folder = str(self.settings.value("last_folder", str(Path.home())))
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open customer list"),
            folder,
            QCoreApplication.translate("MainWindow", "Customer lists ({patterns});;All files (*)").format(
                patterns=OPEN_FILTER
            ),
        )
        if path:
            self.open_file(path)

    def open_sample(self) -> None:
        self.open_file(sample_list(self.translations.language))

    def open_file(
        self, path: str | Path, options: ImportOptions | None = None, *, source: WorkbookSource | None = None
    ) -> None:
        """Open a list (read in a worker, with progress and Cancel) or a project.
        ``source`` is the list already being read with the default layout."""
        path = Path(path)
        if not self.maybe_save():
            if source is not None:
                source.close()
            return
        from segmenter_app.core.projects.project_files import is_project_file

        if is_project_file(path):
            self._open_project(path)
            return
        if source is not None and options is not None:
            source.close()  # read again with the layout asked for
            source = None
        options = options or ImportOptions(memory=self.mapping_memory())
        self._start_job(Job(load_customers, source or path, options), path, self._on_loaded)

    def _start_job(self, job: Job, path: Path, on_done) -> None:
        """Run a reading job with a progress dialog; ``on_done(path, result)`` after it."""
        if self._job is not None:
            self._job.cancel()  # it reports "cancelled" to no one: its dialog goes now
            self._finish_progress()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Reading {file}…").format(file=path.name)
        )
        progress = QProgressDialog(
            QCoreApplication.translate("MainWindow", "Reading {file}…").format(file=path.name),
            QCoreApplication.translate("MainWindow", "Cancel"),
            0,
            100,
            self,
        )
        progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Opening"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setValue(0)
        job.progress.connect(lambda fraction: progress.setValue(int(fraction * 100)))
        job.finished.connect(lambda result, job=job: self._on_job_done(job, path, result, on_done))
        job.failed.connect(lambda error, job=job: self._on_load_failed(job, path, error))
        job.cancelled.connect(lambda job=job: self._on_load_cancelled(job))
        progress.canceled.connect(job.cancel)
        self._job = job
        self._progress = progress
        job.start()

    def _on_job_done(self, job: Job, path: Path, result, on_done) -> None:
        if job is not self._job:
            return
        self._job = None
        self._finish_progress()
        on_done(path, result)

    def mapping_memory(self) -> MappingMemory:
        return MappingMemory(app_data_dir() / "segmenter-mappings.json")

    def _finish_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self.statusBar().clearMessage()

    def _on_loaded(self, path: Path, result: ImportResult) -> None:
        estimate = None
        if not result.report.confident or result.report.direction_unclear:
            dialog = ImportDialog(path, result, self.translations.language, self)
            if dialog.exec() != ImportDialog.DialogCode.Accepted:
                return
            result = dialog.result
            if dialog.remember.isChecked():
                self.mapping_memory().remember(result.report.signature, dialog.mapping_to_remember())
            estimate = dialog.wallet_estimate()
        document = CustomerDocument(result, thresholds=self.default_thresholds(), wallet_estimate=estimate)
        self._set_document(
            document, path, source_path=path, history=[ImportRecord.from_report(result.report, path)]
        )

    def _on_load_failed(self, job: Job, path: Path, error: Exception) -> None:
        if job is not self._job:
            return
        self._job = None
        self._finish_progress()
        language = self.translations.language
        if isinstance(error, ReadError):
            where = (
                QCoreApplication.translate("MainWindow", "{file}, sheet '{sheet}'").format(
                    file=path.name, sheet=error.sheet
                )
                if error.sheet
                else path.name
            )
            detail = texts.read_error_message(error, language)
        elif isinstance(error, ImportFailure):
            where, detail = path.name, texts.import_failure_message(error, language)
        else:
            where = path.name
            detail = QCoreApplication.translate("MainWindow", "Unexpected problem: {error}").format(
                error=error
            )
        QMessageBox.warning(
            self,
            QCoreApplication.translate("MainWindow", "Cannot open {file}").format(file=path.name),
            f"{where}\n\n{detail}",
        )

    def _on_load_cancelled(self, job: Job) -> None:
        if job is self._job:
            self._job = None
            self._finish_progress()
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening cancelled."), 5000)

    def show_import_dialog(self) -> None:
        """Read the list again with other settings (sheet, header row, columns, scale).
        The user's work is carried over as an update from a newer list does it: notes,
        pins, triage flips and thresholds stay with their customers; customers the list
        no longer yields are kept, with their notes, in the project's history."""
        if self.document is None:
            return
        source = self.source_path or self.path
        if source is None or self.project_path == source or not source.is_file():
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Import settings"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The customer list this project was made from is not at {path} any more. Open the "
                    "list itself, or update the project from it (File ▸ Update customer data from a "
                    "newer list…).",
                ).format(path=source if source is not None else "–"),
            )
            return
        imported = ImportResult(self.document.table, self.document.report)
        dialog = ImportDialog(source, imported, self.translations.language, self)
        if dialog.exec() != ImportDialog.DialogCode.Accepted or dialog.result is imported:
            return
        newer = dialog.result
        if dialog.remember.isChecked():
            self.mapping_memory().remember(newer.report.signature, dialog.mapping_to_remember())
        report = self.session.compare(newer)
        self.notes.commit_note()
        had_work = self.session.reread(newer, source, report)
        self._show_session(self.session.document)
        if had_work:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "Read again with the new settings: notes, pins and triage kept for {kept} customers; "
                    "{gone} no longer in the list (kept in the project history).",
                ).format(
                    kept=texts.format_number(len(report.old_rows), self.translations.language),
                    gone=texts.format_number(len(report.gone_rows), self.translations.language),
                ),
                15000,
            )

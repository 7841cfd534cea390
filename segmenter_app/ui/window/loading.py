"""Reading lists for the window: the file dialog, reading in the background with progress
and Cancel, the import dialog when the engine is not sure, and the thresholds a new list
starts with.

:class:`Loading` also runs the window's other reading jobs (a project, a newer list,
returned files) one at a time: its :attr:`~Loading.busy` state and
:attr:`~Loading.busy_changed` signal say when one is under way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from segmenter_app.core.errors import ReadError
from segmenter_app.core.headers.search import ImportFailure
from segmenter_app.core.importing.importer import ImportOptions, ImportResult, load_customers
from segmenter_app.core.importing.mappings import MappingMemory
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.threshold_memory import thresholds_from_json, thresholds_to_json
from segmenter_app.core.projects.snapshot import ImportRecord
from segmenter_app.core.reading.reader import WorkbookSource
from segmenter_app.core.resources import sample_list
from segmenter_app.core.text import texts
from segmenter_app.ui import settings_guard
from segmenter_app.ui.dialogs.import_dialog import ImportDialog
from segmenter_app.ui.paths import app_data_dir
from segmenter_app.ui.window.file_dialogs import ask_to_open
from segmenter_app.ui.workers import Job

OPEN_FILTER = "*.segmenter *.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv"


class Loading(QObject):
    """Reads lists (and runs the window's other reading jobs) for ``window``, which
    opens files (``open_file``), shows its status bar and holds settings and
    translations."""

    #: True when a reading job starts, False when the last one has ended (read,
    #: failed or cancelled) and its progress dialog is gone.
    busy_changed = Signal(bool)
    #: A list was read and made a document: (document, path, history).
    list_read = Signal(object, object, object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        """A reading job is under way."""
        return self._job is not None

    # ----------------------------------------------------------------- opening

    def open_dialog(self) -> None:
        window = self._window
        for path in ask_to_open(
            window,
            QCoreApplication.translate("MainWindow", "Open customer list"),
            QCoreApplication.translate("MainWindow", "Customer lists ({patterns});;All files (*)").format(
                patterns=OPEN_FILTER
            ),
        ):
            window.open_file(path)

    def open_sample(self) -> None:
        self._window.open_file(sample_list(self._window.translations.language))

    def open_list(
        self, path: Path, options: ImportOptions | None = None, *, source: WorkbookSource | None = None
    ) -> None:
        """Read the list at ``path`` in a worker; ``source`` is the list already being
        read with the default layout (given up when ``options`` ask for another)."""
        if source is not None and options is not None:
            source.close()  # read again with the layout asked for
            source = None
        options = options or ImportOptions(memory=self.mapping_memory())
        self.run(Job(load_customers, source or path, options), path, self._on_loaded)

    def mapping_memory(self) -> MappingMemory:
        return MappingMemory(app_data_dir() / "segmenter-mappings.json")

    def _on_loaded(self, path: Path, result: ImportResult) -> None:
        report = result.report
        document = CustomerDocument(result, thresholds=self.default_thresholds())
        # Asked, not guessed: a layout found without confidence, a scale whose best end
        # nothing says, a scale the values do not fit (else no customer gets a segment),
        # amounts in two units (revenue above the wallet for most customers) — unless
        # the columns are as the user mapped them for these headers before.
        language = self._window.translations.language
        mismatch = report.mapping_source != "remembered" and bool(
            texts.unit_mismatch_lines(report, document.prepared, language)
        )
        if not report.confident or report.direction_unclear or report.scale_unknown or mismatch:
            dialog = ImportDialog(path, result, language, self._window)
            if dialog.exec() != ImportDialog.DialogCode.Accepted:
                return
            result = dialog.result
            if dialog.remember.isChecked():
                self.mapping_memory().remember(result.report.signature, dialog.mapping_to_remember())
            document = CustomerDocument(
                result, thresholds=self.default_thresholds(), wallet_estimate=dialog.wallet_estimate()
            )
        self.list_read.emit(document, path, [ImportRecord.from_report(result.report, path)])

    # ----------------------------------------------------------------- jobs

    def run(self, job: Job, path: Path, on_done: Callable[[Path, Any], None]) -> None:
        """Run a reading job with a progress dialog; ``on_done(path, result)`` after it.
        A job still running is given up (it reports to no one)."""
        window = self._window
        was_busy = self.busy
        if self._job is not None:
            self._job.cancel()  # it reports "cancelled" to no one: its dialog goes now
            self._finish_progress()
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Reading {file}…").format(file=path.name)
        )
        progress = QProgressDialog(
            QCoreApplication.translate("MainWindow", "Reading {file}…").format(file=path.name),
            QCoreApplication.translate("MainWindow", "Cancel"),
            0,
            100,
            window,
        )
        progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Opening"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setValue(0)
        job.progress.connect(lambda fraction, job=job: self._on_progress(job, fraction))
        job.finished.connect(lambda result, job=job: self._on_job_done(job, path, result, on_done))
        job.failed.connect(lambda error, job=job: self._on_failed(job, path, error))
        job.cancelled.connect(lambda job=job: self._on_cancelled(job))
        progress.canceled.connect(job.cancel)
        self._job = job
        self._progress = progress
        job.start()
        if not was_busy:
            self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Stop the job under way; it reports "cancelled" when it has stopped."""
        if self._job is not None:
            self._job.cancel()

    def _end(self) -> None:
        self._job = None
        self._finish_progress()
        self.busy_changed.emit(False)

    def _finish_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._window.statusBar().clearMessage()

    def _on_progress(self, job: Job, fraction: float) -> None:
        # A job given up may still report progress: its dialog is gone by then.
        if job is self._job and self._progress is not None:
            self._progress.setValue(int(fraction * 100))

    def _on_job_done(self, job: Job, path: Path, result, on_done) -> None:
        if job is not self._job:
            return
        self._end()
        on_done(path, result)

    def _on_failed(self, job: Job, path: Path, error: Exception) -> None:
        if job is not self._job:
            return
        self._end()
        language = self._window.translations.language
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
            self._window,
            QCoreApplication.translate("MainWindow", "Cannot open {file}").format(file=path.name),
            f"{where}\n\n{detail}",
        )

    def _on_cancelled(self, job: Job) -> None:
        if job is self._job:
            self._end()
            self._window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Opening cancelled."), 5000
            )

    # ----------------------------------------------------------------- new lists' thresholds

    def remember_thresholds(self) -> None:
        """Use the thresholds' modes of the list shown for the next new list."""
        document = self._window.document
        if document is None:
            return
        self._window.settings.setValue("default_thresholds", thresholds_to_json(document.thresholds))
        self._window.statusBar().showMessage(
            QCoreApplication.translate("ProjectActions", "New lists will start with these thresholds."), 6000
        )

    def default_thresholds(self) -> sg.Thresholds:
        stored = self._window.settings.value("default_thresholds")
        if stored is None:
            return sg.Thresholds()
        thresholds = thresholds_from_json(stored)
        if thresholds is None:  # changed by hand, damaged: said once, the default used
            settings_guard.bad_value(self._window.settings, "default_thresholds")
            settings_guard.report(self._window)
            return sg.Thresholds()
        return thresholds

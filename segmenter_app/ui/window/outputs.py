"""What the window hands out: the chart as a picture, workbooks for the managers, PDF
priority sheets and printing.  The window's menu names them (``menus/file.py``); the
core writes them (``core/outputs``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from segmenter_app.core.fileio import inputs_among
from segmenter_app.ui import paths
from segmenter_app.ui.window.file_dialogs import last_folder
from segmenter_app.ui.window.projects import Projects
from segmenter_app.ui.workers import Job


class Outputs(QObject):
    """Writes what ``window`` shows (its document, the manager its workspace is filtered
    to), never over an input of the project ``projects`` holds."""

    def __init__(self, window: QMainWindow, projects: Projects) -> None:
        super().__init__(window)
        self._window = window
        self._projects = projects
        #: the output being written in the background (PDF sheets, a registry output)
        self._job: Job | None = None
        #: the print preview while it is open (for tests and scripts)
        self.sheet_preview = None

    def _in_background(self, text: str, function, *args, done, failed, at_once: bool = False) -> None:
        """Run ``function(*args, progress=…, cancelled=…)`` off the UI thread behind a
        window-modal progress dialog with Cancel; ``done(progress, result)`` or
        ``failed(progress, error)`` on the UI thread.  ``at_once``: the dialog (and so
        the window's lock) shows at once — the function reads the document itself."""
        progress = QProgressDialog(
            text, QCoreApplication.translate("MainWindow", "Cancel"), 0, 100, self._window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0 if at_once else 300)
        job = Job(function, *args)
        job.progress.connect(lambda fraction: progress.setValue(int(fraction * 100)))
        job.finished.connect(lambda result: done(progress, result))
        job.failed.connect(lambda error: failed(progress, error))
        job.cancelled.connect(progress.reset)
        progress.canceled.connect(job.cancel)
        self._job = job.start()

    def _is_an_input(self, path: Path) -> bool:
        """An input is never an output: say so when ``path`` is the list or project the
        window shows (a list can be named anything; its content decides its format)."""
        if not inputs_among(
            [path], [self._projects.path, self._projects.source_path, self._projects.project_path]
        ):
            return False
        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("MainWindow", "Cannot write {file}").format(file=path.name),
            _never_overwritten(path),
        )
        return True

    def save_chart(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("MainWindow", "Save chart"),
            str(last_folder(self._window) / "quadrant.png"),
            QCoreApplication.translate("MainWindow", "PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            if not path.lower().endswith((".png", ".svg")):
                path += ".png"
            if self._is_an_input(Path(path)):
                return
            try:
                self._window.workspace.chart.save_picture(path)
            except OSError as error:
                QMessageBox.warning(
                    self._window,
                    QCoreApplication.translate("MainWindow", "Cannot save the chart"),
                    f"{path}\n\n{error.strerror or error}",
                )
            else:
                self._window.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Chart saved to {path}").format(path=path), 8000
                )

    def write(self, key: str) -> None:
        """File ▸ the output ``key`` of the core's registry: the workbooks and the PDF
        sheets open their own dialogs; any other output asks where, in the kinds of
        file it writes, and is written with its choices as they start (its managers:
        the one the window is filtered to)."""
        own = {"manager_workbooks": self.export_for_managers, "priority_sheets": self.export_pdf}
        if key in own:
            own[key]()
            return
        from segmenter_app.core import output_registry

        self.write_file(output_registry.get(key))

    def write_file(self, entry) -> None:
        """Ask where ``entry`` (an ``output_registry.Output``) goes and write it there,
        in the background; the status bar says what was written."""
        document = self._window.document
        if document is None:
            return
        from segmenter_app.core.output_registry import CONTEXT, FILE, MANAGERS, PROJECT, XLSX
        from segmenter_app.core.outputs.report_data import safe_file_name

        language = self._window.translations.language
        # A project is saved with File ▸ Save project as…; the window offers the rest.
        kinds = [kind for kind in entry.kinds if kind != PROJECT] if entry.target == FILE else []
        # A workbook first: a CSV of the command line's columns opens in one column in a
        # German Excel; the other kinds stay a choice.
        kinds.sort(key=lambda kind: kind != XLSX)
        if not kinds:
            return
        label = QCoreApplication.translate(CONTEXT, entry.label)
        filters = [kind.filter(language) for kind in kinds]
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate(CONTEXT, entry.menu).replace("&", "").rstrip("…").strip(),
            str(last_folder(self._window) / (safe_file_name(label) + kinds[0].suffix)),
            ";;".join(filters),
        )
        if not path:
            return
        target = Path(path)
        if entry.kind_of(target) in (None, PROJECT):
            kind = kinds[filters.index(chosen)] if chosen in filters else kinds[0]
            target = target.with_name(target.name + kind.suffix)
        if self._is_an_input(target):
            return
        manager = self.current_manager()
        options = {
            option.key: ([manager] if manager is not None else None)
            if option.kind == MANAGERS
            else option.initial()
            for option in entry.options
        }
        # The save dialog has asked before replacing a file (force).  The writer reads
        # the document on a worker: the progress dialog locks the window meanwhile.
        self._in_background(
            QCoreApplication.translate("MainWindow", "Writing {file}…").format(file=target.name),
            lambda progress, cancelled: entry.write(
                document,
                target,
                language=language,
                options=options,
                force=True,
                source=self._projects.project_path or self._projects.source_path,
                periods=self.periods(),
                progress=progress,
                cancelled=cancelled,
            ),
            done=lambda progress, written: self._written(progress, target, written),
            failed=lambda progress, error: self._write_failed(progress, target, error, language),
            at_once=True,
        )

    def _written(self, progress: QProgressDialog, target: Path, written) -> None:
        progress.reset()
        self._window.statusBar().showMessage(
            " ".join(written.lines)
            or QCoreApplication.translate("MainWindow", "Saved to {path}").format(path=target),
            8000,
        )

    def _write_failed(self, progress: QProgressDialog, target: Path, error: Exception, language: str) -> None:
        from segmenter_app.core.errors import ExportError, ProjectError, WriteError

        progress.reset()
        if isinstance(error, ExportError) and error.code == "is_input":
            reason = _never_overwritten(target)
        elif isinstance(error, WriteError):
            reason = str(error.reason)
        elif isinstance(error, ProjectError):
            from segmenter_app.core.text.texts import project_error_message

            reason = project_error_message(error, language)
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
        else:
            reason = str(error.params.get("reason", error.code))
        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("MainWindow", "Cannot write {file}").format(file=target.name),
            f"{target}\n\n{reason}",
        )

    def current_manager(self) -> str | None:
        """The manager the table and chart are filtered to, or None for all."""
        return self._window.workspace.manager.currentData()

    def export_for_managers(self) -> None:
        if self._window.document is None:
            return
        from segmenter_app.ui.dialogs.export_dialog import ExportDialog

        folder = Path(
            str(self._window.settings.value("export_folder", str(paths.documents_dir() / "Segmenter")))
        )
        dialog = ExportDialog(
            self._window.document,
            folder,
            self._window.translations.language,
            self.current_manager(),
            self._window,
            periods=self.periods(),
        )
        dialog.exec()
        if dialog.written:
            self._window.settings.setValue("export_folder", dialog.folder.text())
            self._window.statusBar().showMessage(
                self.tr("{count} files written.", "", len(dialog.written)).format(count=len(dialog.written)),
                8000,
            )

    def reports(self, language: str | None = None, lazy: bool = False):
        """The priority sheets' content for the manager shown (or every manager);
        ``lazy``: each report built when asked for (``report_data.LazyReports``)."""
        from segmenter_app.core.outputs.report_data import LazyReports, manager_reports

        manager = self.current_manager()
        return (LazyReports if lazy else manager_reports)(
            self._window.document,
            language or self._window.translations.language,
            [manager] if manager is not None else None,
            periods=self.periods(),
        )

    def periods(self):
        """The project's periods when the window shows their last (the outputs then
        say each customer's segment before and ΔSoW, and the overview its History, as
        ``segmenter export`` of the saved project does); else None."""
        periods = self._projects.session.periods
        if periods is None or len(periods) < 2 or periods.document is not self._window.document:
            return None
        return periods

    def export_pdf(self) -> None:
        if self._window.document is None:
            return
        from segmenter_app.core.outputs.pdf_sheets import write_pdf
        from segmenter_app.core.outputs.report_data import safe_file_name, word

        language = self._window.translations.language
        manager = self.current_manager()
        name = (
            safe_file_name(manager)
            if manager is not None
            else safe_file_name(word("all_customers", language))
        )
        folder = Path(str(self._window.settings.value("export_folder", str(paths.documents_dir()))))
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("MainWindow", "Export priority sheets"),
            str(folder / f"{name}.pdf"),
            QCoreApplication.translate("MainWindow", "PDF (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self._is_an_input(Path(path)):
            return
        # The reports are made here, from the document as it is; the worker only writes.
        self._in_background(
            QCoreApplication.translate("MainWindow", "Writing the priority sheets…"),
            write_pdf,
            self.reports(language),
            Path(path),
            done=self._pdf_done,
            failed=lambda progress, error: self._pdf_failed(progress, path, error),
        )

    def _pdf_done(self, progress: QProgressDialog, written: Path) -> None:
        progress.reset()
        self._window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Priority sheets saved to {path}").format(path=written),
            8000,
        )

    def _pdf_failed(self, progress: QProgressDialog, path: str, error: Exception) -> None:
        progress.reset()
        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("MainWindow", "Cannot save the priority sheets"),
            f"{path}\n\n{getattr(error, 'reason', error)}",
        )

    def print_sheets(self) -> None:
        """Print preview of the current manager's (or every manager's) priority sheets:
        the pages appear while they are laid out; the window stays usable."""
        if self._window.document is None:
            return
        from segmenter_app.ui.dialogs.print_preview import SheetPreview

        # The reports are built one by one on the preview's thread: the first page does
        # not wait for every manager's.
        self.sheet_preview = SheetPreview(self.reports(lazy=True), self._window)
        self.sheet_preview.show()


def _never_overwritten(path: Path) -> str:
    return QCoreApplication.translate(
        "MainWindow", "{file} is the list or project being shown, and it is never overwritten."
    ).format(file=path.name)

"""File ▸ Export for managers…: which managers, one file each or one workbook, which
folder, which language, PDF sheets too.  The export runs in a worker with progress and
Cancel; when it is done the folder can be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.core.errors import ExportError
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.classify_output import WriteError
from segmenter_app.core.outputs.export_jobs import export_all
from segmenter_app.ui.i18n import LANGUAGES, Retranslating
from segmenter_app.ui.table.row_heights import RoomForAccents
from segmenter_app.ui.workers import Job


class ExportDialog(Retranslating, QDialog):
    def __init__(
        self,
        document: CustomerDocument,
        folder: Path,
        language: str,
        current_manager: str | None,
        parent=None,
        periods=None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        #: the project's periods (``document`` their last), or None: with an earlier
        #: period the workbooks say the segment before and the overview its History
        self.periods = periods
        self.job: Job | None = None
        self.written: list[Path] = []
        self.managers = QListWidget()
        RoomForAccents(self.managers)  # "Özdemir" with its dots
        for name in document.managers:
            item = QListWidgetItem(name or "–")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = current_manager is None or name == current_manager
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.managers.addItem(item)
        self.all_button, self.none_button = QPushButton(), QPushButton()
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.files = QRadioButton()
        self.sheets = QRadioButton()
        self.files.setChecked(True)
        self.folder = QLineEdit(str(folder))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_folder)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.pdf = QCheckBox()
        self.overview = QCheckBox()
        self.overview.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        choose = QHBoxLayout()
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        choose.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        folder_widget = QWidget()
        folder_widget.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.files)
        form.addRow(self.sheets)
        form.addRow(self.tr("Folder"), folder_widget)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.pdf)
        form.addRow(self.overview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.managers, 1)
        layout.addLayout(choose)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.form = form
        self.resize(520, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export for account managers"))
        self.all_button.setText(self.tr("All"))
        self.none_button.setText(self.tr("None"))
        self.files.setText(self.tr("One workbook per account manager"))
        self.sheets.setText(self.tr("One workbook with a sheet per account manager"))
        self.browse.setText(self.tr("Choose…"))
        self.pdf.setText(self.tr("Also the priority sheets as PDF"))
        self.overview.setText(self.tr("The overview for the sales lead"))
        self.form.labelForField(self.folder.parentWidget()).setText(self.tr("Folder"))
        self.form.labelForField(self.language).setText(self.tr("Language"))

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for index in range(self.managers.count()):
            self.managers.item(index).setCheckState(state)

    def chosen_managers(self) -> list[str]:
        return [
            self.managers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.managers.count())
            if self.managers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    # ----------------------------------------------------------------- running

    def options(self) -> dict:
        return {
            "layout": "sheets" if self.sheets.isChecked() else "files",
            "language": self.language.currentData(),
            "managers": self.chosen_managers(),
            "pdf": self.pdf.isChecked(),
            "overview": self.overview.isChecked(),
        }

    def start(self, force: bool = False) -> None:
        options = self.options()
        if not options["managers"]:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose at least one account manager."))
            return
        folder = Path(self.folder.text()).expanduser()
        progress = QProgressDialog(self.tr("Writing workbooks…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        job = Job(export_all, self.document, folder, force=force, periods=self.periods, **options)
        job.progress.connect(lambda fraction: progress.setValue(int(fraction * 100)))
        job.finished.connect(lambda written: self._done(progress, folder, written))
        job.failed.connect(lambda error: self._failed(progress, folder, error))
        job.cancelled.connect(lambda: self._cancelled(progress))
        progress.canceled.connect(job.cancel)
        self.job = job.start()

    @staticmethod
    def _close_progress(progress: QProgressDialog) -> None:
        # reset() alone leaves a dialog without auto-close on screen, window-modal: the
        # main window would take no clicks.  hide(), not close(): closing means Cancel.
        progress.canceled.disconnect()
        progress.reset()
        progress.hide()
        progress.deleteLater()

    def _done(self, progress: QProgressDialog, folder: Path, written: list[Path]) -> None:
        self._close_progress(progress)
        self.job = None
        self.written = written
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            self.tr("{count} files written to {folder}.", "", len(written)).format(
                count=len(written), folder=folder
            ),
            QMessageBox.StandardButton.Close,
            self,
        )
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.accept()

    def _failed(self, progress: QProgressDialog, folder: Path, error: Exception) -> None:
        self._close_progress(progress)
        self.job = None
        if isinstance(error, ExportError) and error.code == "exists":
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "Files to write exist already in {folder} (number: {count}, for example {file}). "
                    "Replace them?"
                ).format(
                    count=error.params["count"], folder=folder, file=Path(error.params["paths"][0]).name
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.start(force=True)
            return
        if isinstance(error, ExportError) and error.code == "is_input":
            reason = self.tr("{file} is the customer list being read, and it is never overwritten").format(
                file=Path(error.params["path"]).name
            )
        elif isinstance(error, ExportError):
            reason = error.params.get("reason", error.code)
        elif isinstance(error, WriteError):
            reason = f"{error.path.name}: {error.reason}"
        else:
            reason = str(error)
        QMessageBox.warning(
            self,
            self.windowTitle(),
            self.tr(
                "The export could not be written to {folder}: {reason}. Files of this "
                "export that were not finished were not left behind."
            ).format(folder=folder, reason=reason),
        )

    def _cancelled(self, progress: QProgressDialog) -> None:
        self._close_progress(progress)
        self.job = None

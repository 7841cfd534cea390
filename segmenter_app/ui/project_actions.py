"""Projects in the window: save, save as, open, the unsaved-changes question, autosave
to a recovery file, restoring after a crash, and updating from a newer list.

Mixed into MainWindow.  The work itself is the core's (``project.py``, ``recovery.py``,
``updating.py``); this module decides when it happens and asks the user.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from segmenter_app.core.importing.importer import ImportResult, load_customers
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.threshold_memory import thresholds_from_json, thresholds_to_json
from segmenter_app.core.projects.project import (
    EXTENSION,
    OpenedProject,
    ProjectError,
    open_project,
)
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.projects.restore import recover, remove_recovery, scan_recoveries
from segmenter_app.core.projects.session import ProjectSession
from segmenter_app.core.resources import resource_root
from segmenter_app.core.text import texts
from segmenter_app.ui import settings_guard
from segmenter_app.ui.project_claims import ProjectClaims
from segmenter_app.ui.workers import Job


def documents_dir() -> Path:
    """The user's documents folder (their home when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def is_bundled(path: Path | None) -> bool:
    """A file that came with the app (the sample lists): never a place to save to."""
    if path is None:
        return False
    try:
        return Path(path).resolve().is_relative_to(resource_root().resolve())
    except OSError:
        return False


def save_folder_for(path: Path | None) -> Path:
    """Where to suggest saving next to ``path``: its folder, unless that came with the
    app or cannot be written; then the documents folder."""
    if path is None or is_bundled(path) or not os.access(Path(path).parent, os.W_OK):
        return documents_dir()
    return Path(path).parent


def app_data_dir() -> Path:
    """Where recovery files and remembered column mappings live.  SEGMENTER_DATA_DIR
    overrides it (the tests use their own folder)."""
    return settings_guard.data_folder()  # a temporary one (and a word) when it cannot be used


def _open_project_job(path: Path, progress=None, cancelled=None) -> OpenedProject:
    return open_project(path)


class ProjectActions(ProjectClaims):
    """State and actions of the project a MainWindow shows."""

    def _init_projects(self) -> None:
        # The project's state lives in a Qt-free session (core/projects/session.py);
        # the window asks it and shows what it says.
        self.session = ProjectSession(self.recovery_dir)
        self.session.journal_failed.connect(self._on_journal_failed)
        self.session.document_replaced.connect(self._show_session)
        self.former_dialog = None
        self._open_mode = "edit"

    # ----------------------------------------------------------------- state

    # What the window shows of the session, by the names the window always had.
    path = property(lambda self: self.session.path)
    project_path = property(lambda self: self.session.project_path)
    source_path = property(lambda self: self.session.source_path)
    history = property(lambda self: self.session.history)
    update_report = property(lambda self: self.session.update_report)

    @property
    def journal(self) -> RecoveryJournal | None:
        return self.session.journal

    @journal.setter
    def journal(self, journal: RecoveryJournal | None) -> None:
        self.session.journal = journal

    def is_modified(self) -> bool:
        return self.session.is_modified()

    def recovery_dir(self) -> Path:
        return settings_guard.data_folder("recovery")

    def _report_journal(self) -> None:
        """Say when autosave could not start."""
        error = self.session.journal_error
        if error is not None and self.session.journal is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("ProjectActions", "Autosave is off: {reason}").format(
                    reason=texts.project_error_message(error, self.translations.language)
                ),
                15000,
            )

    def _on_journal_failed(self, error: ProjectError) -> None:
        QMessageBox.warning(
            self,
            QCoreApplication.translate("ProjectActions", "Autosave stopped"),
            QCoreApplication.translate(
                "ProjectActions",
                "Your changes can no longer be copied to the recovery file ({reason}). Save the project "
                "to keep them.",
            ).format(reason=texts.project_error_message(error, self.translations.language)),
        )

    # ----------------------------------------------------------------- saving

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; False: stay."""
        self.notes.commit_note()
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ProjectActions", "Unsaved changes"),
            QCoreApplication.translate(
                "ProjectActions", "{name} has changes that are not saved. Save them?"
            ).format(name=self.display_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def display_name(self) -> str:
        return self.session.display_name()

    def save(self) -> bool:
        if self.document is None:
            return False
        if self.project_path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.project_path)

    def save_as(self) -> bool:
        if self.document is None:
            return False
        # Named after the list first opened: an update from a newer list keeps the name.
        source = self.path or self.source_path or Path("Segmenter")
        suggestion = self.project_path or save_folder_for(self.source_path) / f"{source.stem}{EXTENSION}"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ProjectActions", "Save project"),
            str(suggestion),
            QCoreApplication.translate("ProjectActions", "Segmenter projects (*{extension})").format(
                extension=EXTENSION
            ),
        )
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        self.notes.commit_note()
        try:
            saved = self.save_with_questions(path)  # another Segmenter has it, or it changed on disk
        except ProjectError as error:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ProjectActions", "Cannot save {file}").format(file=path.name),
                texts.project_error_message(error, self.translations.language),
            )
            return False
        if saved is None:
            return self.save_as()
        if not saved:
            return False
        self._add_recent(path)
        self._update_title()
        self.statusBar().showMessage(
            QCoreApplication.translate("ProjectActions", "Saved {file}").format(file=path.name), 6000
        )
        return True

    # ----------------------------------------------------------------- opening

    def _open_project(self, path: Path) -> None:
        mode = self.claim_for_open(path)  # asks when another Segmenter has it
        if mode is None:
            return
        self._open_mode = mode
        self._start_job(Job(_open_project_job, path), path, self._on_project_opened)

    def _on_project_opened(self, path: Path, opened: OpenedProject) -> None:
        as_copy = self._open_mode == "copy"  # never saved to this path: "save" asks where
        self._set_document(
            opened.document,
            path,
            project_path=None if as_copy else path,
            source_path=opened.source_path,
            history=opened.history,
            base=path,
        )

    # ----------------------------------------------------------------- recovery

    def check_recoveries(self) -> None:
        """Offer to restore work a crash left in recovery files (called at start).
        Files this version cannot use were moved aside by the core, never deleted:
        say where they are."""
        scan = scan_recoveries(self.recovery_dir())
        self.report_unusable_recoveries(scan)
        for info in scan.found:
            if not info.worth_restoring:
                remove_recovery(info.path)  # nothing in it but what a file has
                continue
            answer = self.ask_restore(info)
            if answer == "restore":
                try:
                    opened = recover(info.path)
                except ProjectError as error:
                    QMessageBox.warning(
                        self,
                        QCoreApplication.translate("ProjectActions", "Cannot restore"),
                        texts.project_error_message(error, self.translations.language),
                    )
                    continue
                self._set_document(
                    opened.document,
                    opened.project_path or opened.source_path or info.path,
                    project_path=opened.project_path,
                    source_path=opened.source_path,
                    history=opened.history,
                    unsaved=True,
                )
                # The work now lives in the new recovery file; without one (autosave
                # could not start) the old file stays for the next start.
                if self.journal is not None:
                    remove_recovery(info.path)
                self.statusBar().showMessage(
                    QCoreApplication.translate(
                        "ProjectActions", "Unsaved work restored (changes: {changes})."
                    ).format(changes=info.changes)
                    if info.changes
                    else QCoreApplication.translate("ProjectActions", "Restored your unsaved work."),
                    10000,
                )
                return
            if answer == "discard":
                remove_recovery(info.path)

    def report_unusable_recoveries(self, scan) -> None:
        if not scan.set_aside and not scan.newer:
            return
        lines = []
        if scan.set_aside:
            lines.append(
                QCoreApplication.translate(
                    "ProjectActions",
                    "Recovery files that this version cannot use (damaged, cut short or of an older "
                    "format; number: {count}) were moved, not deleted, to {folder}.",
                ).format(count=len(scan.set_aside), folder=scan.unusable_folder)
            )
        if scan.newer:
            lines.append(
                QCoreApplication.translate(
                    "ProjectActions",
                    "Recovery files of a newer Segmenter (number: {count}) were left in {folder} for it.",
                ).format(count=len(scan.newer), folder=scan.newer[0].parent)
            )
        QMessageBox.information(
            self, QCoreApplication.translate("ProjectActions", "Recovery files kept"), "\n\n".join(lines)
        )

    def ask_restore(self, info) -> str:
        """'restore', 'discard' or 'later' (keep the file, ask at the next start)."""
        name = (
            info.project_path
            or info.source_path
            or Path(QCoreApplication.translate("ProjectActions", "a customer list"))
        ).name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ProjectActions", "Restore unsaved work?"),
            QCoreApplication.translate(
                "ProjectActions",
                "Segmenter was not closed properly. Changes to {name} were not saved (number: {changes}, "
                "the last at {time}). Restore them?",
            ).format(changes=info.changes, name=name, time=_local_time(info.last_change_at))
            if info.changes
            else QCoreApplication.translate(
                "ProjectActions",
                "Segmenter was not closed properly. Work on {name} from {time} (restored or updated from a "
                "newer list) was not saved. Restore it?",
            ).format(name=name, time=_local_time(info.started_at)),
            parent=self,
        )
        restore = box.addButton(
            QCoreApplication.translate("ProjectActions", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("ProjectActions", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(
            QCoreApplication.translate("ProjectActions", "Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"

    # ----------------------------------------------------------------- updating

    def update_customer_data(self) -> None:
        """Read a newer export of the same list and carry notes and overrides over."""
        if self.document is None:
            return
        folder = str(self.settings.value("last_folder", str(Path.home())))
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ProjectActions", "Update from a newer list"),
            folder,
            QCoreApplication.translate(
                "ProjectActions", "Customer lists (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv)"
            ),
        )
        if path:
            self.update_from(Path(path))

    def update_from(self, path: Path) -> None:
        from segmenter_app.core.importing.importer import ImportOptions

        options = ImportOptions(memory=self.mapping_memory())
        self._start_job(Job(load_customers, path, options), path, self._on_newer_loaded)

    def _on_newer_loaded(self, path: Path, newer: ImportResult) -> None:
        from segmenter_app.ui.update_dialog import UpdateDialog

        report = self.session.compare(newer)
        dialog = UpdateDialog(report, newer, self.translations.language, self)
        if dialog.exec() != UpdateDialog.DialogCode.Accepted:
            return
        self.notes.commit_note()
        # Shown through session.document_replaced, as its undo and redo are.
        self.session.update(newer, path, report)
        self.show_movements_action.setChecked(True)  # the positions came with the document
        self.workspace.chart.show_movements(True)
        alerts = report.summary()["alerts"]
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "ProjectActions",
                "Updated from {file}: {added} new, {gone} gone, {moved} moved ({alerts} alerts). "
                "Edit ▸ Undo takes the update back.",
            ).format(
                file=path.name,
                added=len(report.added_rows),
                gone=len(report.gone_rows),
                moved=len(report.moves),
                alerts=alerts,
            ),
            15000,
        )

    def show_former_customers(self) -> None:
        """The customers updates no longer found, with their notes (View ▸ Former customers)."""
        from segmenter_app.ui.former_customers import FormerCustomersDialog

        self.former_dialog = FormerCustomersDialog(self.history, self)
        self.former_dialog.show()

    # ----------------------------------------------------------------- defaults

    def remember_thresholds(self) -> None:
        """Use the thresholds' modes of this list for the next new list."""
        if self.document is None:
            return
        self.settings.setValue("default_thresholds", thresholds_to_json(self.document.thresholds))
        self.statusBar().showMessage(
            QCoreApplication.translate("ProjectActions", "New lists will start with these thresholds."), 6000
        )

    def default_thresholds(self) -> sg.Thresholds:
        stored = self.settings.value("default_thresholds")
        if stored is None:
            return sg.Thresholds()
        thresholds = thresholds_from_json(stored)
        if thresholds is None:  # changed by hand, damaged: said once, the default used
            settings_guard.bad_value(self.settings, "default_thresholds")
            settings_guard.report(self)
            return sg.Thresholds()
        return thresholds


def _local_time(iso: str) -> str:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")

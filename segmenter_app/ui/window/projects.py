"""Projects in the window: save, save as, open, the unsaved-changes question, autosave
to a recovery file, restoring after a crash, updating from a newer list and reading the
list again with other settings.

The project's state lives in a Qt-free session (``core/projects/session.py``; the work
itself is ``project.py``, ``recovery.py``, ``updating.py``); :class:`Projects` decides
when it happens and asks the user.  It holds the window's side of two copies of
Segmenter on one project (:class:`~segmenter_app.ui.window.project_claims.ProjectClaims`)
and runs its reading through the window's :class:`~segmenter_app.ui.window.loading.Loading`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from segmenter_app.core.importing.importer import ImportOptions, ImportResult, load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.former import find_former
from segmenter_app.core.projects.project import (
    EXTENSION,
    OpenedProject,
    ProjectError,
    open_project,
)
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.projects.restore import recover, remove_recovery, scan_recoveries
from segmenter_app.core.projects.session import ProjectSession
from segmenter_app.core.text import texts
from segmenter_app.ui import paths
from segmenter_app.ui.dialogs.import_dialog import ImportDialog
from segmenter_app.ui.window.file_dialogs import ask_to_open
from segmenter_app.ui.window.loading import Loading
from segmenter_app.ui.window.project_claims import ProjectClaims
from segmenter_app.ui.workers import Job


def _open_project_job(path: Path, progress=None, cancelled=None) -> OpenedProject:
    return open_project(path)


class Projects(QObject):
    """The project ``window`` shows: ``window`` gives its document, notes panel, status
    bar, settings and translations; ``loading`` runs the reading."""

    #: The session works on this document now (a list or project opened, a crash
    #: restored, an update applied or taken back, the list read again): show it.
    document_shown = Signal(object)
    #: A project was saved to this path.
    saved = Signal(object)

    def __init__(self, window: QMainWindow, loading: Loading) -> None:
        super().__init__(window)
        self._window = window
        self._loading = loading
        self.session = ProjectSession(paths.recovery_dir)
        self.session.journal_failed.connect(self._on_journal_failed)
        self.session.document_replaced.connect(self._shown)
        self.claims = ProjectClaims(window, self.session)
        self.former_dialog = None
        self._open_mode = "edit"

    # ----------------------------------------------------------------- state

    # What the window shows of the session.
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

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def is_modified(self) -> bool:
        return self.session.is_modified()

    def display_name(self) -> str:
        return self.session.display_name()

    def show(
        self,
        document: CustomerDocument,
        path: Path,
        *,
        project_path: Path | None = None,
        source_path: Path | None = None,
        history=None,
        base: Path | None = None,
        unsaved: bool = False,
        periods=None,
    ) -> None:
        """Make ``document`` the session's (a list just read, a project, a restored
        one, with its ``periods``) and show it."""
        self._window.notes.commit_note()
        self.session.show(
            document,
            path,
            project_path=project_path,
            source_path=source_path,
            history=history,
            base=base,
            unsaved=unsaved,
            periods=periods,
        )
        self._shown(document)

    def _shown(self, document: CustomerDocument) -> None:
        self._report_journal()
        self.document_shown.emit(document)

    def close(self) -> None:
        """The window goes: the journal of unsaved work with it, and the project's lock."""
        self.session.stop_journal(discard=True)
        self.session.close()

    def _report_journal(self) -> None:
        """Say when autosave could not start."""
        error = self.session.journal_error
        if error is not None and self.session.journal is None:
            self._window.statusBar().showMessage(
                QCoreApplication.translate("ProjectActions", "Autosave is off: {reason}").format(
                    reason=texts.project_error_message(error, self._window.translations.language)
                ),
                15000,
            )

    def _on_journal_failed(self, error: ProjectError) -> None:
        QMessageBox.warning(
            self._window,
            QCoreApplication.translate("ProjectActions", "Autosave stopped"),
            QCoreApplication.translate(
                "ProjectActions",
                "Your changes can no longer be copied to the recovery file ({reason}). Save the project "
                "to keep them.",
            ).format(reason=texts.project_error_message(error, self._window.translations.language)),
        )

    # ----------------------------------------------------------------- saving

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; False: stay."""
        self._window.notes.commit_note()
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self._window,
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

    def save(self) -> bool:
        if self._window.document is None:
            return False
        if self.project_path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.project_path)

    def save_as(self) -> bool:
        if self._window.document is None:
            return False
        # Named after the list first opened: an update from a newer list keeps the name.
        source = self.path or self.source_path or Path("Segmenter")
        suggestion = (
            self.project_path or paths.save_folder_for(self.source_path) / f"{source.stem}{EXTENSION}"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self._window,
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
        self._window.notes.commit_note()
        try:
            saved = self.claims.save_with_questions(path)  # another Segmenter has it, or it changed on disk
        except ProjectError as error:
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("ProjectActions", "Cannot save {file}").format(file=path.name),
                texts.project_error_message(error, self._window.translations.language),
            )
            return False
        if saved is None:
            return self.save_as()
        if not saved:
            return False
        self.saved.emit(path)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("ProjectActions", "Saved {file}").format(file=path.name), 6000
        )
        return True

    # ----------------------------------------------------------------- opening

    def open_project(self, path: Path) -> None:
        mode = self.claims.claim_for_open(path)  # asks when another Segmenter has it
        if mode is None:
            return
        self._open_mode = mode
        self._loading.run(Job(_open_project_job, path), path, self._on_project_opened)

    def _on_project_opened(self, path: Path, opened: OpenedProject) -> None:
        as_copy = self._open_mode == "copy"  # never saved to this path: "save" asks where
        self.show(
            opened.document,
            path,
            project_path=None if as_copy else path,
            source_path=opened.source_path,
            history=opened.history,
            periods=opened.periods,
            base=path,
        )

    # ----------------------------------------------------------------- recovery

    def recovery_dir(self) -> Path:
        return paths.recovery_dir()

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
                        self._window,
                        QCoreApplication.translate("ProjectActions", "Cannot restore"),
                        texts.project_error_message(error, self._window.translations.language),
                    )
                    continue
                self.show(
                    opened.document,
                    opened.project_path or opened.source_path or info.path,
                    project_path=opened.project_path,
                    source_path=opened.source_path,
                    history=opened.history,
                    periods=opened.periods,
                    unsaved=True,
                )
                # The work now lives in the new recovery file; without one (autosave
                # could not start) the old file stays for the next start.
                if self.journal is not None:
                    remove_recovery(info.path)
                self._window.statusBar().showMessage(
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
            self._window,
            QCoreApplication.translate("ProjectActions", "Recovery files kept"),
            "\n\n".join(lines),
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
            parent=self._window,
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
        if self._window.document is None:
            return
        for path in ask_to_open(
            self._window,
            QCoreApplication.translate("ProjectActions", "Update from a newer list"),
            QCoreApplication.translate(
                "ProjectActions", "Customer lists (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv)"
            ),
        ):
            self.update_from(path)

    def update_from(self, path: Path) -> None:
        options = ImportOptions(memory=self._loading.mapping_memory())
        self._loading.run(Job(load_customers, path, options), path, self._on_newer_loaded)

    def _on_newer_loaded(self, path: Path, newer: ImportResult) -> None:
        from segmenter_app.ui.dialogs.update_dialog import UpdateDialog

        window = self._window
        report = self.session.compare(newer)
        dialog = UpdateDialog(report, newer, window.translations.language, window)
        if dialog.exec() != UpdateDialog.DialogCode.Accepted:
            return
        window.notes.commit_note()
        # Shown through session.document_replaced, as its undo and redo are.
        self.session.update(newer, path, report)
        # The positions came with the document: show where customers moved.
        window.show_movements(True)
        alerts = report.summary()["alerts"]
        window.statusBar().showMessage(
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

    def show_import_dialog(self) -> None:
        """Read the list again with other settings (sheet, header row, columns, scale).
        The user's work is carried over as an update from a newer list does it: notes,
        pins, triage flips and thresholds stay with their customers; customers the list
        no longer yields are kept, with their notes, in the project's history."""
        window = self._window
        if window.document is None:
            return
        source = self.source_path or self.path
        if source is None or self.project_path == source or not source.is_file():
            QMessageBox.information(
                window,
                QCoreApplication.translate("MainWindow", "Import settings"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The customer list this project was made from is not at {path} any more. Open the "
                    "list itself, or update the project from it (File ▸ Update customer data from a "
                    "newer list…).",
                ).format(path=source if source is not None else "–"),
            )
            return
        language = window.translations.language
        imported = ImportResult(window.document.table, window.document.report)
        dialog = ImportDialog(source, imported, language, window)
        if dialog.exec() != ImportDialog.DialogCode.Accepted or dialog.result is imported:
            return
        newer = dialog.result
        if dialog.remember.isChecked():
            self._loading.mapping_memory().remember(newer.report.signature, dialog.mapping_to_remember())
        report = self.session.compare(newer)
        window.notes.commit_note()
        had_work = self.session.reread(newer, source, report)
        self._shown(self.session.document)
        if had_work:
            window.statusBar().showMessage(
                self.tr(
                    "Read again with the new settings: notes, pins and triage kept for {kept} customers; "
                    "{gone} no longer in the list (kept in the project history).",
                    "",
                    len(report.old_rows),
                ).format(
                    kept=texts.format_number(len(report.old_rows), language),
                    gone=texts.format_number(len(report.gone_rows), language),
                ),
                15000,
            )

    def show_former_customers(self, search: str = "") -> None:
        """The customers updates no longer found, with their notes (View ▸ Former
        customers); ``search``: the main search's text, to filter them by."""
        from segmenter_app.ui.dialogs.former_customers import FormerCustomersDialog

        self.former_dialog = FormerCustomersDialog(
            self.history, self._window, language=self._window.translations.language
        )
        if search:
            self.former_dialog.filter.setText(search)
        self.former_dialog.show()

    def former_matches(self, text: str) -> int:
        """How many former customers (not back in the current list) ``text`` finds."""
        document = self.session.document
        present = set(document.keys.array.tolist()) if document is not None else set()
        return len(find_former(self.history, text, present))


def _local_time(iso: str) -> str:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")

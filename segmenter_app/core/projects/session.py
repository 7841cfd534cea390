"""The project a window works on, without Qt: the document, where it came from, its
history of imports, whether it is saved, and the recovery journal that keeps every
change safe until it is.

The window asks the session to show a list or a project, to save, to carry the work
over to a newer list (an update) or to the same list read with other settings (a
re-read), and to restore a recovery; it only shows what the session says.  The command
line and the tests drive the same object.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.fileio import same_file
from segmenter_app.core.importing.report import ImportResult
from segmenter_app.core.model.commands import Command
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import signal
from segmenter_app.core.projects import claims
from segmenter_app.core.projects.claims import ProjectClaim
from segmenter_app.core.projects.collect import CollectPlan, apply_collect
from segmenter_app.core.projects.locks import ProjectLocked
from segmenter_app.core.projects.project import save_project
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.projects.snapshot import ImportRecord
from segmenter_app.core.projects.updating import UpdateReport, apply_update, compare
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP


class ProjectSession:
    def __init__(self, recovery_dir: Callable[[], Path]) -> None:
        #: where recovery journals are written (asked each time: a test may move it)
        self.recovery_dir = recovery_dir
        self.document: CustomerDocument | None = None
        #: what was opened: a customer list or a project file
        self.path: Path | None = None
        #: the project file the work is saved in (None until saved)
        self.project_path: Path | None = None
        #: the customer list the data was read from (None if unknown)
        self.source_path: Path | None = None
        self.history: list[ImportRecord] = []
        self.journal: RecoveryJournal | None = None
        #: why autosave is off (None while it works)
        self.journal_error: ProjectError | None = None
        #: the last update from a newer list (the window shows its movements)
        self.update_report: UpdateReport | None = None
        #: changes in no project file that the undo stack does not know of (a restored
        #: recovery, an update from a newer list)
        self._unsaved = False
        #: emitted with a ProjectError when the recovery journal had to stop
        self.journal_failed = signal(ProjectError)
        #: emitted with the document the session works on after an update was applied,
        #: undone or redone (the window shows it)
        self.document_replaced = signal(object)
        #: the project file's lock and what the file was when opened or saved
        #: (:mod:`.claims`); None for a list, a copy or nothing open
        self.claim: ProjectClaim | None = None
        #: the claim of a project being opened, held from :meth:`claim_project` until
        #: :meth:`show` shows it (or the next claim replaces it)
        self._pending_claim: ProjectClaim | None = None

    # ----------------------------------------------------------------- state

    def is_modified(self) -> bool:
        if self.document is None:
            return False
        return self._unsaved or not self.document.undo_stack.is_clean

    @property
    def read_only(self) -> bool:
        """Opened while another Segmenter had it: never saved to its own path."""
        return self.claim is not None and self.claim.read_only

    def display_name(self) -> str:
        if self.project_path is not None:
            return self.project_path.name
        return self.path.name if self.path is not None else "Segmenter"

    # ----------------------------------------------------------------- claiming

    def claim_project(self, path: Path, *, read_only: bool = False) -> ProjectClaim:
        """Lock a project file before it is opened.  Raises :class:`ProjectLocked`
        (with who holds it) when another running Segmenter has it; the caller may then
        claim it ``read_only`` or open it as a copy (``show`` with no project path).
        The claim returned says whether a stale lock (a crash) was taken over."""
        path = Path(path)
        if self.claim is not None and same_file(self.claim.path, path):
            return self.claim  # this window has it already
        claims.release(self._pending_claim)
        self._pending_claim = None
        self._pending_claim = claims.claim(path, read_only=read_only)
        return self._pending_claim

    def _follow_claim(self, project_path: Path | None) -> None:
        """Hold the claim of the project shown, let go of any other."""
        current, pending = self.claim, self._pending_claim
        self._pending_claim = None
        if project_path is not None and current is not None and same_file(current.path, project_path):
            claims.release(pending)
            return
        claims.release(current)
        self.claim = None
        if project_path is None:
            claims.release(pending)
            return
        if pending is not None and same_file(pending.path, project_path):
            self.claim = pending
            return
        claims.release(pending)
        try:
            self.claim = claims.claim(project_path)
        except ProjectLocked:
            # Restored work of a project another Segmenter has open: never saved over it.
            self.claim = claims.claim(project_path, read_only=True)

    # ----------------------------------------------------------------- showing

    def show(
        self,
        document: CustomerDocument,
        path: Path,
        *,
        project_path: Path | None = None,
        source_path: Path | None = None,
        history: list[ImportRecord] | None = None,
        base: Path | None = None,
        unsaved: bool = False,
    ) -> None:
        """Work on ``document`` from now on: a list just read, a project, a restored or
        updated one.  The recovery journal starts over (``base``: a project file to
        copy instead of writing the document afresh); ``journal_error`` says why it
        could not."""
        self.stop_journal(discard=True)
        self._follow_claim(project_path)
        self.document = document
        self.path = Path(path)
        self.project_path = project_path
        self.source_path = source_path
        self.history = list(history or [])
        self._unsaved = unsaved
        self._start_journal(base)

    def _start_journal(self, base: Path | None) -> None:
        self.journal_error = None
        try:
            self.journal = RecoveryJournal(
                self.recovery_dir(),
                self.document,
                source_path=self.source_path,
                project_path=self.project_path,
                history=self.history,
                base=base,
                unsaved_base=self._unsaved,
            )
        except ProjectError as error:
            self.journal, self.journal_error = None, error
            return
        self.journal.failed.connect(self._on_journal_failed)

    def _on_journal_failed(self, error: ProjectError) -> None:
        self.journal_error = error
        self.journal_failed.emit(error)

    def stop_journal(self, *, discard: bool) -> None:
        """Stop recording: ``discard`` deletes the file (the work was saved or closed
        cleanly), else it stays as a recovery for the next start."""
        if self.journal is not None:
            if discard:
                self.journal.discard()
            else:
                self.journal.close()
            self.journal = None

    # ----------------------------------------------------------------- saving

    def save(self, path: Path, *, overwrite_changed: bool = False) -> None:
        """Write the project to ``path`` (atomically); ProjectError when it cannot be —
        also ``locked`` (another Segmenter has ``path`` open), ``read_only`` (this one
        opened it read-only) and ``changed_on_disk`` (someone else saved it since it
        was opened here: save again with ``overwrite_changed`` once the user agreed)."""
        claims.check_save(self.claim, path, overwrite_changed=overwrite_changed)
        save_project(self.document, path, source_path=self.source_path, history=self.history)
        self.claim = claims.saved(self.claim, path)
        self.project_path = Path(path)
        self._unsaved = False
        self.document.undo_stack.set_clean()
        if self.journal is not None:
            self.journal.rebase(self.project_path)

    # ----------------------------------------------------------------- collecting

    def collect(self, plan: CollectPlan, *, prefer_returned: bool = False) -> ImportRecord:
        """Apply a reviewed collect from managers (one undo step) and record it in the
        history: unsaved until saved, even when it changed no value.  Undoing the collect
        takes its history record back with its values (undone to the state saved, the
        project is unsaved no more); redoing brings both again."""
        stack = self.document.undo_stack
        steps, unsaved = len(stack), self._unsaved
        with self._together():
            # The window's collect was reviewed: its choices are decisions to remember.
            record = apply_collect(self.document, plan, prefer_returned=prefer_returned, decided=True)
            self._add_history(record)
        self._unsaved = True
        if len(stack) > steps:
            command = stack.undo_command
            do, undo = command.do, command.undo

            def redo() -> None:
                with self._together():
                    do()
                    self._add_history(record)
                self._unsaved = True

            def undo_with_history() -> None:
                with self._together():
                    undo()
                    self._drop_history(record)
                self._unsaved = unsaved

            command.do, command.undo = redo, undo_with_history
        return record

    def _together(self):
        """The journal's records written inside the block in one transaction."""
        return self.journal.together() if self.journal is not None else contextlib.nullcontext()

    def _add_history(self, record: ImportRecord) -> None:
        self.history = [*self.history, record]
        if self.journal is not None:
            self.journal.add_history(record)  # with the values, in one transaction

    def _drop_history(self, record: ImportRecord) -> None:
        self.history = [entry for entry in self.history if entry is not record]
        if self.journal is not None:
            self.journal.drop_history(record)

    # ----------------------------------------------------------------- carrying work over

    def compare(self, newer: ImportResult) -> UpdateReport:
        """What a newer list (or the same list read again) would change."""
        return compare(self.document, newer)

    def update(self, newer: ImportResult, path: Path, report: UpdateReport) -> CustomerDocument:
        """Carry notes, overrides and thresholds over to a newer export of the list; the
        customers it no longer has stay in the history.  Unsaved until saved.

        One undo step like any other: the updated document takes over the undo stack,
        so Undo brings back the document as it was — the steps before the update act
        on it — and Redo the update; each time :attr:`document_replaced` says so.  The
        project keeps its own name: the newer list becomes its source, not its name."""
        path = Path(path)
        updated = apply_update(self.document, newer, report)
        updated.undo_stack = self.document.undo_stack
        before = _Shown(
            self.document, self.path, self.project_path, self.source_path, self.history, self._unsaved
        )
        after = _Shown(
            updated,
            self.path or path,
            self.project_path,
            path,
            [*self.history, report.history_record(newer, path)],
            True,
        )
        self.update_report = report
        updated.undo_stack.push(
            Command(
                "update",
                lambda: self._restore(after),
                lambda: self._restore(before),
                {"file": path.name},
                label=QT_TRANSLATE_NOOP("core", "update from {file}"),
            )
        )
        return updated

    def _restore(self, shown: _Shown) -> None:
        """Work on a document as it stood before or after an update."""
        # The recovery file starts from the whole document as it stands: it may hold
        # unsaved steps of the shared history.
        self.show(
            shown.document,
            shown.path,
            project_path=shown.project_path,
            source_path=shown.source_path,
            history=shown.history,
            unsaved=True,
        )
        self._unsaved = shown.unsaved
        self.document_replaced.emit(shown.document)

    def reread(self, newer: ImportResult, source: Path, report: UpdateReport) -> bool:
        """The same list read with other settings: the work is carried over as an update
        does it.  True when there was work to carry (then the change is unsaved and the
        history says so); a list just opened is simply replaced."""
        had_work = self.is_modified() or self.project_path is not None
        history = (
            [*self.history, report.history_record(newer, source)]
            if had_work
            else [ImportRecord.from_report(newer.report, source)]
        )
        self.show(
            apply_update(self.document, newer, report),
            self.path,
            project_path=self.project_path,
            source_path=source,
            history=history,
            unsaved=had_work,
        )
        return had_work

    def close(self) -> None:
        """The window closes: a journal of saved work goes, one of unsaved work stays;
        the project's lock goes."""
        self.stop_journal(discard=not self.is_modified())
        claims.release(self._pending_claim)
        claims.release(self.claim)
        self._pending_claim = self.claim = None


@dataclass(frozen=True)
class _Shown:
    """What the session works on: before or after an update."""

    document: CustomerDocument
    path: Path | None
    project_path: Path | None
    source_path: Path | None
    history: list[ImportRecord]
    unsaved: bool

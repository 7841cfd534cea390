"""The project a window works on, without Qt: the document, where it came from, its
history of imports, whether it is saved, and the recovery journal that keeps every
change safe until it is.

The window asks the session to show a list or a project, to save, to add a period
from a newer list (an update) or an earlier one, to rename a period, to carry the work
over to the same list read with other settings (a re-read), and to restore a recovery;
it only shows what the session says.  The command line and the tests drive the same
object.

Which file the project is (:attr:`ProjectSession.project_path`), its lock and its
recovery journal are never part of an undo step: adding a period and taking it back
change the document, the periods, the list it came from and the history, never the
file the user saves to (issue 27).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
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
from segmenter_app.core.projects.period_info import period_info
from segmenter_app.core.projects.periods import ProjectPeriods, earlier_period, next_period
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
        #: the project's periods, oldest first; the last is :attr:`document`
        self.periods: ProjectPeriods | None = None
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
        #: emitted with the :class:`ProjectPeriods` whenever they change: a project
        #: shown, a period added, inserted or renamed, and each of those undone or redone
        self.periods_changed = signal(object)
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
        periods: ProjectPeriods | None = None,
    ) -> None:
        """Work on ``document`` from now on: a list just read, a project, a restored or
        updated one.  ``periods``: the project's (``document`` their last); None: one
        period, ``document``.  The recovery journal starts over (``base``: a project
        file to copy instead of writing the document afresh); ``journal_error`` says why
        it could not."""
        self.stop_journal(discard=True)
        self._follow_claim(project_path)
        self.document = document
        self.path = Path(path)
        self.project_path = project_path
        self.source_path = source_path
        self.history = list(history or [])
        if periods is None or periods.document is not document:
            source = source_path if source_path is not None else document.report.path
            periods = ProjectPeriods.single(document, period_info(source, document.report.sheet))
        self.periods = periods
        periods.mark_read_only()
        self._unsaved = unsaved
        self._start_journal(base)
        self.periods_changed.emit(periods)

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
                periods=self.periods,
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
        save_project(
            self.document, path, source_path=self.source_path, history=self.history, periods=self.periods
        )
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

    def compare(self, newer: ImportResult, same: Mapping[str, str] | None = None) -> UpdateReport:
        """What a newer list (or the same list read again) would change.  ``same``:
        ids the user confirmed as one customer under a new id (from the report's
        ``renamed_ids``: new key → old key), on top of those the project keeps."""
        aliases = {**(self.periods.aliases if self.periods is not None else {}), **(same or {})}
        return compare(self.document, newer, aliases)

    def update(
        self, newer: ImportResult, path: Path, report: UpdateReport, *, label: str | None = None
    ) -> CustomerDocument:
        """Add a period from a newer export of the list, after the last one: the newer
        list becomes the current period, carrying notes, actions, triage flips, pins,
        thresholds and plan settings over by customer key; the period before keeps its
        list, settings and plan, read-only.  The customers the newer list no longer
        has stay in the history.  Unsaved until saved.  ``label``: the period's (by
        default from the file's name, its sheet or its date).

        One undo step like any other: the new document takes over the undo stack, so
        Undo brings back the periods as they were — the steps before the update act on
        the document that is current again — and Redo the update; each time
        :attr:`document_replaced` and :attr:`periods_changed` say so.  The project keeps
        its file, its lock and its journal's place: the newer list becomes the source
        of its current period, not its name."""
        path = Path(path)
        periods = next_period(self.periods, newer, path, report, label=label)
        updated = periods.document
        updated.undo_stack = self.document.undo_stack
        before = _State(self.document, self.periods, self.source_path, self.history, self._unsaved)
        after = _State(updated, periods, path, [*self.history, report.history_record(newer, path)], True)
        self.update_report = report
        updated.undo_stack.push(
            Command(
                "update",
                lambda: self._work_on(after),
                lambda: self._work_on(before),
                {"file": path.name},
                label=QT_TRANSLATE_NOOP("core", "update from {file}"),
            )
        )
        return updated

    def add_earlier(self, older: ImportResult, path: Path, *, label: str | None = None) -> ProjectPeriods:
        """Put an earlier list before the first period (read with the first period's
        thresholds and plan settings; read-only like every past period).  One undo
        step; unsaved until saved."""
        path = Path(path)
        periods = earlier_period(self.periods, older, path, label=label)
        record = ImportRecord.from_report(older.report, path)
        record = ImportRecord(**{**record.__dict__, "kind": "earlier"})
        before = _State(self.document, self.periods, self.source_path, self.history, self._unsaved)
        after = _State(self.document, periods, self.source_path, [*self.history, record], True)
        self.document.undo_stack.push(
            Command(
                "earlier_period",
                lambda: self._work_on(after),
                lambda: self._work_on(before),
                {"file": path.name, "label": periods[0].label},
                label=QT_TRANSLATE_NOOP("core", "earlier list {file}"),
            )
        )
        return periods

    def rename_period(self, index: int, label: str) -> None:
        """Give period ``index`` another label (made unique in the project): one undo
        step, kept by the recovery journal."""
        before = self.periods
        after = before.renamed(index, label)
        if after.labels == before.labels:
            return
        params = {"before": before[index].label, "label": after[index].label}
        self.document.undo_stack.push(
            Command(
                "rename_period",
                lambda: self._relabel(after),
                lambda: self._relabel(before),
                params,
                label=QT_TRANSLATE_NOOP("core", "period name {label}"),
            )
        )

    def _relabel(self, periods: ProjectPeriods) -> None:
        self.periods = periods
        if self.journal is not None:
            self.journal.record_periods(periods)
        self.periods_changed.emit(periods)

    def _work_on(self, state: _State) -> None:
        """Work on the document and periods of ``state`` (before or after a period was
        added): the project's file, lock and place stay as they are.  The recovery
        journal starts from the whole project as it now stands (it may hold unsaved
        steps of the shared history); the old journal goes once the new one holds the
        work, and stays as a recovery when the new one cannot be written."""
        replaced = state.document is not self.document
        old_journal, self.journal = self.journal, None
        self.document = state.document
        self.periods = state.periods
        state.periods.mark_read_only()
        self.source_path = state.source_path
        self.history = list(state.history)
        self._unsaved = True
        self._start_journal(None)
        self._unsaved = state.unsaved
        if old_journal is not None:
            if self.journal is not None:
                old_journal.discard()
            else:
                old_journal.close()
        if replaced:
            self.document_replaced.emit(state.document)
        self.periods_changed.emit(state.periods)

    def reread(self, newer: ImportResult, source: Path, report: UpdateReport) -> bool:
        """The same list read with other settings: the work is carried over as an update
        does it, in the current period.  True when there was work to carry (then the
        change is unsaved and the history says so); a list just opened is simply
        replaced."""
        had_work = self.is_modified() or self.project_path is not None
        history = (
            [*self.history, report.history_record(newer, source)]
            if had_work
            else [ImportRecord.from_report(newer.report, source)]
        )
        document = apply_update(self.document, newer, report)
        current = self.periods.current.info
        info = replace(current, source_path=str(source), sheet=newer.report.sheet)
        self.show(
            document,
            self.path,
            project_path=self.project_path,
            source_path=source,
            history=history,
            unsaved=had_work,
            periods=self.periods.with_current(document, info),
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
class _State:
    """What an undo step of the periods restores: the document and periods, the list
    the current period came from, the history and whether it was saved — never the
    project's file, lock or journal."""

    document: CustomerDocument
    periods: ProjectPeriods
    source_path: Path | None
    history: list[ImportRecord]
    unsaved: bool

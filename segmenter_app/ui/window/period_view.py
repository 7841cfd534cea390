"""Which of the project's periods the window shows (PRODUCT.md §8), and the period
commands: *File ▸ Add an earlier list…*, renaming a period, *View ▸ History…*.

The session keeps the periods (``core/projects/periods.py``); the window's document is
always the current (last) period's, which everything of §1–7 edits.  :class:`PeriodView`
lets the chart, the table, the Team view and the panels show another one: a past
period is shown read-only, an edit of it is refused with words that say where edits go.
It follows the session: a period added, inserted, renamed, each undone or redone, a
project opened.  While the window shows the current period it keeps showing the
current one (after an update, the new list); a past period chosen stays shown as long
as the project has it.

After a project opens, the past periods are built in a worker (their documents, plans
and movements), so that switching to one costs only the drawing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow

from segmenter_app.core.importing.importer import ImportOptions, ImportResult, load_customers
from segmenter_app.core.model import history as hs
from segmenter_app.core.projects.periods import ProjectPeriods
from segmenter_app.ui.window.file_dialogs import ask_to_open
from segmenter_app.ui.window.loading import Loading
from segmenter_app.ui.workers import Job

LIST_FILTER = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv"


def build_past_periods(periods: ProjectPeriods, progress=None, cancelled=None, first: int | None = None) -> int:
    """Build each past period's document, plan and figures and who moved into it (the
    current one is the window's, never touched here); period ``first`` before the
    others (the one the period shown needs for its history columns).  Returns how many
    were built."""
    past = len(periods) - 1
    order = list(range(past))
    if first is not None and 0 <= first < past:
        order.remove(first)
        order.insert(0, first)
    for done, index in enumerate(order, start=1):
        if cancelled is not None and cancelled():
            break
        periods.figures(index)
        if index > 0:
            periods.movement(index - 1, index)
        if progress is not None:
            progress(done / max(past, 1))
    return past


class PeriodView(QObject):
    """The period ``window`` shows; ``projects`` holds the session, ``loading`` reads
    the earlier lists."""

    #: The window shows another period now (its index, oldest first).
    shown_changed = Signal(int)

    def __init__(self, window: QMainWindow, projects, loading: Loading) -> None:
        super().__init__(window)
        self._window = window
        self._projects = projects
        self._loading = loading
        self._session = projects.session
        #: the id of the past period chosen; None while the current one is shown
        self._past_id: str | None = None
        self._build_job: Job | None = None
        #: the period the build job reads first
        self._build_first: int | None = None
        #: the history columns wait for the build job
        self._history_wanted = False
        self.history_dialog = None
        bar = window.workspace.period_bar
        bar.period_chosen.connect(self.show)
        bar.rename_requested.connect(self.rename)
        window.workspace.trails_of = self._trails_of
        self._session.periods_changed.connect(self._on_periods_changed)
        projects.document_shown.connect(self._on_document_shown)

    # ----------------------------------------------------------------- reading

    @property
    def periods(self) -> ProjectPeriods | None:
        return self._session.periods

    @property
    def shown_index(self) -> int:
        """The index of the period shown (the current one's when no past one is)."""
        periods = self.periods
        if periods is None:
            return -1
        if self._past_id is not None:
            try:
                return periods.index_of(self._past_id)
            except StopIteration:
                pass
        return periods.current_index

    @property
    def shows_past(self) -> bool:
        periods = self.periods
        return periods is not None and not periods.is_current(self.shown_index)

    @property
    def building(self) -> bool:
        """The past periods are still being built in the background."""
        return self._build_job is not None

    # ----------------------------------------------------------------- showing

    def show(self, index: int) -> None:
        """Show period ``index`` (oldest first) in the chart, table, Team view and panels."""
        periods = self.periods
        if periods is None or self._window.document is None or not 0 <= index < len(periods):
            return
        self._window.notes.commit_note()
        self._past_id = None if periods.is_current(index) else periods[index].id
        self._apply()
        self.shown_changed.emit(index)

    def _apply(self) -> None:
        """Put the period chosen in place (nothing when it is there already)."""
        window, periods = self._window, self.periods
        if periods is None or window.document is None or window.document is not periods.document:
            return  # the window shows the session's new document first
        with window.workspace.chart.batched():  # one blit for the whole switch
            self._put_in_place(periods)

    def _put_in_place(self, periods: ProjectPeriods) -> None:
        window = self._window
        index = self.shown_index
        past = not periods.is_current(index)
        document = periods.document_of(index)
        labels = periods.labels
        refusal = (
            QCoreApplication.translate(
                "PeriodView",
                "{period} is a past period: it is shown, never changed. Edits go into the current "
                "period, {current} (choose it above the chart).",
            ).format(period=labels[index], current=labels[-1])
            if past
            else None
        )
        window.workspace.period_bar.set_periods(labels, index)
        language = window.translations.language
        if window.notes.document is not document:
            # Before the workspace names the current customer by a row of this period.
            window.notes.set_document(document, language)
        window.workspace.show_period(
            document,
            (lambda index=index: self._before(index)) if index > 0 else None,
            refusal=refusal,
            labels=labels,
            shown=index,
        )
        if window.thresholds.document is not document:
            window.thresholds.set_document(document, language)
        if window.team.document is not document:
            window.team.show_period(document)
        self._show_movements(index)

    def _show_movements(self, index: int) -> None:
        """The movement lines into the period shown: from where each customer was in
        the period before (a past period's), or before the last update (the current
        one's, as the document keeps them); shown as the View menu says."""
        window, periods = self._window, self.periods
        chart = window.workspace.chart
        if not periods.is_current(index) and index > 0:
            chart.set_movements(*hs.positions_before(periods.before(index), periods.figures(index - 1)))
        action = window.action("view.movements")
        available = chart.has_movements()
        # The user's choice stays through a period without movements (the first): it
        # was unchecked there, and the lines were gone on coming back to the current one.
        action.setEnabled(available)
        chart.show_movements(action.isChecked() and available)

    def _before(self, index: int):
        """Who moved into period ``index`` (the table's history columns).  None while
        the period before it is still being read from the file in the worker (most of
        a second at 100,000 customers, no longer on the way to showing the project): the columns say "…" and fill in when it comes
        (:meth:`_on_build_progress`), never with another period's values."""
        periods = self.periods
        if periods is None or not 0 < index < len(periods):
            return None
        if not periods[index - 1].built and self._build_job is not None:
            self._history_wanted = True
            if self._build_first != index - 1:
                self._build(periods, first=index - 1, restart=True)
            return None
        return periods.before(index)

    def _on_build_progress(self) -> None:
        """A past period is built: the history columns waiting for it fill in."""
        periods = self.periods
        if not self._history_wanted or periods is None:
            return
        index = self.shown_index
        if index <= 0 or periods[index - 1].built or self._build_job is None:
            self._history_wanted = False
            self._window.workspace.state.history_arrived()

    def _trails_of(self, keys):
        periods = self.periods
        return periods.trails(keys) if periods is not None and len(periods) > 1 else None

    def _on_periods_changed(self, periods: ProjectPeriods) -> None:
        if self._past_id is not None and self._past_id not in {period.id for period in periods}:
            self._past_id = None  # the period shown is gone (its step undone)
        self._window.workspace.period_bar.set_periods(periods.labels, self.shown_index)
        self._apply()
        self._build(periods)

    def _on_document_shown(self, _document) -> None:
        """The window shows the session's (current) document: a past period chosen
        is shown again when the project still has it."""
        periods = self.periods
        if periods is None:
            return
        if self._past_id is not None and self._past_id not in {period.id for period in periods}:
            self._past_id = None
        self._window.workspace.period_bar.set_periods(periods.labels, self.shown_index)
        self._apply()
        if self.history_dialog is not None:
            self.history_dialog.follow(self._session.document)

    def _build(self, periods: ProjectPeriods, first: int | None = None, restart: bool = False) -> None:
        """Build the past periods in a worker (switching to one then only draws),
        ``first`` (default: the one before the period shown) before the others."""
        if self._build_job is not None:
            self._build_job.cancel()
            self._build_job = None
        if all(period.figured for period in list(periods)[:-1]):
            if restart:
                self._on_build_progress()
            return
        if first is None:
            first = self.shown_index - 1 if self.periods is periods else len(periods) - 2
        job = Job(build_past_periods, periods, first=first)
        job.progress.connect(lambda _fraction: self._on_build_progress())
        job.finished.connect(lambda _count, job=job: self._built(job))
        job.failed.connect(lambda _error, job=job: self._built(job))
        job.cancelled.connect(lambda job=job: self._built(job))
        self._build_job, self._build_first = job, first
        job.start()

    def _built(self, job: Job) -> None:
        if job is self._build_job:
            self._build_job = None
            self._on_build_progress()  # a history waiting for a period that failed: read here

    # ----------------------------------------------------------------- commands

    def rename(self, index: int, label: str) -> None:
        """Give period ``index`` another label: one undo step."""
        if self.periods is None or self._window.document is None:
            return
        self._window.notes.commit_note()
        self._session.rename_period(index, label)

    def add_earlier(self) -> None:
        """*File ▸ Add an earlier list…*: read an older list and put it before the first
        period."""
        if self._window.document is None:
            return
        for path in ask_to_open(
            self._window,
            QCoreApplication.translate("PeriodView", "Add an earlier list"),
            QCoreApplication.translate("PeriodView", "Customer lists ({patterns})").format(
                patterns=LIST_FILTER
            ),
        ):
            self.add_earlier_from(path)

    def add_earlier_from(self, path: Path) -> None:
        options = ImportOptions(memory=self._loading.mapping_memory())
        self._loading.run(Job(load_customers, Path(path), options), Path(path), self._on_earlier_loaded)

    def _on_earlier_loaded(self, path: Path, older: ImportResult) -> None:
        window = self._window
        window.notes.commit_note()
        periods = self._session.add_earlier(older, path)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "PeriodView",
                "{file} added as the first period, {label} ({count} customers). Edit ▸ Undo takes it back.",
            ).format(file=path.name, label=periods[0].label, count=len(older.table)),
            15000,
        )

    def show_history(self) -> None:
        """*View ▸ History…*: the periods side by side, who moved, did it work."""
        from segmenter_app.ui.dialogs.history_view import HistoryView

        if self.periods is None:
            return
        if self.history_dialog is None:
            self.history_dialog = HistoryView(self._session, self._window.translations, self._window)
        self.history_dialog.follow(self._session.document)
        self.history_dialog.show()
        self.history_dialog.raise_()
        self.history_dialog.activateWindow()

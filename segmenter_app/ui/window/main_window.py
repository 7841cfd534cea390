"""The main window: the widgets, the docks, the menus and the controllers that act for it.

It holds no data (the document does) and does little itself.  It *holds* its
controllers, each an object with a public interface that is handed what it needs:

* :attr:`loading` (``loading.py``) reads lists and runs the reading jobs (busy/idle);
* :attr:`projects` (``projects.py``) saves, opens, restores and updates projects;
* :attr:`period_view` (``period_view.py``) the period shown, earlier lists, the History;
* :attr:`collect` (``collect.py``) collects returned files, saves copies for managers;
* :attr:`outputs` (``outputs.py``) writes the chart, the workbooks, the PDF, prints;
* :attr:`help` (``help.py``) the guide, About, the licences;
* :attr:`currency` (``currency_menu.py``) the currency of the amounts;
* :attr:`window_settings` (``window_settings.py``) recent files, size, first layout.

The menus and shortcuts are built from one table of actions (``actions.py``, a module
per menu in ``menus/``): :meth:`action` and :meth:`menu` find them by id.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
)

from segmenter_app.core.importing.importer import ImportOptions
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.project_files import is_project_file
from segmenter_app.core.reading.reader import WorkbookSource
from segmenter_app.core.text import texts
from segmenter_app.ui.dialogs.import_dialog import remembered_mapping_text
from segmenter_app.ui.i18n import Retranslating, Translations
from segmenter_app.ui.paths import is_bundled
from segmenter_app.ui.widgets.collapsible_dock import make_collapsible
from segmenter_app.ui.widgets.empty_state import EmptyState
from segmenter_app.ui.widgets.notes_panel import NotesPanel
from segmenter_app.ui.widgets.status_bar import StatusBar
from segmenter_app.ui.widgets.team_view import TeamView
from segmenter_app.ui.widgets.threshold_panel import ThresholdPanel
from segmenter_app.ui.widgets.workspace import Workspace
from segmenter_app.ui.window.actions import ActionTable
from segmenter_app.ui.window.collect import Collecting
from segmenter_app.ui.window.currency_menu import CurrencyMenu
from segmenter_app.ui.window.help import Help
from segmenter_app.ui.window.loading import Loading
from segmenter_app.ui.window.menus import MENUS
from segmenter_app.ui.window.outputs import Outputs
from segmenter_app.ui.window.period_view import PeriodView
from segmenter_app.ui.window.projects import Projects
from segmenter_app.ui.window.window_settings import WindowSettings


class MainWindow(Retranslating, QMainWindow):
    #: A list finished opening (the document is in place); for tests and scripts.
    document_opened = Signal(object)

    def __init__(self, translations: Translations, parent=None) -> None:
        super().__init__(parent)
        self.translations = translations
        self.settings = QSettings()
        self.document: CustomerDocument | None = None
        self.setAcceptDrops(True)

        self.empty = EmptyState()
        self.workspace = Workspace()
        #: per document, whether its movement lines were last shown (weak: a document gone is forgotten)
        self._movements_shown: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self.stack = _Pages()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.thresholds = ThresholdPanel()
        self.notes = NotesPanel()
        # The side panels scroll when the window is low: their full height beside the
        # unfolded Team view would make the window taller than a laptop's screen.
        self.thresholds_dock = self._dock("thresholds", _Scrolling(self.thresholds))
        self.notes_dock = self._dock("customer", _Scrolling(self.notes))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.thresholds_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.tabifyDockWidget(self.thresholds_dock, self.notes_dock)
        # Tabs on the outer edge: folded, the panels leave a strip a few pixels wide.
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.East)
        self.thresholds_dock.raise_()
        # The team's resources against its potential (PRODUCT.md §6), under the table.
        self.team = TeamView()
        self.team_dock = self._dock("team", self.team)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.team_dock)
        self.team.manager_chosen.connect(self.workspace.select_manager)
        self.setStatusBar(StatusBar())
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)

        # The menus first (the actions call the controllers only when triggered).
        self.action_table = ActionTable(self, self.menuBar(), MENUS)
        self.loading = Loading(self)
        self.projects = Projects(self, self.loading)
        self.collect = Collecting(self, self.projects, self.loading)
        self.outputs = Outputs(self, self.projects)
        self.help = Help(self)
        self.currency = CurrencyMenu(self)
        self.window_settings = WindowSettings(self, self.menu("file.recent"))

        self.loading.list_read.connect(
            lambda document, path, history: self.projects.show(
                document, path, source_path=path, history=history
            )
        )
        self.projects.document_shown.connect(self._show_session)
        # After the window's own slot: it shows the session's document, then the period
        # view shows the period chosen.
        self.period_view = PeriodView(self, self.projects, self.loading)
        # The main search says when former customers match, and opens them (issue 27).
        self.workspace.former_count = self.projects.former_matches
        self.workspace.former_requested.connect(self.projects.show_former_customers)
        self.projects.saved.connect(self._on_saved)
        self.empty.open_requested.connect(self.loading.open_dialog)
        self.empty.sample_requested.connect(self.loading.open_sample)
        self.empty.recent_requested.connect(self.open_file)
        self.workspace.current_changed.connect(self.notes.show_row)
        self.workspace.current_changed.connect(self._on_current_customer)
        self.workspace.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.retranslate()
        self.window_settings.restore()
        self._show_document(None)

    def _dock(self, name: str, widget) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        make_collapsible(dock)
        # Opened again from the View menu: in front of the panel tabbed with it (it
        # came back behind the Thresholds tab).
        dock.toggleViewAction().triggered.connect(lambda shown, dock=dock: shown and dock.raise_())
        return dock

    # ----------------------------------------------------------------- menus

    def action(self, id_: str) -> QAction:
        """The QAction of a menu entry by its id ("file.save", "edit.undo" …)."""
        return self.action_table.actions[id_]

    def menu(self, id_: str) -> QMenu:
        """A menu or submenu by its id ("file", "file.recent", "settings.language" …)."""
        return self.action_table.qmenus[id_]

    @property
    def layout_settled(self) -> bool:
        """False while the first layout after the first list is still being applied."""
        return self.window_settings.layout_settled

    def retranslate(self) -> None:
        self.action_table.retranslate()
        self.thresholds_dock.setWindowTitle(self.tr("Thresholds"))
        self.notes_dock.setWindowTitle(self.tr("Customer"))
        self.team_dock.setWindowTitle(self.tr("Team"))
        self._update_undo_actions()
        self.update_title()
        self.window_settings.refresh_recent_menu()

    # ----------------------------------------------------------------- opening

    def open_file(
        self, path: str | Path, options: ImportOptions | None = None, *, source: WorkbookSource | None = None
    ) -> None:
        """Open a list (read in a worker, with progress and Cancel) or a project.
        ``source`` is the list already being read with the default layout."""
        path = Path(path)
        if not self.projects.maybe_save():
            if source is not None:
                source.close()
            return
        if is_project_file(path):
            self.projects.open_project(path)
        else:
            self.loading.open_list(path, options, source=source)

    def estimate_wallets(self) -> None:
        """Estimate blank wallets (or change or stop the estimate): one undoable step."""
        if self.document is None:
            return
        from segmenter_app.ui.dialogs.wallet_dialog import WalletDialog

        dialog = WalletDialog(self.document, self.translations.language, self)
        if dialog.exec() == WalletDialog.DialogCode.Accepted:
            self.document.set_wallet_estimate(dialog.chosen())

    def _show_session(self, document: CustomerDocument) -> None:
        """The session works on ``document`` now: show it (the journal runs already)."""
        # The same project's step (an update, its undo or redo): the movement lines stay
        # shown if they were; another list or project starts without them.
        same_project = self.document is not None and self.document.undo_stack is document.undo_stack
        if self.document is not None:
            self.document.undo_stack.changed.disconnect(self._update_undo_actions)
            self.document.undo_stack.changed.disconnect(self.update_title)
        self.document = document
        document.undo_stack.changed.connect(self._update_undo_actions)
        document.undo_stack.changed.connect(self.update_title)
        with self.workspace.chart.batched():  # one blit for the chart's parts
            self._show_session_document(document, same_project)
        self.document_opened.emit(document)

    def _show_session_document(self, document: CustomerDocument, same_project: bool) -> None:
        session = self.projects.session
        path, project_path = session.path, session.project_path
        # The same project's step keeps what the user looks at: the manager filtered
        # to, the segments, the search, the selection and the sort.
        self._show_document(document, keep_view=same_project)
        # Movements since the last update: available as long as the document knows
        # where its customers were (a saved project keeps it), shown on request.
        movements = self.action("view.movements")
        available = document.previous_positions is not None
        # A document whose movements were shown (an update applied, then undone and
        # redone) shows them again, as after Apply (issue 27).
        shown_before = self._movements_shown.get(document, False)
        movements.setChecked(available and (shown_before or (same_project and movements.isChecked())))
        movements.setEnabled(available)
        self.workspace.chart.show_movements(movements.isChecked())
        self.window_settings.add_recent(project_path or path)
        if not is_bundled(path):  # the sample's folder is no place to look for lists
            self.settings.setValue("last_folder", str(path.parent))
        report = document.report
        message = self.tr(
            "{customers} customers read from '{sheet}' (rows skipped: {skipped}, problems: {problems}).",
            "",
            report.rows_read,
        ).format(
            customers=texts.format_number(report.rows_read, self.translations.language),
            sheet=texts.sheets_read(report),
            skipped=len(report.skipped),
            problems=len(report.problems),
        )
        if report.skipped or report.problems:
            message += " " + self.tr("File ▸ Import settings… lists them row by row.")
        if report.mapping_source == "remembered":
            message += " " + remembered_mapping_text(report.mapping)
        blank = int((document.prepared.wallets.source == 0).sum()) if document.prepared.wallets else 0
        if blank and document.wallet_estimate is None:
            message += " " + self.tr(
                "{count} customers have no wallet: File ▸ Estimate wallets… fills them in.", "", blank
            ).format(count=texts.format_number(blank, self.translations.language))
        # Revenue above the wallet for most customers (T€ beside €): every segment is
        # wrong, so the line stays until the next message.
        # So does a list nobody in it can be placed in (no satisfaction yet), and why. They
        # come first: a laptop's status bar cut them off at the end of the line.
        language = self.translations.language
        lasting = texts.unit_mismatch_lines(report, document.prepared, language)
        lasting += texts.nobody_classified_lines(report, document.prepared, language)
        message = " ".join([*lasting, message])
        self.statusBar().showMessage(message, 0 if lasting else 15000)

    def _show_document(self, document: CustomerDocument | None, *, keep_view: bool = False) -> None:
        language = self.translations.language
        if document is not None:
            # Before the views take the document: the window is laid out for the screen
            # before they draw (on a laptop the Team view is folded, and a picture drawn
            # first would be drawn for nothing).
            self.window_settings.lay_out_first_list()
        # The customer panel first: the workspace then names the customer it shows by
        # a row of this document (kept across an update).
        self.notes.set_document(document, language)
        self.workspace.set_document(document, language, keep_view=keep_view)
        self.thresholds.set_document(document, language)
        self.team.set_document(document, language)
        self.stack.setCurrentWidget(self.workspace if document is not None else self.empty)
        self.action_table.set_document_open(document is not None)
        self.window_settings.show_docks(document is not None)
        self._update_undo_actions()
        self.update_title()

    def _on_saved(self, path: Path) -> None:
        self.window_settings.add_recent(path)
        self.update_title()

    def _on_current_customer(self, row) -> None:
        # A customer picked in the table or the chart: show its panel (tabbed docks).
        if row is not None and self.notes_dock.isVisible() and not self.notes_dock.isFloating():
            self.notes_dock.raise_()

    def show_movements(self, shown: bool) -> None:
        """Show or hide the movement lines since the last update (View menu), and
        remember it for the document shown: its redo shows them as they were."""
        action = self.action("view.movements")
        if action.isChecked() != shown:
            action.setChecked(shown)
        if self.document is not None:
            self._movements_shown[self.document] = shown
        self.workspace.chart.show_movements(shown)

    def update_title(self) -> None:
        """The title (with the unsaved marker) and the status bar's counts say what the
        session and the document say now."""
        if self.document is None:
            self.setWindowTitle("Segmenter")
            self.setWindowModified(False)
        else:
            # "[*]" shows the modified marker where the platform puts it.
            self.setWindowTitle(f"{self.projects.display_name()}[*] — Segmenter")
            self.setWindowModified(self.projects.is_modified())
        if self.document is not None:
            self.status_label.setText(
                self.tr(
                    "{customers} customers · {managers} account managers", "", len(self.document)
                ).format(
                    customers=texts.format_number(len(self.document), self.translations.language),
                    managers=len(self.document.managers),
                )
            )
        else:
            self.status_label.setText("")

    # ----------------------------------------------------------------- undo

    def undo(self) -> None:
        self.notes.commit_note()
        if self.document is not None:
            self.document.undo_stack.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.redo()

    def _update_undo_actions(self) -> None:
        stack = self.document.undo_stack if self.document is not None else None
        self.currency.sync()
        undo, redo = self.action("edit.undo"), self.action("edit.redo")
        undo.setEnabled(bool(stack and stack.can_undo))
        redo.setEnabled(bool(stack and stack.can_redo))
        language = self.translations.language
        self.action_table.set_values(
            "edit.undo", what=texts.command_text(stack.undo_command if stack else None, language)
        )
        self.action_table.set_values(
            "edit.redo", what=texts.command_text(stack.redo_command if stack else None, language)
        )

    # ----------------------------------------------------------------- other actions

    def focus_search(self) -> None:
        self.workspace.search.setFocus()
        self.workspace.search.selectAll()

    def show_guide(self, topic: str = "segments") -> None:
        """The guide at ``topic`` (the "?" buttons beside the terms ask the window)."""
        self.help.show_guide(topic)

    def set_language(self, code: str) -> None:
        language = self.translations.install(code)
        # Qt posts the LanguageChange; deliver it now so every text has changed on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.settings.setValue("language", code)
        self.action(f"settings.language.{code}").setChecked(True)
        # Number boxes keep the locale they were made with: give them the new one
        # ("62,5" in German), the table's editors follow by themselves.
        for box in self.findChildren(QAbstractSpinBox):
            box.setLocale(QLocale())
        self.workspace.set_language(language)
        self.thresholds.set_language(language)
        self.notes.set_language(language)
        self.team.set_language(language)
        self.help.set_language(language)

    # ----------------------------------------------------------------- window state

    def closeEvent(self, event) -> None:
        if not self.projects.maybe_save():
            event.ignore()
            return
        self.loading.cancel()
        self.projects.close()  # the journal of unsaved work and the project's lock go with the window
        self.window_settings.save()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        # An Escape nothing in the window wanted closes the guide beside it: the guide
        # opened from F1 or a "?" may not have the keyboard (a desktop that keeps focus
        # in the window that asked), and the reader looks at the guide, not at that.
        if event.key() == Qt.Key.Key_Escape and self.help.close_guide():
            event.accept()
            return
        super().keyPressEvent(event)

    # ----------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.collect.collect_dropped(files) or self.open_file(files[0]))


class _Scrolling(QScrollArea):
    """A side panel that scrolls when the window is low: its height gives, its width
    follows what the panel needs as it changes (as it would without the scroll area)."""

    def __init__(self, panel) -> None:
        super().__init__()
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        panel = self.widget()
        width = panel.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, hint.height())


class _Pages(QStackedWidget):
    """The start page or the workspace: only the page shown sets the least height (the
    start page's would keep the unfolded Team view from its room on a laptop)."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self):
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

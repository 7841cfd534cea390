"""The main window: menus, docks and wiring.  It holds no data; the document does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
)

from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.text import texts
from segmenter_app.ui.collapsible_dock import make_collapsible
from segmenter_app.ui.collect_actions import CollectActions
from segmenter_app.ui.currency_menu import CurrencyMenu
from segmenter_app.ui.empty_state import EmptyState
from segmenter_app.ui.first_layout import FirstLayout
from segmenter_app.ui.help_actions import HelpActions
from segmenter_app.ui.i18n import LANGUAGES, Retranslating, Translations
from segmenter_app.ui.import_dialog import remembered_mapping_text
from segmenter_app.ui.list_loading import ListLoading
from segmenter_app.ui.notes_panel import NotesPanel
from segmenter_app.ui.output_actions import OutputActions
from segmenter_app.ui.project_actions import ProjectActions, is_bundled
from segmenter_app.ui.recent_files import RecentFiles
from segmenter_app.ui.team_view import TeamView
from segmenter_app.ui.threshold_panel import ThresholdPanel
from segmenter_app.ui.workers import Job
from segmenter_app.ui.workspace import Workspace


class MainWindow(
    RecentFiles,
    CollectActions,
    Retranslating,
    ListLoading,
    OutputActions,
    ProjectActions,
    CurrencyMenu,
    HelpActions,
    FirstLayout,
    QMainWindow,
):
    #: A list finished opening (the document is in place); for tests and scripts.
    document_opened = Signal(object)

    def __init__(self, translations: Translations, parent=None) -> None:
        super().__init__(parent)
        self.translations = translations
        self.settings = QSettings()
        self.document: CustomerDocument | None = None
        #: False while the first layout after the first list is still being applied
        self.layout_settled = True
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None
        self._init_projects()
        self.setAcceptDrops(True)

        self.empty = EmptyState()
        self.workspace = Workspace()
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
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)

        self._create_actions()
        self._create_menus()
        self.empty.open_requested.connect(self.open_dialog)
        self.empty.sample_requested.connect(self.open_sample)
        self.empty.recent_requested.connect(self.open_file)
        self.workspace.current_changed.connect(self.notes.show_row)
        self.workspace.current_changed.connect(self._on_current_customer)
        self.workspace.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.retranslate()
        self._restore_settings()
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
        return dock

    # ----------------------------------------------------------------- actions

    def _create_actions(self) -> None:
        def action(shortcut=None, slot=None, checkable=False) -> QAction:
            created = QAction(self)
            if shortcut is not None:
                created.setShortcut(shortcut)
            if slot is not None:
                created.triggered.connect(slot)
            created.setCheckable(checkable)
            return created

        self.open_action = action(QKeySequence.StandardKey.Open, self.open_dialog)
        self.save_action = action(QKeySequence.StandardKey.Save, self.save)
        self.save_as_action = action(QKeySequence("Ctrl+Shift+S"), self.save_as)
        self.update_action = action(None, self.update_customer_data)
        self.show_movements_action = action(None, self.workspace.chart.show_movements, checkable=True)
        self.show_movements_action.setEnabled(False)
        self.former_action = action(None, self.show_former_customers)
        self.remember_thresholds_action = action(None, self.remember_thresholds)
        self.sample_action = action(None, self.open_sample)
        self.import_action = action(None, self.show_import_dialog)
        self.estimate_wallets_action = action(None, self.estimate_wallets)
        self.save_chart_action = action(None, self.save_chart)
        self.export_action = action(QKeySequence("Ctrl+E"), self.export_for_managers)
        self.export_pdf_action = action(None, self.export_pdf)
        self.print_action = action(QKeySequence.StandardKey.Print, self.print_sheets)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self.close)
        self.undo_action = action(None, self.undo)
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        self.redo_action = action(None, self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.copy_action = action(None, lambda: self.workspace.table.copy_selection())
        self.find_action = action(QKeySequence.StandardKey.Find, self._focus_search)
        self.reset_view_action = action(None, self.workspace.chart.reset_view)
        self._create_help_actions()
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("system", *LANGUAGES):
            language_action = action(
                None, lambda _checked, code=code: self.set_language(code), checkable=True
            )
            self.language_group.addAction(language_action)
            self.language_actions[code] = language_action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addAction(self.sample_action)
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.update_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.estimate_wallets_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.export_pdf_action)
        self.file_menu.addAction(self.print_action)
        self.file_menu.addAction(self.save_chart_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for item in (self.undo_action, self.redo_action, None, self.copy_action, self.find_action):
            if item is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(item)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.reset_view_action)
        self.view_menu.addAction(self.show_movements_action)
        self.view_menu.addAction(self.former_action)
        self.view_menu.addMenu(self.workspace.bubble_menu)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.thresholds_dock.toggleViewAction())
        self.view_menu.addAction(self.notes_dock.toggleViewAction())
        self.view_menu.addAction(self.team_dock.toggleViewAction())
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.settings_menu.addAction(self.remember_thresholds_action)
        self._build_currency_menu(self.settings_menu)
        for language_action in self.language_actions.values():
            self.language_menu.addAction(language_action)
        self.help_menu = bar.addMenu("")
        self._fill_help_menu(self.help_menu)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.language_menu.setTitle(self.tr("&Language"))
        self._retranslate_currency()
        self.open_action.setText(self.tr("&Open customer list…"))
        self.sample_action.setText(self.tr("Try the &sample data"))
        self.save_action.setText(self.tr("&Save project"))
        self.save_as_action.setText(self.tr("Save project &as…"))
        self.update_action.setText(self.tr("&Update customer data from a newer list…"))
        self._retranslate_collect()
        self.show_movements_action.setText(self.tr("Show &movements since the last update"))
        self.former_action.setText(self.tr("&Former customers…"))
        self.remember_thresholds_action.setText(self.tr("Use these &thresholds for new lists"))
        self.import_action.setText(self.tr("&Import settings…"))
        self.estimate_wallets_action.setText(self.tr("Estimate &wallets…"))
        self.save_chart_action.setText(self.tr("Save &chart as picture…"))
        self.export_action.setText(self.tr("&Export for managers…"))
        self.export_pdf_action.setText(self.tr("Export priority sheets as &PDF…"))
        self.print_action.setText(self.tr("&Print priority sheets…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.copy_action.setText(self.tr("&Copy"))
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.find_action.setText(self.tr("&Find customer"))
        self.reset_view_action.setText(self.tr("&Reset chart view"))
        self._retranslate_help()
        self.thresholds_dock.setWindowTitle(self.tr("Thresholds"))
        self.notes_dock.setWindowTitle(self.tr("Customer"))
        self.team_dock.setWindowTitle(self.tr("Team"))
        self.language_actions["system"].setText(self.tr("System language"))
        for code, name in LANGUAGES.items():
            self.language_actions[code].setText(name)
        self._update_undo_actions()
        self._update_title()
        self._refresh_recent_menu()

    # ----------------------------------------------------------------- opening

    def estimate_wallets(self) -> None:
        """Estimate blank wallets (or change or stop the estimate): one undoable step."""
        if self.document is None:
            return
        from segmenter_app.ui.wallet_dialog import WalletDialog

        dialog = WalletDialog(self.document, self.translations.language, self)
        if dialog.exec() == WalletDialog.DialogCode.Accepted:
            self.document.set_wallet_estimate(dialog.chosen())

    def _set_document(
        self,
        document: CustomerDocument,
        path: Path,
        *,
        project_path: Path | None = None,
        source_path: Path | None = None,
        history=None,
        base: Path | None = None,
        unsaved: bool = False,
    ) -> None:
        """Show a document: a list just read, a project, a restored or updated one."""
        self.notes.commit_note()
        self.session.show(
            document,
            path,
            project_path=project_path,
            source_path=source_path,
            history=history,
            base=base,
            unsaved=unsaved,
        )
        self._show_session(document)

    def _show_session(self, document: CustomerDocument) -> None:
        """The session works on ``document`` now: show it (the journal runs already)."""
        if self.document is not None:
            self.document.undo_stack.changed.disconnect(self._update_undo_actions)
            self.document.undo_stack.changed.disconnect(self._update_title)
        self.document = document
        path, project_path = self.session.path, self.session.project_path
        document.undo_stack.changed.connect(self._update_undo_actions)
        document.undo_stack.changed.connect(self._update_title)
        self._show_document(document)
        # Movements since the last update: available as long as the document knows
        # where its customers were (a saved project keeps it), shown on request.
        self.show_movements_action.setChecked(False)
        self.show_movements_action.setEnabled(document.previous_positions is not None)
        self._report_journal()
        self._add_recent(project_path or path)
        if not is_bundled(path):  # the sample's folder is no place to look for lists
            self.settings.setValue("last_folder", str(path.parent))
        report = document.report
        message = self.tr(
            "{customers} customers read from '{sheet}' (rows skipped: {skipped}, problems: {problems})."
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
                "{count} customers have no wallet: File ▸ Estimate wallets… fills them in."
            ).format(count=texts.format_number(blank, self.translations.language))
        self.statusBar().showMessage(message, 15000)
        self.document_opened.emit(document)

    def _show_document(self, document: CustomerDocument | None) -> None:
        language = self.translations.language
        self.workspace.set_document(document, language)
        self.thresholds.set_document(document, language)
        self.notes.set_document(document, language)
        self.team.set_document(document, language)
        self.stack.setCurrentWidget(self.workspace if document is not None else self.empty)
        for action in (
            self.import_action,
            self.estimate_wallets_action,
            self.save_chart_action,
            self.copy_action,
            self.find_action,
            self.reset_view_action,
            self.export_action,
            self.export_pdf_action,
            self.print_action,
            self.save_action,
            self.save_as_action,
            self.update_action,
            self.remember_thresholds_action,
        ):
            action.setEnabled(document is not None)
        self._enable_collect(document is not None)
        self.thresholds_dock.setVisible(document is not None)
        self.notes_dock.setVisible(document is not None)
        self.team_dock.setVisible(document is not None)
        if document is not None and getattr(self, "_first_layout_pending", False):
            self._first_layout_pending = False
            self.layout_settled = False  # for scripts and tests: sizes still to change
            QTimer.singleShot(0, self._first_layout)
        self._update_undo_actions()
        self._update_title()

    def _on_current_customer(self, row) -> None:
        # A customer picked in the table or the chart: show its panel (tabbed docks).
        if row is not None and self.notes_dock.isVisible() and not self.notes_dock.isFloating():
            self.notes_dock.raise_()

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("Segmenter")
            self.setWindowModified(False)
        else:
            # "[*]" shows the modified marker where the platform puts it.
            self.setWindowTitle(f"{self.display_name()}[*] — Segmenter")
            self.setWindowModified(self.is_modified())
        if self.document is not None:
            self.status_label.setText(
                self.tr("{customers} customers · {managers} account managers").format(
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
        self._sync_currency()
        self.undo_action.setEnabled(bool(stack and stack.can_undo))
        self.redo_action.setEnabled(bool(stack and stack.can_redo))
        self.undo_action.setText(
            self.tr("&Undo {what}")
            .format(what=self._command_text(stack.undo_command if stack else None))
            .strip()
        )
        self.redo_action.setText(
            self.tr("&Redo {what}")
            .format(what=self._command_text(stack.redo_command if stack else None))
            .strip()
        )

    def _command_text(self, command) -> str:
        if command is None:
            return ""
        names = {
            "edit_cell": self.tr("edit"),
            "thresholds": self.tr("threshold change"),
            "triage": self.tr("triage"),
            "pin": self.tr("pin"),
            "scale": self.tr("scale change"),
            "group_order": self.tr("priority order"),
            "plan": self.tr("visit plan change"),
            "currency": self.tr("currency"),
        }
        if command.code == "update":
            return self.tr("update from {file}").format(file=command.params.get("file", ""))
        return names.get(command.code, "")

    # ----------------------------------------------------------------- other actions

    # ----------------------------------------------------------------- export and print

    def _focus_search(self) -> None:
        self.workspace.search.setFocus()
        self.workspace.search.selectAll()

    def set_language(self, code: str) -> None:
        language = self.translations.install(code)
        # Qt posts the LanguageChange; deliver it now so every text has changed on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.settings.setValue("language", code)
        self.language_actions[code].setChecked(True)
        # Number boxes keep the locale they were made with: give them the new one
        # ("62,5" in German), the table's editors follow by themselves.
        for box in self.findChildren(QAbstractSpinBox):
            box.setLocale(QLocale())
        self.workspace.set_language(language)
        self.thresholds.set_language(language)
        self.notes.set_language(language)
        self.team.set_language(language)
        if self.guide_window is not None:
            self.guide_window.set_language(language)

    # ----------------------------------------------------------------- recent files

    # ----------------------------------------------------------------- window state

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self._job is not None:
            self._job.cancel()
        self.session.stop_journal(discard=True)
        self.session.close()  # the project's lock goes with the window
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.workspace.splitter.saveState())
        super().closeEvent(event)

    # ----------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.collect_dropped(files) or self.open_file(files[0]))


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

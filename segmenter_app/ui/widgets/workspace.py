"""The working area: the filter bar and customer table on one side, the chart with its
tools on the other.  The selection is kept as document rows and mirrored between table
and chart (with a guard, so that each side's echo does not come back).

A project of several periods shows one of them (:meth:`Workspace.show_period`): the
period bar above the chart chooses it, the filters and the selection stay, the chart
keeps its artists and takes the period's customers, and a past period is read-only —
an edit is refused with the words the window gives (:attr:`Workspace.refusal`)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import DocumentChange
from segmenter_app.core.model.view_state import ViewState
from segmenter_app.core.outputs.chart_style import SYMBOLS
from segmenter_app.core.text import texts
from segmenter_app.ui.chart.canvas import QuadrantChart
from segmenter_app.ui.i18n import Retranslating
from segmenter_app.ui.table.history_columns import HISTORY_KEYS
from segmenter_app.ui.table.model import CustomerTableModel
from segmenter_app.ui.table.order import consecutive_runs
from segmenter_app.ui.table.view import CustomerTable, NumberDelegate
from segmenter_app.ui.widgets.period_bar import PeriodBar
from segmenter_app.ui.widgets.segment_toggles import SegmentToggles


class Workspace(Retranslating, QWidget):
    #: The current customer (a document row) or None.
    current_changed = Signal(object)
    #: A message for the status bar.
    message = Signal(str)
    #: the user asked for the former customers the search (this text) matches
    former_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: CustomerDocument | None = None
        self.model: CustomerTableModel | None = None
        self.language = "en"
        #: the filters, the selection and the current customer: the table, the chart and
        #: the customer panel read them here (see core/model/view_state.py)
        self.state = ViewState()
        self.state.changed.connect(self._on_state_changed)
        self._syncing = False
        #: what an edit of the period shown is told (None: the period is editable)
        self.refusal: str | None = None
        # Another period is being put in place: the state's echo waits for the end.
        self._switching = False
        #: the selected customers' trails through the periods: keys → Trails (None: a
        #: project of one period); set by the window
        self.trails_of = None
        #: how many former customers a search text matches (the window sets it: the
        #: project's history is its); None: no hint
        self.former_count = None
        #: the periods' labels (oldest first) and the index of the one shown
        self._period_labels: list[str] = []
        self._period_shown = -1

        # Filter bar
        self.manager = QComboBox()
        self.manager.setMinimumContentsLength(14)
        self.manager.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.toggles = SegmentToggles()
        self.segment_buttons = self.toggles.buttons
        for button in self.segment_buttons.values():
            button.toggled.connect(self._on_segment_toggled)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(200)
        self.search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.manager.currentIndexChanged.connect(self._on_manager_changed)
        filters = QHBoxLayout()
        self.manager_label = QLabel()
        filters.addWidget(self.manager_label)
        filters.addWidget(self.manager)
        filters.addWidget(self.search, 1)
        #: says when the search matches former customers (their notes too), a link that
        #: opens View ▸ Former customers filtered by it (issue 27)
        self.former_hint = QLabel()
        self.former_hint.setTextFormat(Qt.TextFormat.RichText)
        self.former_hint.setVisible(False)
        self.former_hint.linkActivated.connect(lambda _link: self.former_requested.emit(self.state.search))
        filters.addWidget(self.former_hint)

        self.table = CustomerTable()
        self.table.setItemDelegate(NumberDelegate(self.table))
        self.table.edit_refused.connect(self._on_edit_refused)
        self.rows_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.toggles)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.rows_label)

        # Chart and its tools
        self.chart = QuadrantChart()
        self.chart.point_clicked.connect(self._on_chart_clicked)
        self.chart.rows_selected.connect(self._on_chart_rows_selected)
        self.chart.edit_refused.connect(self._on_edit_refused)
        #: which period the chart, table and Team view show (several periods only)
        self.period_bar = PeriodBar()
        self.chart_tools = QToolBar()
        self.tool_group = QActionGroup(self)
        self.tool_actions: dict[str, QAction] = {}
        # The five mouse tools in one drop-down that names the tool in force: beside
        # "Reset view" and "Bubble size" they fit a chart 400 pixels wide (a 1366-pixel
        # laptop), where five buttons pushed the bubble size into the » menu.
        self.tool_menu = QMenu(self)
        for tool in ("pointer", "rectangle", "lasso", "zoom", "pan"):
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked, tool=tool: self.set_tool(tool))
            self.tool_group.addAction(action)
            self.tool_menu.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions["pointer"].setChecked(True)
        self.tool_button = QToolButton()
        self.tool_button.setMenu(self.tool_menu)
        self.tool_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tool_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.chart_tools.addWidget(self.tool_button)
        self.chart_tools.addSeparator()
        self.reset_action = QAction(self)
        self.reset_action.triggered.connect(self.chart.reset_view)
        self.chart_tools.addAction(self.reset_action)
        # Bubble size: a menu (also under View), so that it stays reachable when the
        # toolbar is too narrow and folds its end into the » menu.
        self.bubble_menu = QMenu(self)
        self.bubble_group = QActionGroup(self)
        self.bubble_actions: dict[str | None, QAction] = {}
        for mode in (None, "revenue", "wallet"):
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked, mode=mode: self.chart.set_bubble(mode))
            self.bubble_group.addAction(action)
            self.bubble_menu.addAction(action)
            self.bubble_actions[mode] = action
        self.bubble_actions[None].setChecked(True)
        self.bubble_action = QAction(self)
        self.bubble_action.setMenu(self.bubble_menu)
        self.chart_tools.addSeparator()
        self.chart_tools.addAction(self.bubble_action)
        button = self.chart_tools.widgetForAction(self.bubble_action)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.period_bar)
        right_layout.addWidget(self.chart_tools)
        right_layout.addWidget(self.chart, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # Low enough that the unfolded Team view (six managers and the team) fits beside
        # it on a 1366×728 laptop screen.
        self.chart.setMinimumSize(360, 260)
        left.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.manager_label.setText(self.tr("Account manager"))
        self.search.setPlaceholderText(self.tr("Search customers (id, name, manager, notes)…"))
        names = {
            "pointer": (self.tr("Select"), self.tr("Click a customer; drag a threshold line")),
            "rectangle": (self.tr("Rectangle"), self.tr("Drag a rectangle to select customers")),
            "lasso": (self.tr("Lasso"), self.tr("Draw around customers to select them")),
            "zoom": (self.tr("Zoom"), self.tr("Drag a rectangle to zoom in")),
            "pan": (self.tr("Pan"), self.tr("Drag to move the view")),
        }
        for tool, (text, tip) in names.items():
            self.tool_actions[tool].setText(text)
            self.tool_actions[tool].setToolTip(tip)
        self._show_tool()
        self.reset_action.setText(self.tr("Reset view"))
        self.reset_action.setToolTip(self.tr("Show the whole chart again (after zooming or panning)"))
        self.bubble_action.setText(self.tr("Bubble size"))
        self.bubble_menu.setTitle(self.tr("Bubble size"))
        self.bubble_actions[None].setText(self.tr("None"))
        self.bubble_actions["revenue"].setText(self.tr("Revenue"))
        self.bubble_actions["wallet"].setText(self.tr("Wallet"))
        self._refresh_manager_combo()
        self._refresh_counts()

    # ----------------------------------------------------------------- document

    def set_document(
        self, document: CustomerDocument | None, language: str, *, keep_view: bool = False
    ) -> None:
        """Show ``document``: a new list starts over (every filter, the selection, the
        sort and the column widths); with ``keep_view``, the same project's next
        document (an update applied, undone or redone) keeps them, as another period
        does (:meth:`show_period`) — an account manager filtered to their customers
        still sees only theirs after the update."""
        self.language = language
        if keep_view and self.document is not None and document is not None:
            self.show_period(
                document,
                None,
                refusal=None,
                labels=self._period_labels,
                shown=self._period_shown,
            )
            return
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        old_model, self.model = self.model, None
        if old_model is not None:
            old_model.release()  # never called by its document again
        # Every filter and the selection start over; the table follows below.
        self.state.set_document(document)
        self.refusal = None
        self._period_labels, self._period_shown = [], -1
        if document is None:
            self.table.setModel(None)
        else:
            self._install_model(document)
            self._size_columns()
            priority = self.model.column_of("priority")
            self.table.sortByColumn(priority, Qt.SortOrder.AscendingOrder)
            self._show_history_columns()
            self.table.scrollToTop()  # priority 1 in view, not where the list before was
        if old_model is not None:
            old_model.deleteLater()
        self.chart.set_document(document)
        self.chart.language = language
        self._refresh_trails()
        self._refresh_manager_combo()
        self._show_in_widget(self.search, self.search.clear)
        for button in self.segment_buttons.values():
            self._show_in_widget(button, lambda button=button: button.setChecked(True))
        self._refresh_counts()
        self._refresh_rows_label()

    def _install_model(
        self, document: CustomerDocument, sort: tuple[str, Qt.SortOrder] | None = None
    ) -> None:
        """A table model over ``document`` (sorted by ``sort``, a column key and order,
        before the view shows it), wired to the view and the document."""
        model = CustomerTableModel(document, self.language, self, state=self.state)
        self.model = model
        model.edit_refused.connect(self.message)
        model.edit_explained.connect(self.message)
        model.visible_range = self.table.visible_view_rows
        if sort is not None and model.has_column(sort[0]):
            model.sort(model.column_of(sort[0]), sort[1])
        self.table.setModel(model)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        model.layoutChanged.connect(self._refresh_rows_label)
        document.changed.connect(self._on_document_changed)

    def show_period(
        self,
        document: CustomerDocument,
        history,
        *,
        refusal: str | None,
        labels: list[str],
        shown: int,
    ) -> None:
        """Show another period of the project: ``document`` its customers, ``history``
        who moved into it (a callable giving the Movement, or None), ``refusal`` what an
        edit is told (None: the current period, editable), ``labels`` the periods' and
        ``shown`` its index.  The filters, the sort, the column widths and the selected
        customers stay; the chart takes the period's customers into its artists."""
        self.refusal = refusal
        self._period_labels, self._period_shown = list(labels), shown
        if document is self.document:
            self.state.show_period(document, history)  # the period before it may have changed
            self._show_history_columns()
            self._refresh_trails()
            return
        header = self.table.horizontalHeader()
        old_model = self.model
        widths, sort = {}, None
        if old_model is not None:
            widths = {spec.key: header.sectionSize(i) for i, spec in enumerate(old_model.columns)}
            section = header.sortIndicatorSection()
            if 0 <= section < len(old_model.columns):
                sort = (old_model.columns[section].key, header.sortIndicatorOrder())
            old_model.release()
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        self.model = None
        self._switching = True
        try:
            self.state.show_period(document, history)
        finally:
            self._switching = False
        header.blockSignals(True)  # the sort is the model's already: no second one
        try:
            self._install_model(document, sort)
            for column, spec in enumerate(self.model.columns):
                if spec.key in widths:
                    header.resizeSection(column, widths[spec.key])
                elif widths:
                    self._size_column(column)  # a column the document before lacked
            if sort is not None and self.model.has_column(sort[0]):
                header.setSortIndicator(self.model.column_of(sort[0]), sort[1])
        finally:
            header.blockSignals(False)
        header.viewport().update()
        if old_model is not None:
            old_model.deleteLater()
        state = self.state
        drawn = None if state.segments is None else set(state.segments) - {sg.UNCLASSIFIED}
        self.chart.show_period(
            document,
            scope=state.scope_rows(),
            segments=None if drawn is not None and len(drawn) == 4 else drawn,
            selection=self._rings(),
            found=state.found_rows(),
        )
        self._show_history_columns()
        self._refresh_manager_combo()
        self._show_selection(chart=False)
        self._refresh_trails()
        self._refresh_counts()
        self._refresh_rows_label()
        self.current_changed.emit(state.current)

    def _show_history_columns(self) -> None:
        """Segment before, ΔSoW, ΔKZI and the trend: shown where the period has one
        before it."""
        if self.model is None:
            return
        hidden = not self.state.has_history
        for key in HISTORY_KEYS:
            column = self.model.column_of(key)
            shown_now = not hidden and self.table.isColumnHidden(column)
            self.table.setColumnHidden(column, hidden)
            if shown_now:
                # Sized while hidden (no period before, a width of 0 kept): as wide as
                # its header and texts now that it has them.
                self._size_column(column)

    def set_periods(self, labels: list[str], shown: int) -> None:
        """The periods' labels (a rename, a period added) and the index shown."""
        self._period_labels, self._period_shown = list(labels), shown
        self._refresh_trails()

    def _refresh_trails(self) -> None:
        """The trails of the selected customers through the periods (those the state
        has chosen, in every period), for the period shown."""
        keys = self.state.selected_keys
        current = self.state.current_key
        if current is not None and current not in keys:
            keys = (*keys, current)
        trails = None
        if self.trails_of is not None and keys and len(self._period_labels) > 1:
            trails = self.trails_of(keys)
        self.chart.set_trails(trails, self._period_labels, self._period_shown)

    def _on_edit_refused(self) -> None:
        if self.refusal:
            self.message.emit(self.refusal)

    def _size_columns(self) -> None:
        """Each column as wide as its header and the texts of the first rows in view
        (the top priorities), within limits: long texts (the why, notes) stay capped."""
        for column in range(len(self.model.columns)):
            self._size_column(column)

    def _size_column(self, column: int) -> None:
        """One column as wide as its header and the texts of the first rows in view."""
        model = self.model
        spec = model.columns[column]
        font = QFont(self.table.font())
        font.setBold(spec.key == "segment")
        metrics = QFontMetrics(font)
        caps = {"why": 360, "notes": 260, "customer_name": 180, "account_manager": 150}
        width = self._header_width(column)
        # The rows a laptop's table shows at once (about 30): 200 formatted 8,000 cells
        # and took a second of opening a 100,000-customer project.
        for view_row in range(min(model.rowCount(), 40)):
            text = model.data(model.index(view_row, column))
            if text:
                width = max(width, metrics.horizontalAdvance(text) + 20)
        self.table.horizontalHeader().resizeSection(column, max(40, min(width, caps.get(spec.key, 180))))

    def _fit_headers(self) -> None:
        """Widen the columns whose header no longer fits (after a change of language);
        widths the user set are kept where the header fits."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            needed = self._header_width(column)
            if header.sectionSize(column) < needed:
                header.resizeSection(column, needed)

    def _header_width(self, column: int) -> int:
        """The width a column needs for its header text and the sort arrow."""
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        return QFontMetrics(self.table.horizontalHeader().font()).horizontalAdvance(title) + 30

    def set_language(self, language: str) -> None:
        self.language = language
        if self.model is not None:
            self.model.set_language(language)
            self._fit_headers()
        self.chart.set_language(language)
        self._refresh_counts()
        self._refresh_rows_label()

    # ----------------------------------------------------------------- filters

    def _refresh_manager_combo(self) -> None:
        current = self.manager.currentData()
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("All"), None)
        if self.document is not None:
            for name in self.document.managers:
                self.manager.addItem(name or self.tr("(none)"), name)
        index = self.manager.findData(current) if current is not None else 0
        self.manager.setCurrentIndex(max(index, 0))
        self.manager.blockSignals(False)

    # ----------------------------------------------------------------- filters

    def _on_manager_changed(self, _index: int) -> None:
        self.state.set_manager(self.manager.currentData())

    def select_manager(self, name: str | None) -> None:
        self.state.set_manager(name)

    def _on_segment_toggled(self, _checked: bool) -> None:
        self.state.set_segments(index for index, button in self.segment_buttons.items() if button.isChecked())

    def _apply_search(self) -> None:
        self.state.set_search(self.search.text())

    def _on_state_changed(self, parts: frozenset[str]) -> None:
        """The one place the widgets follow the view state: filter widgets, the table's
        order, the chart's scope, segments, search stars and rings, the current customer."""
        state, chart = self.state, self.chart
        if self._switching:
            return  # show_period puts the chart, the table and the panels in step at once
        if "manager" in parts:
            self._show_in_widget(
                self.manager,
                lambda: self.manager.setCurrentIndex(
                    max(self.manager.findData(state.manager), 0) if state.manager is not None else 0
                ),
            )
            chart.set_scope(state.scope_rows())
            self._refresh_counts()
        if "segments" in parts:
            for index, button in self.segment_buttons.items():
                shown = state.segments is None or index in state.segments
                self._show_in_widget(button, lambda button=button, shown=shown: button.setChecked(shown))
            drawn = None if state.segments is None else set(state.segments) - {sg.UNCLASSIFIED}
            chart.set_segments_shown(None if drawn is not None and len(drawn) == 4 else drawn)
        if "search" in parts and self.search.text().strip() != state.search:
            self.search_timer.stop()
            self._show_in_widget(self.search, lambda: self.search.setText(state.search))
        if parts & {"manager", "search", "document"}:
            chart.set_found(state.found_rows())
        if parts & {"search", "document"}:
            self.refresh_former_hint()
        if self.model is not None and parts & {"manager", "segments", "search"}:
            self.model.refilter()
        if parts & {"selection", "current", "manager", "segments", "search", "document"}:
            self._show_selection()
        if parts & {"selection", "current"}:
            self._refresh_trails()
        if "current" in parts or "document" in parts:
            self.current_changed.emit(state.current)

    def refresh_former_hint(self) -> None:
        """Say how many former customers the search matches, as a link to them."""
        text = self.state.search
        count = self.former_count(text) if self.former_count is not None and text else 0
        if count:
            self.former_hint.setText(
                '<a href="former">{}</a>'.format(
                    self.tr("+ %n former customer(s)", "", count)
                )
            )
            self.former_hint.setToolTip(
                self.tr("Customers a newer list no longer had match the search too: View ▸ Former customers")
            )
        self.former_hint.setVisible(bool(count))

    @staticmethod
    def _show_in_widget(widget, change) -> None:
        widget.blockSignals(True)
        try:
            change()
        finally:
            widget.blockSignals(False)

    def _on_document_changed(self, change: DocumentChange) -> None:
        if change.recoloured or change.touches("account_manager"):
            self._refresh_counts()

    def _refresh_counts(self) -> None:
        document = self.document
        counts = {index: 0 for index in self.segment_buttons}
        if document is not None:
            segments = document.result.segment
            scope = self.state.scope_rows()
            if scope is not None:
                segments = segments[scope]
            found = np.bincount(segments.astype(np.int64) + 1, minlength=5)
            counts = {index: int(found[index + 1]) for index in self.segment_buttons}
        labels = {}
        for index in self.segment_buttons:
            count = texts.format_number(counts[index], self.language)
            if index >= 0:
                name = sg.SEGMENTS[index]
                labels[index] = (f"{SYMBOLS[name]} {name} {count}", f"{SYMBOLS[name]} {count}", "")
            else:
                labels[index] = (
                    self.tr("Unclassified {count}").format(count=count),
                    f"– {count}",
                    self.tr("Customers without a segment"),
                )
        self.toggles.set_labels(labels)

    def _refresh_rows_label(self) -> None:
        if self.model is None:
            self.rows_label.setText("")
            return
        self.rows_label.setText(
            self.tr("{shown} of {total} customers", "", len(self.document)).format(
                shown=texts.format_number(self.model.rowCount(), self.language),
                total=texts.format_number(len(self.document), self.language),
            )
        )

    # ----------------------------------------------------------------- chart tools

    def set_tool(self, tool: str) -> None:
        self.tool_actions[tool].setChecked(True)
        self._show_tool()
        if tool == "zoom":
            self.chart.zoom_mode()
        elif tool == "pan":
            self.chart.pan_mode()
        else:
            self.chart.set_tool(tool)

    def _show_tool(self) -> None:
        current = self.tool_group.checkedAction()
        self.tool_button.setText(current.text())
        self.tool_button.setToolTip(current.toolTip())

    # ----------------------------------------------------------------- selection

    def selected_rows(self) -> np.ndarray:
        """Selected customers as document rows."""
        return self.state.selection

    def select_rows(self, rows: np.ndarray, current: int | None = None) -> None:
        """Select document rows (lifting a filter that hides them) and show the first."""
        self.state.select(rows, ... if current is None else current)

    def _rings(self) -> np.ndarray:
        """The customers ringed on the chart: the selected and the current one."""
        state = self.state
        rings = state.selection
        if state.current is not None and not np.isin(state.current, rings):
            rings = np.union1d(rings, [state.current])
        return rings

    def _show_selection(self, chart: bool = True) -> None:
        """Table and chart show the state's selection; the table scrolls to the current
        customer when the selection did not come from the table itself."""
        state = self.state
        if chart:
            self.chart.set_selection(self._rings())
        if self.model is None or self._syncing:
            return
        self._syncing = True
        try:
            views = self.model.view_rows(state.selection)
            selection = QItemSelection()
            last_column = self.model.columnCount() - 1
            for start, end in consecutive_runs(np.sort(views)):
                selection.select(self.model.index(start, 0), self.model.index(end, last_column))
            selection_model = self.table.selectionModel()
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection_model.select(selection, flags)
            view = self.model.view_row(state.current) if state.current is not None else -1
            if view >= 0:
                index = self.model.index(view, 0)
                selection_model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            else:
                selection_model.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._syncing = False

    def _on_table_selection(self, _selected, _deselected) -> None:
        if self._syncing or self.model is None:
            return
        views = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        rows = self.model.visible_rows[np.asarray(views, dtype=np.int64)] if views else np.zeros(0, np.int64)
        current = self.table.selectionModel().currentIndex()
        focus = self.model.document_row(current.row()) if current.isValid() else None
        self._syncing = True
        try:
            self.state.select(rows, focus if focus in set(rows.tolist()) else ...)
        finally:
            self._syncing = False

    def _on_current_row(self, current, _previous) -> None:
        if self._syncing or self.model is None:
            return
        self._syncing = True
        try:
            self.state.set_current(self.model.document_row(current.row()) if current.isValid() else None)
        finally:
            self._syncing = False

    def _on_chart_clicked(self, row: int, additive: bool) -> None:
        rows = np.array([row], dtype=np.int64)
        if additive:
            rows = np.union1d(self.state.selection, rows)
        self.state.select(rows, row)

    def _on_chart_rows_selected(self, rows: np.ndarray) -> None:
        self.state.select(np.asarray(rows, dtype=np.int64))
        self.message.emit(
            self.tr("{count} customers selected", "", len(rows)).format(
                count=texts.format_number(len(rows), self.language)
            )
        )

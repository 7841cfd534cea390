"""The working area: the filter bar and customer table on one side, the chart with its
tools on the other.  The selection is kept as document rows and mirrored between table
and chart (with a guard, so that each side's echo does not come back)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
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
from segmenter_app.core.outputs.chart_style import SYMBOLS
from segmenter_app.core.text import texts
from segmenter_app.ui.chart.canvas import QuadrantChart
from segmenter_app.ui.segment_toggles import SegmentToggles
from segmenter_app.ui.table.model import CustomerTableModel
from segmenter_app.ui.table.view import CustomerTable, NumberDelegate


class Workspace(QWidget):
    #: The current customer (a document row) or None.
    current_changed = Signal(object)
    #: A message for the status bar.
    message = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: CustomerDocument | None = None
        self.model: CustomerTableModel | None = None
        self.language = "en"
        self._syncing = False

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

        self.table = CustomerTable()
        self.table.setItemDelegate(NumberDelegate(self.table))
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
        self.chart_tools = QToolBar()
        self.tool_group = QActionGroup(self)
        self.tool_actions: dict[str, QAction] = {}
        for tool in ("pointer", "rectangle", "lasso", "zoom", "pan"):
            action = QAction(self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked, tool=tool: self.set_tool(tool))
            self.tool_group.addAction(action)
            self.chart_tools.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions["pointer"].setChecked(True)
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
        right_layout.addWidget(self.chart_tools)
        right_layout.addWidget(self.chart, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.chart.setMinimumSize(360, 320)
        left.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self.reset_action.setText(self.tr("Reset view"))
        self.reset_action.setToolTip(self.tr("Show the whole chart again (after zooming or panning)"))
        self.bubble_action.setText(self.tr("Bubble size"))
        self.bubble_menu.setTitle(self.tr("Bubble size"))
        self.bubble_actions[None].setText(self.tr("none"))
        self.bubble_actions["revenue"].setText(self.tr("revenue"))
        self.bubble_actions["wallet"].setText(self.tr("wallet"))
        self._refresh_manager_combo()
        self._refresh_counts()

    # ----------------------------------------------------------------- document

    def set_document(self, document: CustomerDocument | None, language: str) -> None:
        self.language = language
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        old_model = self.model
        if document is None:
            self.model = None
            self.table.setModel(None)
        else:
            self.model = CustomerTableModel(document, language, self)
            self.model.edit_refused.connect(self.message)
            self.model.edit_explained.connect(self.message)
            self.model.visible_range = self.table.visible_view_rows
            self.table.setModel(self.model)
            self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
            self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
            self.model.layoutChanged.connect(self._refresh_rows_label)
            document.changed.connect(self._on_document_changed)
            self._size_columns()
            priority = self.model.column_of("priority")
            self.table.sortByColumn(priority, Qt.SortOrder.AscendingOrder)
        if old_model is not None:
            old_model.deleteLater()
        self.chart.set_document(document)
        self.chart.language = language
        for button in self.segment_buttons.values():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        self.chart.set_segments_shown(None)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._refresh_manager_combo()
        self._refresh_counts()
        self._refresh_rows_label()
        self.current_changed.emit(None)

    def _size_columns(self) -> None:
        """Each column as wide as its header and the texts of the first rows in view
        (the top priorities), within limits: long texts (the why, notes) stay capped."""
        header, model = self.table.horizontalHeader(), self.model
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics, bold_metrics = self.table.fontMetrics(), QFontMetrics(bold)
        caps = {"why": 360, "notes": 260, "customer_name": 240, "account_manager": 160}
        sample = range(min(model.rowCount(), 200))
        for column, spec in enumerate(model.columns):
            width = self._header_width(column)
            cell_metrics = bold_metrics if spec.key == "segment" else metrics
            for view_row in sample:
                text = model.data(model.index(view_row, column))
                if text:
                    width = max(width, cell_metrics.horizontalAdvance(text) + 20)
            header.resizeSection(column, max(40, min(width, caps.get(spec.key, 180))))

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
        return QFontMetrics(self.table.horizontalHeader().font()).horizontalAdvance(title) + 34

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

    def _scope_rows(self) -> np.ndarray | None:
        manager = self.manager.currentData()
        if self.document is None or manager is None:
            return None
        code = self.document.managers.index(manager)
        return np.flatnonzero(self.document.prepared.manager_codes == code)

    def _on_manager_changed(self, _index: int) -> None:
        if self.model is None:
            return
        self.model.set_filters(manager=self.manager.currentData())
        self.chart.set_scope(self._scope_rows())
        self._apply_search()
        self._refresh_counts()

    def select_manager(self, name: str | None) -> None:
        index = self.manager.findData(name) if name is not None else 0
        self.manager.setCurrentIndex(max(index, 0))

    def _on_segment_toggled(self, _checked: bool) -> None:
        if self.model is None:
            return
        chosen = {index for index, button in self.segment_buttons.items() if button.isChecked()}
        self.model.set_filters(segments=None if len(chosen) == len(self.segment_buttons) else chosen)
        # The chart shows what the table shows (unclassified customers are never drawn).
        drawn = chosen - {sg.UNCLASSIFIED}
        self.chart.set_segments_shown(None if len(drawn) == 4 else drawn)

    def _apply_search(self) -> None:
        if self.model is None:
            return
        text = self.search.text()
        self.model.set_filters(search=text)
        if text.strip():
            found = np.flatnonzero(self.model.search_mask(text.strip()))
            scope = self._scope_rows()
            if scope is not None:
                found = np.intersect1d(found, scope)
            self.chart.set_found(found)
        else:
            self.chart.set_found(np.zeros(0, dtype=np.int64))

    def _on_document_changed(self, change: DocumentChange) -> None:
        if change.recoloured or change.touches("account_manager"):
            self._refresh_counts()

    def _refresh_counts(self) -> None:
        document = self.document
        counts = {index: 0 for index in self.segment_buttons}
        if document is not None:
            segments = document.result.segment
            scope = self._scope_rows()
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
            self.tr("{shown} of {total} customers").format(
                shown=texts.format_number(self.model.rowCount(), self.language),
                total=texts.format_number(len(self.document), self.language),
            )
        )

    # ----------------------------------------------------------------- chart tools

    def set_tool(self, tool: str) -> None:
        self.tool_actions[tool].setChecked(True)
        if tool == "zoom":
            self.chart.zoom_mode()
        elif tool == "pan":
            self.chart.pan_mode()
        else:
            self.chart.set_tool(tool)

    # ----------------------------------------------------------------- selection

    def selected_rows(self) -> np.ndarray:
        """Selected customers as document rows."""
        if self.model is None:
            return np.zeros(0, dtype=np.int64)
        views = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return (
            self.model.visible_rows[np.asarray(views, dtype=np.int64)]
            if views
            else np.zeros(0, dtype=np.int64)
        )

    def select_rows(self, rows: np.ndarray, current: int | None = None) -> None:
        """Select document rows in the table (those in view) and scroll to the first."""
        if self.model is None:
            return
        views = np.sort(np.array([self.model.view_row(int(r)) for r in rows], dtype=np.int64))
        views = views[views >= 0]
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        if len(views):
            breaks = np.flatnonzero(np.diff(views) != 1)
            starts = np.concatenate([[views[0]], views[breaks + 1]])
            ends = np.concatenate([views[breaks], [views[-1]]])
            for start, end in zip(starts, ends):
                selection.select(self.model.index(int(start), 0), self.model.index(int(end), last_column))
        selection_model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection_model.select(selection, flags)
        focus = current if current is not None else (int(rows[0]) if len(rows) else None)
        if focus is not None and self.model.view_row(focus) >= 0:
            index = self.model.index(self.model.view_row(focus), 0)
            selection_model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.current_changed.emit(focus)

    def _on_table_selection(self, _selected, _deselected) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.chart.set_selection(self.selected_rows())
        finally:
            self._syncing = False

    def _on_current_row(self, current, _previous) -> None:
        if self.model is None or not current.isValid():
            self.current_changed.emit(None)
            return
        self.current_changed.emit(self.model.document_row(current.row()))

    def _on_chart_clicked(self, row: int, additive: bool) -> None:
        rows = np.array([row], dtype=np.int64)
        if additive:
            rows = np.union1d(self.selected_rows(), rows)
        self._select_from_chart(rows, row)

    def _on_chart_rows_selected(self, rows: np.ndarray) -> None:
        self._select_from_chart(np.asarray(rows, dtype=np.int64), None)
        self.message.emit(
            self.tr("{count} customers selected").format(count=texts.format_number(len(rows), self.language))
        )

    def _select_from_chart(self, rows: np.ndarray, current: int | None) -> None:
        if self.model is not None:
            hidden = [r for r in rows if self.model.view_row(int(r)) < 0]
            if hidden:
                # A customer hidden by a filter is shown rather than silently not selected.
                self.search.blockSignals(True)
                self.search.clear()
                self.search.blockSignals(False)
                for button in self.segment_buttons.values():
                    button.blockSignals(True)
                    button.setChecked(True)
                    button.blockSignals(False)
                self.model.set_filters(segments=None, search="")
        self._syncing = True
        try:
            self.select_rows(rows, current)
        finally:
            self._syncing = False
        self.chart.set_selection(rows)

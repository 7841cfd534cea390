"""CustomerTableModel: a Qt table over the CustomerDocument.

No copy of the data: ``data()`` reads the document's arrays for the document row that
view row maps to.  Sorting and filtering are a numpy row order the model holds
(:class:`~segmenter_app.ui.table.order.RowOrder`, view row → document row); the model
tells Qt about each new order.  Display texts are formatted on first view and cached
until the data changes, so ``data()`` stays O(1).  Cell edits are the model's too:
``setData`` reads what was typed as the column's value, asks the document to store it
and words a refusal.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from segmenter_app.core.importing.importer import EXTRA_PREFIX
from segmenter_app.core.importing.numbers import ENGLISH, GERMAN, parse_text_numbers
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument, EditRefused
from segmenter_app.core.model.events import DocumentChange
from segmenter_app.core.model.view_state import ViewState
from segmenter_app.core.model.wallet import ESTIMATED
from segmenter_app.core.outputs.chart_style import COLOURS, SYMBOLS, UNCLASSIFIED_COLOUR
from segmenter_app.core.text import texts
from segmenter_app.ui.table import history_columns, plan_columns, wallet_marks
from segmenter_app.ui.table.action_cells import (
    ACTION_KINDS,
    OVERDUE_BRUSH,
    cell_text,
    is_overdue,
    refusal_messages,
)
from segmenter_app.ui.table.columns import (
    BASE_COLUMNS,
    MEASURE_COLUMNS,
    THRESHOLD_COLUMNS,
    Column,
    column_decimals,
    header_text,
    header_tooltip,
    triage_text,
)
from segmenter_app.ui.table.order import RowOrder, consecutive_runs

ModelIndex = QModelIndex | QPersistentModelIndex


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
#: The roles data() answers.
#: A history cell while who moved is worked out in the background (filled in then).
PENDING = "…"
_ROLES = frozenset((_DISPLAY, _EDIT, _TOOLTIP, _ALIGNMENT, _BACKGROUND, _FOREGROUND, _FONT))


class CustomerTableModel(QAbstractTableModel):
    #: An edit was refused: the window shows the message in the status bar.
    edit_refused = Signal(str)
    #: An edit was made but did not do what it might seem to (the status bar says why).
    edit_explained = Signal(str)

    def __init__(
        self, document: CustomerDocument, language: str = "en", parent=None, state: ViewState | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        #: the filters this table shows (the window's, shared with the chart and panels)
        if state is None:
            state = ViewState()
            state.set_document(document)
        self.state = state
        #: view row → document row: the sort and the view state's filters
        self.order = RowOrder(document, state)
        self.language = language
        self.columns: list[Column] = list(BASE_COLUMNS) + [
            Column(name, "extra") for name in document.table.columns if name.startswith(EXTRA_PREFIX)
        ]
        self._key_index = {column.key: i for i, column in enumerate(self.columns)}
        #: Per column: document row → display text (formatted on first view).
        self._display: list[dict[int, str]] = [{} for _ in self.columns]
        self._column_decimals: dict[str, int] = {}  # per number column: 4.2 beside 4.0, not 4
        #: per table column: the column, until the document changes (``table[key]`` makes a
        #: new Series each time, about 75 µs: most of what formatting a cell cost)
        self._series: dict[str, pd.Series] = {}
        self._issue_cache: dict | None = None  # the import's problems per row, on first tooltip
        #: a line is being dragged and the order waits for its end (which may move no
        #: segment or rank itself: they were made while the hand rested on the line)
        self._order_waits = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._estimated_font = wallet_marks.estimated_font()
        self._segment_brushes = {
            i: (QBrush(QColor(COLOURS[name][0])), QBrush(QColor("white")))
            for i, name in enumerate(sg.SEGMENTS)
        }
        self._borderline_brush = QBrush(QColor("#FFF4CC"))
        #: the view rows in sight, (first, last); set by the view (None: all rows)
        self.visible_range: Callable[[], tuple[int, int]] | None = None
        self._unclassified_brush = QBrush(QColor(UNCLASSIFIED_COLOUR[0]))
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        numeric = ("number", "money", "percent", "points")
        self._alignment = [
            right
            if column.kind in numeric
            or column.key in plan_columns.RIGHT
            or column.key in history_columns.RIGHT
            else None
            for column in self.columns
        ]
        # Weak connections: a model of a list that was closed is never called again.
        document.changed.connect(self._on_document_changed)
        state.changed.connect(self._on_state_changed)

    def release(self) -> None:
        """The window moves on to another list: stop listening at once (before Qt
        deletes this model), so an edit of the old document never reaches it."""
        self.document.changed.disconnect(self._on_document_changed)
        self.state.changed.disconnect(self._on_state_changed)

    # ----------------------------------------------------------------- shape

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def column_of(self, key: str) -> int:
        return self._key_index[key]

    def has_column(self, key: str) -> bool:
        return key in self._key_index

    def document_row(self, view_row: int) -> int:
        return self.order.document_row(view_row)

    def view_row(self, document_row: int) -> int:
        """The view row showing a document row, or -1 when it is filtered out."""
        return self.order.view_row(document_row)

    def view_rows(self, rows: np.ndarray) -> np.ndarray:
        """The view rows of document rows that are in view."""
        return self.order.view_rows(rows)

    @property
    def visible_rows(self) -> np.ndarray:
        """Document rows in view order."""
        return self.order.rows

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            key = self.columns[section].key
            if key in history_columns.HISTORY_KEYS and not self.state.has_history:
                return ""  # no period before the one shown: the column is hidden, untitled
            scale = texts.scale_label(self.document.scale, self.language)
            return header_text(key, scale)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(self.columns[section].key)
        return None

    def _header_tooltip(self, key: str) -> str | None:
        if key in history_columns.HISTORY_KEYS:
            return history_columns.header_tooltip(key)
        if key in plan_columns.PLAN_KEYS:
            return plan_columns.header_tooltip(self.document, key, self.language)
        return header_tooltip(key)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # A past period is shown, never edited (the view says so when one tries).
        if self.columns[index.column()].editable and not self.document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ----------------------------------------------------------------- data

    def data(self, index: ModelIndex, role: int = _DISPLAY):
        # Called for every role of every painted cell (about 1,000 calls per repaint):
        # roles this model never answers return before any other work.
        if role not in _ROLES:
            return None
        view_row = index.row()
        rows = self.order.rows
        if not 0 <= view_row < len(rows):
            return None
        row = int(rows[view_row])
        number = index.column()
        if role == _DISPLAY:
            cache = self._display[number]
            text = cache.get(row)
            if text is None:
                text = cache[row] = self._format(row, self.columns[number])
            return text
        if role == _ALIGNMENT:
            return self._alignment[number]
        key = self.columns[number].key
        if role == _EDIT:
            return self.edit_value(row, self.columns[number])
        if role == _TOOLTIP:
            return self._tooltip(row, self.columns[number])
        if key == "segment":
            segment = int(self.document.result.segment[row])
            if segment < 0:
                return self._unclassified_brush if role == _FOREGROUND else None
            if role == _BACKGROUND:
                return self._segment_brushes[segment][0]
            if role == _FOREGROUND:
                return self._segment_brushes[segment][1]
            return self._bold  # _FONT
        if key == "wallet" and role in (_FONT, _FOREGROUND):
            if wallet_marks.source_of(self.document, row) != ESTIMATED:
                return None
            return self._estimated_font if role == _FONT else wallet_marks.ESTIMATED_BRUSH
        if role == _BACKGROUND and key in MEASURE_COLUMNS and self.document.borderline[row]:
            return self._borderline_brush
        if role == _FOREGROUND and key == "due" and is_overdue(self.document, row):
            return OVERDUE_BRUSH
        if role == _FOREGROUND and key == "trend":
            return history_columns.foreground(self.state.history(), row)
        return None

    def edit_value(self, row: int, column: Column):
        """Typed values for EditRole: numbers stay numbers."""
        document = self.document
        key = column.key
        if column.kind == "plan":
            return plan_columns.value(document, row, key)
        if column.kind == "history":
            return history_columns.value(self.state.history(), row, key)
        if key == "share_of_wallet":
            value = document.prepared.sow[row]
            return None if math.isnan(value) else round(float(value) * 100.0, 4)
        if key == "satisfaction":
            return _number(document.prepared.kzi[row])
        if key == "potential":
            return _number(document.prepared.potential[row])
        if key == "priority":
            return int(document.result.priority[row]) or None
        if key in ("segment", "triage", "why") or column.kind in ACTION_KINDS:
            return self._format(row, column)
        value = self.column_values(key).iat[row]
        if isinstance(value, np.generic):
            # A numpy number reaches Qt as an object it cannot edit: the editor would
            # open empty.  Python's own float and int open a spin box with the value.
            value = value.item()
        if isinstance(value, float):
            return None if math.isnan(value) else value
        if value is None or value is pd.NA:
            return ""
        return value

    def _format(self, row: int, column: Column) -> str:
        document, language = self.document, self.language
        key = column.key
        if column.kind == "plan":
            return plan_columns.text(document, row, key, language)
        if column.kind == "history":
            movement = self.state.history()
            if movement is None and self.state.has_history:
                return PENDING  # worked out in the background: filled in when it comes
            return history_columns.text(movement, row, key, language)
        if key == "segment":
            segment = int(document.result.segment[row])
            return f"{SYMBOLS[sg.SEGMENTS[segment]]} {sg.SEGMENTS[segment]}" if segment >= 0 else "–"
        if key == "triage":
            return triage_text(int(document.result.triage[row]))
        if key == "priority":
            priority = int(document.result.priority[row])
            pin = "⚑ " if document.pinned[row] else ""  # a flag every system font has
            return f"{pin}{priority}" if priority else ""
        if key == "share_of_wallet":
            return texts.format_percent(document.prepared.sow[row], language)
        if key == "satisfaction":
            return texts.format_number(document.prepared.kzi[row], language)
        if key == "potential":
            return texts.format_number(document.prepared.potential[row], language)
        if key == "why":
            return self.why(row)
        if key == "wallet":  # given, derived or estimated (marked)
            text = wallet_marks.wallet_text(document, row, language)
            if text is not None:
                return text
        value = self.column_values(key).iat[row]
        if key == "satisfaction_input" and document.scale is not None and document.scale.levels:
            return document.scale.level_name(value)  # the rating word, as the list has it
        if column.kind in ACTION_KINDS:
            return cell_text(column.kind, value, language)
        if column.kind == "money" or (column.kind == "extra" and isinstance(value, float)):
            if isinstance(value, float) and math.isnan(value):
                return ""
            decimals = 0 if column.kind == "money" else self._decimals(key)
            return texts.format_number(float(value), language, decimals)
        if column.kind == "number":
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return ""
            return texts.format_number(float(value), language, self._decimals(key))
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            return ""
        return str(value)

    def column_values(self, key: str) -> pd.Series:
        """The document table's column ``key`` (kept until the document changes)."""
        series = self._series.get(key)
        if series is None:
            series = self._series[key] = self.document.table[key]
        return series

    def _decimals(self, key: str) -> int:
        found = self._column_decimals
        return (
            found[key] if key in found else found.setdefault(key, column_decimals(self.document.table[key]))
        )

    def why(self, row: int) -> str:
        return texts.customer_why(self.document, row, self.language)

    def _tooltip(self, row: int, column: Column) -> str | None:
        document = self.document
        if column.kind == "history":
            return history_columns.tooltip(self.state.history(), row, column.key, self.language)
        if column.key == "wallet":
            return wallet_marks.wallet_tooltip(document, row, self.language)
        if column.key in ("segment", "why", "customer_id", "customer_name"):
            lines = texts.customer_problems(
                self._issues().get(row, ()),
                int(document.prepared.flags[row]),
                self.language,
                texts.scale_label(document.scale, self.language),
            )
            if column.key == "segment" and int(document.result.segment[row]) >= 0:
                lines.insert(
                    0,
                    texts.action_text(
                        sg.SEGMENTS[int(document.result.segment[row])],
                        int(document.result.triage[row]),
                        self.language,
                    ),
                )
            return "\n".join(lines) or None
        if column.key in ("share_of_wallet", "satisfaction") and document.borderline[row]:
            return QCoreApplication.translate(
                "CustomerTableModel", "Near a threshold (within {band} points)"
            ).format(band=texts.format_number(document.band_points, self.language))
        if column.key == "notes":
            return str(self.column_values("notes").iat[row]) or None
        return None

    def _issues(self) -> dict:
        if self._issue_cache is None:
            self._issue_cache = self.document.report.problems_by_index()
        return self._issue_cache

    # ----------------------------------------------------------------- editing

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        row = self.order.document_row(index.row())
        try:
            stored = self._to_document(column, value)
            # A next step or due date typed here opens the action as the panel does.
            if column.editable in ("next_step", "due"):
                changed = self.document.edit_action(row, column.editable, stored)
            else:
                changed = self.document.edit_value(row, column.editable, stored)
        except EditRefused as refused:
            self.edit_refused.emit(self.refusal_text(refused, column))
            return False
        if not changed:
            return True  # the same value again: nothing changed, nothing to say
        explained = False
        if column.editable in ("revenue", "wallet"):
            given = self.column_values("sow_input").iat[row]
            if not pd.isna(given):
                explained = True
                # A given share wins over revenue ÷ wallet (PRODUCT.md §1): say so, or the
                # unchanged SoW looks like a fault.
                self.edit_explained.emit(
                    QCoreApplication.translate(
                        "CustomerTableModel",
                        "{customer}: SoW stays {sow}, the share given for this customer; "
                        "it wins over revenue ÷ wallet. Empty the SoW cell to use revenue ÷ wallet.",
                    ).format(
                        customer=self.column_values("customer_name").iat[row],
                        sow=texts.format_percent(float(given), self.language, 1),
                    )
                )
        if not explained:
            self.edit_explained.emit("")  # an earlier message no longer applies
        return True

    def _to_document(self, column: Column, value):
        """The user's typed text (or number) as the document stores it."""
        if column.kind == "text" or column.kind in ACTION_KINDS:
            return value
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return None
            parsed = self.parse_number(value)
            if parsed is None:
                raise EditRefused("not_a_number", column=column.editable, value=value)
            value = parsed
        if value is None:
            return None
        if column.key == "share_of_wallet":
            return float(value) / 100.0
        return float(value)

    def parse_number(self, text: str) -> float | None:
        """A number typed as the window's language writes it ("30.000,5" in German)."""
        notation = GERMAN if self.language == "de" else ENGLISH
        parsed = parse_text_numbers(pd.Series([text], dtype="str"), notation)
        return None if parsed.invalid[0] or math.isnan(parsed.values[0]) else float(parsed.values[0])

    def refuses_edit(self, index: ModelIndex) -> bool:
        """The cell could be edited in the current period but this one is past."""
        return index.isValid() and bool(self.columns[index.column()].editable) and self.document.read_only

    def refusal_text(self, refused: EditRefused, column: Column) -> str:
        """Why the document refused an edit, for the status bar."""
        scale = texts.scale_label(self.document.scale, self.language)
        name = header_text(column.key, scale)
        value = refused.params.get("value", "")
        if isinstance(value, float):
            value = (
                texts.format_number(value * (100 if column.key == "share_of_wallet" else 1), self.language, 2)
                .rstrip("0")
                .rstrip(",.")
            )
        messages = {
            "not_a_number": QCoreApplication.translate(
                "CustomerTableModel", "{column}: '{value}' is not a number."
            ),
            "negative": QCoreApplication.translate(
                "CustomerTableModel", "{column}: an amount cannot be negative."
            ),
            "too_large": QCoreApplication.translate(
                "CustomerTableModel", "{column}: '{value}' is too large to be an amount."
            ),
            "share_out_of_range": QCoreApplication.translate(
                "CustomerTableModel", "{column}: a share must be between 0 and 100 %."
            ),
            "outside_scale": QCoreApplication.translate(
                "CustomerTableModel", "{column}: {value} is outside the scale {scale}."
            ),
            "empty": QCoreApplication.translate("CustomerTableModel", "{column} cannot be empty."),
            **refusal_messages(),
        }
        return messages.get(
            refused.code, QCoreApplication.translate("CustomerTableModel", "{column}: the value was refused.")
        ).format(column=name, value=value, scale=scale)

    # ----------------------------------------------------------------- order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order.sort_by(self.columns[column], descending=order == Qt.SortOrder.DescendingOrder)
        self._rebuild_order()

    def set_filters(
        self, *, manager: str | None = ..., segments: set[int] | None = ..., search: str | None = None
    ) -> None:
        """Show only one manager's customers (None: all), some segments (-1 for
        unclassified; None: all), rows whose id, name, manager or notes contain text —
        written to the view state, which the chart and the panels read too."""
        if manager is not ...:
            self.state.set_manager(manager)
        if segments is not ...:
            self.state.set_segments(segments)
        if search is not None:
            self.state.set_search(search)
        self.refilter()

    def refilter(self) -> None:
        """Follow the view state's filters (once per change, whoever asks first)."""
        if self.order.filters_changed():
            self._rebuild_order()

    def _on_state_changed(self, parts: frozenset[str]) -> None:
        if parts & {"manager", "segments", "search", "document"}:
            self.refilter()
        elif "history" in parts:
            self._history_arrived()

    def _history_arrived(self) -> None:
        """Who moved into the period shown has come (worked out in the background):
        the history columns fill in, and the rows sort again when sorted by one."""
        sort = self.order.sort_column
        if sort is not None and sort.kind == "history":
            self._rebuild_order()
            return
        columns = [i for i, column in enumerate(self.columns) if column.kind == "history"]
        if columns and len(self.order):
            self._clear_display(columns)
            self.dataChanged.emit(self.index(0, min(columns)), self.index(len(self.order) - 1, max(columns)))

    def _rebuild_order(self) -> None:
        """A new row order, told to Qt as a layout change: the persistent indexes (the
        view's selection and current cell) follow their document rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        size = len(self.order)
        persistent_rows = [
            (self.order.document_row(i.row()) if 0 <= i.row() < size else -1, i.column()) for i in persistent
        ]
        self.order.rebuild()
        self._clear_display()
        new_indexes = []
        for row, column in persistent_rows:
            view = self.order.view_row(row) if row >= 0 else -1
            new_indexes.append(self.index(view, column) if view >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    # ----------------------------------------------------------------- changes

    def _clear_display(self, columns: list[int] | None = None) -> None:
        for column in range(len(self.columns)) if columns is None else columns:
            self._display[column].clear()

    def set_language(self, language: str) -> None:
        self.language = language
        self._clear_display()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self._all_changed()

    def _all_changed(self) -> None:
        if len(self.order):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.order) - 1, len(self.columns) - 1))

    def _on_document_changed(self, change: DocumentChange) -> None:
        self._issue_cache = None
        self._series.clear()
        if change.dragging:
            self._order_waits = True
            self._drag_changed(change)
            return
        if self._order_waits:
            # The drag has ended (released or cancelled): the order it kept waiting now.
            self._order_waits = False
            self._clear_display()
            self._reorder_or_repaint()
            if not change.inputs:
                return
        renumbered = [key for key in change.inputs if self._column_decimals.pop(key, None) is not None]
        if change.rows is None or renumbered:  # an edit can change its column's decimals
            self._column_decimals.clear()
            self._clear_display()
            self._reorder_or_repaint()
            return
        if change.inputs:
            touched = [
                i
                for i, c in enumerate(self.columns)
                if c.key in change.inputs
                or c.editable in change.inputs
                or (c.key == "due" and "status" in change.inputs)  # the overdue mark
            ]
            for row in change.rows.tolist():
                for cache in self._display:
                    cache.pop(row, None)
                view = self.order.view_row(row)
                if view >= 0 and touched:
                    self.dataChanged.emit(self.index(view, min(touched)), self.index(view, max(touched)))
        if change.recoloured or change.thresholds_moved or change.derived or "plan" in change.state:
            self._clear_display()
            self._reorder_or_repaint()

    def _reorder_or_repaint(self) -> None:
        """After segments or ranks moved: the order again when it depends on them (a
        segment filter, a sort by a derived column), else a repaint."""
        if self.order.follows_segments():
            self._rebuild_order()
        else:
            self._all_changed()

    def _drag_changed(self, change: DocumentChange) -> None:
        """A threshold moved during a drag: colours and ranks follow, the order waits
        for the release.  Of the rows in view, only those the document names as changed
        are repainted, and the why column (whose text quotes the thresholds) when the
        thresholds moved."""
        derived = [self._key_index[key] for key in THRESHOLD_COLUMNS]
        self._clear_display(derived)
        rows = self.order.rows
        if not rows.size:
            return
        last = len(rows) - 1
        first, final = self.visible_range() if self.visible_range is not None else (0, last)
        first, final = max(first, 0), min(final, last)
        if final < first:
            return
        if change.rows is None:
            changed = np.arange(first, final + 1)
        else:
            marked = np.zeros(len(self.document), dtype=bool)
            marked[change.rows] = True
            changed = first + np.flatnonzero(marked[rows[first : final + 1]])
        why = self._key_index["why"]
        spans = [column for column in derived if column != why]
        left, right = min(spans), max(spans)
        for start, stop in consecutive_runs(changed):
            self.dataChanged.emit(self.index(start, left), self.index(stop, right))
        if change.thresholds_moved:
            self.dataChanged.emit(self.index(first, why), self.index(final, why))


def _number(value: float):
    return None if math.isnan(value) else float(value)

"""CustomerTableModel: a Qt table over the CustomerDocument.

No copy of the data: ``data()`` reads the document's arrays for the document row that
view row maps to.  Sorting and filtering are a numpy row order kept here (view row →
document row), computed with argsort: QSortFilterProxyModel would call Python for every
comparison (18 s to sort 100,000 rows on this machine).  Display texts are formatted
on first view and cached until the data changes, so ``data()`` stays O(1).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
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
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument, EditRefused
from segmenter_app.core.outputs.palette import COLOURS, SYMBOLS, UNCLASSIFIED_COLOUR
from segmenter_app.core.text import texts

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # "text", "number", "money", "percent", "points", "derived"
    editable: str | None = None  # the document column an edit writes


BASE_COLUMNS: tuple[Column, ...] = (
    Column("priority", "derived"),
    Column("segment", "derived"),
    Column("customer_name", "text", "customer_name"),
    Column("share_of_wallet", "percent", "sow_input"),
    Column("satisfaction", "points"),
    Column("potential", "money"),
    Column("triage", "derived"),
    Column("account_manager", "text", "account_manager"),
    Column("customer_id", "text"),
    Column("revenue", "money", "revenue"),
    Column("wallet", "money", "wallet"),
    Column("satisfaction_input", "number", "satisfaction_input"),
    Column("why", "derived"),
    Column("notes", "text", "notes"),
)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
#: The roles data() answers.
_ROLES = frozenset((_DISPLAY, _EDIT, _TOOLTIP, _ALIGNMENT, _BACKGROUND, _FOREGROUND, _FONT))

#: The two measures: marked when a customer is near a threshold.
MEASURE_COLUMNS = ("share_of_wallet", "satisfaction")
#: Columns whose text or colour depends on the thresholds.
THRESHOLD_COLUMNS = ("priority", "segment", "triage", "why", "share_of_wallet", "satisfaction")


def header_text(key: str, scale_label: str = "") -> str:
    names = {
        "priority": QCoreApplication.translate("CustomerTableModel", "Priority"),
        "segment": QCoreApplication.translate("CustomerTableModel", "Segment"),
        "triage": QCoreApplication.translate("CustomerTableModel", "Triage"),
        "customer_id": QCoreApplication.translate("CustomerTableModel", "Customer ID"),
        "customer_name": QCoreApplication.translate("CustomerTableModel", "Customer"),
        "account_manager": QCoreApplication.translate("CustomerTableModel", "Account manager"),
        "share_of_wallet": QCoreApplication.translate("CustomerTableModel", "SoW"),
        "satisfaction": QCoreApplication.translate("CustomerTableModel", "KZI"),
        "revenue": QCoreApplication.translate("CustomerTableModel", "Revenue"),
        "wallet": QCoreApplication.translate("CustomerTableModel", "Wallet"),
        "potential": QCoreApplication.translate("CustomerTableModel", "Untapped potential"),
        "why": QCoreApplication.translate("CustomerTableModel", "Why"),
        "notes": QCoreApplication.translate("CustomerTableModel", "Notes"),
    }
    if key == "satisfaction_input":
        return (
            QCoreApplication.translate("CustomerTableModel", "Satisfaction ({scale})").format(
                scale=scale_label
            )
            if scale_label
            else QCoreApplication.translate("CustomerTableModel", "Satisfaction")
        )
    if key.startswith(EXTRA_PREFIX):
        return key[len(EXTRA_PREFIX) :]
    return names.get(key, key)


def triage_text(triage: int) -> str:
    if triage == sg.PRIORITISE:
        return QCoreApplication.translate("CustomerTableModel", "prioritise")
    if triage == sg.OBSERVE:
        return QCoreApplication.translate("CustomerTableModel", "observe")
    return ""


class CustomerTableModel(QAbstractTableModel):
    #: An edit was refused: the window shows the message in the status bar.
    edit_refused = Signal(str)
    #: An edit was made but did not do what it might seem to (the status bar says why).
    edit_explained = Signal(str)

    def __init__(self, document: CustomerDocument, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.columns: list[Column] = list(BASE_COLUMNS) + [
            Column(name, "extra") for name in document.table.columns if name.startswith(EXTRA_PREFIX)
        ]
        self._key_index = {column.key: i for i, column in enumerate(self.columns)}
        #: Per column: document row → display text (formatted on first view).
        self._display: list[dict[int, str]] = [{} for _ in self.columns]
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._manager: str | None = None
        self._segments: set[int] | None = None
        self._search = ""
        self._order = np.arange(len(document), dtype=np.int64)
        self._view_of = np.arange(len(document), dtype=np.int64)
        self._bold = QFont()
        self._bold.setBold(True)
        self._segment_brushes = {
            i: (QBrush(QColor(COLOURS[name][0])), QBrush(QColor("white")))
            for i, name in enumerate(sg.SEGMENTS)
        }
        self._borderline_brush = QBrush(QColor("#FFF4CC"))
        #: (first view row, document rows, their derived state) last repainted in a drag
        self._drag_shown: tuple[int, np.ndarray, np.ndarray] | None = None
        #: the view rows in sight, (first, last); set by the view (None: all rows)
        self.visible_range: Callable[[], tuple[int, int]] | None = None
        self._unclassified_brush = QBrush(QColor(UNCLASSIFIED_COLOUR[0]))
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        numeric = ("number", "money", "percent", "points")
        self._alignment = [
            right if column.kind in numeric or column.key == "priority" else None for column in self.columns
        ]
        document.rows_changed.connect(self._on_document_rows_changed)
        document.segments_changed.connect(self._on_document_segments_changed)

    # ----------------------------------------------------------------- shape

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def column_of(self, key: str) -> int:
        return self._key_index[key]

    def document_row(self, view_row: int) -> int:
        return int(self._order[view_row])

    def view_row(self, document_row: int) -> int:
        """The view row showing a document row, or -1 when it is filtered out."""
        return int(self._view_of[document_row])

    @property
    def visible_rows(self) -> np.ndarray:
        """Document rows in view order."""
        return self._order

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            scale = self.document.scale.label if self.document.scale else ""
            return header_text(self.columns[section].key, scale)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(self.columns[section].key)
        return None

    def _header_tooltip(self, key: str) -> str | None:
        tips = {
            "share_of_wallet": QCoreApplication.translate(
                "CustomerTableModel",
                "Share of wallet: revenue / wallet, or the share given in the list. Edit it as a percentage.",
            ),
            "satisfaction": QCoreApplication.translate(
                "CustomerTableModel", "Customer satisfaction index, 0–100 points"
            ),
            "potential": QCoreApplication.translate("CustomerTableModel", "Wallet − revenue"),
            "priority": QCoreApplication.translate("CustomerTableModel", "Rank within the account manager"),
        }
        return tips.get(key)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ----------------------------------------------------------------- data

    def data(self, index: ModelIndex, role: int = _DISPLAY):
        # Called for every role of every painted cell (about 1,000 calls per repaint):
        # roles this model never answers return before any other work.
        if role not in _ROLES:
            return None
        view_row = index.row()
        if not 0 <= view_row < len(self._order):
            return None
        row = int(self._order[view_row])
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
        if role == _BACKGROUND and key in MEASURE_COLUMNS and self.document.borderline[row]:
            return self._borderline_brush
        return None

    def edit_value(self, row: int, column: Column):
        """Typed values for EditRole: numbers stay numbers."""
        document = self.document
        key = column.key
        if key == "share_of_wallet":
            value = document.prepared.sow[row]
            return None if math.isnan(value) else round(float(value) * 100.0, 4)
        if key == "satisfaction":
            return _number(document.prepared.kzi[row])
        if key == "potential":
            return _number(document.prepared.potential[row])
        if key == "priority":
            return int(document.result.priority[row]) or None
        if key in ("segment", "triage", "why"):
            return self._format(row, column)
        value = document.table[key].iat[row]
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
        value = document.table[key].iat[row]
        if column.kind == "money" or (column.kind == "extra" and isinstance(value, float)):
            if isinstance(value, float) and math.isnan(value):
                return ""
            decimals = 0 if column.kind == "money" or float(value).is_integer() else 2
            return texts.format_number(float(value), language, decimals)
        if column.kind == "number":
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return ""
            return texts.format_number(float(value), language, 0 if float(value).is_integer() else 2)
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            return ""
        return str(value)

    def why(self, row: int) -> str:
        document = self.document
        segment = int(document.result.segment[row])
        if segment < 0:
            return "; ".join(
                texts.flag_texts(
                    int(document.prepared.flags[row]),
                    self.language,
                    document.scale.label if document.scale else "",
                )
            )
        return texts.why_text(
            sg.SEGMENTS[segment],
            document.prepared.kzi[row],
            document.result.kzi_threshold,
            document.prepared.sow[row],
            document.result.sow_threshold,
            document.prepared.potential[row],
            self.language,
        )

    def _tooltip(self, row: int, column: Column) -> str | None:
        document = self.document
        if column.key in ("segment", "why", "customer_id", "customer_name"):
            problems = texts.flag_texts(
                int(document.prepared.flags[row]),
                self.language,
                document.scale.label if document.scale else "",
            )
            issues = [texts.issue_text(issue, self.language) for issue in self._issues().get(row, ())]
            lines = issues + problems
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
            return str(document.table["notes"].iat[row]) or None
        return None

    def _issues(self):
        cached = getattr(self, "_issue_cache", None)
        if cached is None:
            cached = self._issue_cache = self.document.report.problems_by_index()
        return cached

    # ----------------------------------------------------------------- editing

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        row = int(self._order[index.row()])
        try:
            stored = self._to_document(column, value)
            changed = self.document.edit_value(row, column.editable, stored)
        except EditRefused as refused:
            self.edit_refused.emit(self.refusal_text(refused, column))
            return False
        if not changed:
            return True  # the same value again: nothing changed, nothing to say
        explained = False
        if column.editable in ("revenue", "wallet"):
            given = self.document.table["sow_input"].iat[row]
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
                        customer=self.document.table["customer_name"].iat[row],
                        sow=texts.format_percent(float(given), self.language, 1),
                    )
                )
        if not explained:
            self.edit_explained.emit("")  # an earlier message no longer applies
        return True

    def _to_document(self, column: Column, value):
        """The user's typed text (or number) as the document stores it."""
        if column.kind == "text":
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
        from segmenter_app.core.importing.numbers import ENGLISH, GERMAN, parse_text_numbers

        notation = GERMAN if self.language == "de" else ENGLISH
        parsed = parse_text_numbers(pd.Series([text], dtype="str"), notation)
        return None if parsed.invalid[0] or math.isnan(parsed.values[0]) else float(parsed.values[0])

    def refusal_text(self, refused: EditRefused, column: Column) -> str:
        scale = self.document.scale.label if self.document.scale else ""
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
            "share_out_of_range": QCoreApplication.translate(
                "CustomerTableModel", "{column}: a share must be between 0 and 100 %."
            ),
            "outside_scale": QCoreApplication.translate(
                "CustomerTableModel", "{column}: {value} is outside the scale {scale}."
            ),
            "empty": QCoreApplication.translate("CustomerTableModel", "{column} cannot be empty."),
        }
        return messages.get(
            refused.code, QCoreApplication.translate("CustomerTableModel", "{column}: the value was refused.")
        ).format(column=name, value=value, scale=refused.params.get("scale", scale))

    # ----------------------------------------------------------------- sort & filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._rebuild_order()

    def set_filters(
        self, *, manager: str | None = ..., segments: set[int] | None = ..., search: str | None = None
    ) -> None:
        """Show only one manager's customers (None: all), some segments (-1 for
        unclassified; None: all), rows whose id, name, manager or notes contain text."""
        if manager is not ...:
            self._manager = manager
        if segments is not ...:
            self._segments = segments
        if search is not None:
            self._search = search.strip()
        self._rebuild_order()

    @property
    def manager_filter(self) -> str | None:
        return self._manager

    def filter_mask(self) -> np.ndarray:
        """Document rows that pass the filters (in document order)."""
        document = self.document
        mask = np.ones(len(document), dtype=bool)
        if self._manager is not None:
            managers = document.managers
            if self._manager in managers:
                mask &= document.prepared.manager_codes == managers.index(self._manager)
            else:
                mask[:] = False
        if self._segments is not None:
            mask &= np.isin(document.result.segment, list(self._segments))
        if self._search:
            mask &= self.search_mask(self._search)
        return mask

    def search_mask(self, text: str) -> np.ndarray:
        table = self.document.table
        found = np.zeros(len(table), dtype=bool)
        for key in ("customer_id", "customer_name", "account_manager", "notes"):
            array = pa.array(table[key].astype("str"), from_pandas=True)
            hit = pc.match_substring(array, text, ignore_case=True)
            found |= pc.fill_null(hit, False).to_numpy(zero_copy_only=False)
        return found

    def sort_keys(self, column: Column) -> np.ndarray:
        """A document-order array whose argsort is the column's order."""
        document = self.document
        key = column.key
        if key == "priority":
            # By manager, then rank: the list each account manager works through.
            priority = document.result.priority.astype(np.float64)
            ranked = np.where(priority > 0, priority, len(document) + 1.0)
            return document.prepared.manager_codes * (len(document) + 2.0) + ranked
        if key == "segment":
            return document.result.segment.astype(np.float64) + np.where(
                document.result.segment < 0, 10.0, 0.0
            )
        if key == "triage":
            return document.result.triage.astype(np.float64)
        if key == "share_of_wallet":
            return document.prepared.sow
        if key == "satisfaction":
            return document.prepared.kzi
        if key == "potential":
            return document.prepared.potential
        if key == "why":
            return document.result.segment.astype(np.float64)
        series = document.table[key]
        if pd.api.types.is_numeric_dtype(series.dtype):
            return series.to_numpy(dtype=np.float64, na_value=np.nan)
        array = pa.array(series.astype("str"), from_pandas=True)
        lowered = pc.fill_null(pc.utf8_lower(array), "")
        ranks = pc.rank(lowered, sort_keys="ascending", tiebreaker="first")
        return ranks.to_numpy(zero_copy_only=False).astype(np.float64)

    def _rebuild_order(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        persistent_rows = [
            (self.document_row(i.row()) if 0 <= i.row() < len(self._order) else -1, i.column())
            for i in persistent
        ]
        size = len(self.document)
        if self._sort is not None:
            column, order = self._sort
            keys = self.sort_keys(self.columns[column])
            # NaN last in both directions; ties keep document order (stable).
            missing = np.isnan(keys)
            filled = np.where(missing, 0.0, keys)
            if order == Qt.SortOrder.DescendingOrder:
                filled = -filled
            base = np.lexsort((np.arange(size), filled, missing))
        else:
            base = np.arange(size, dtype=np.int64)
        mask = self.filter_mask()
        self._order = base[mask[base]].astype(np.int64)
        self._view_of = np.full(size, -1, dtype=np.int64)
        self._view_of[self._order] = np.arange(len(self._order))
        self._clear_display()
        new_indexes = []
        for row, column in persistent_rows:
            view = int(self._view_of[row]) if row >= 0 else -1
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
        if self._order.size:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, len(self.columns) - 1))

    def _on_document_rows_changed(self, rows: np.ndarray | None, columns: tuple[str, ...]) -> None:
        self._issue_cache = None
        if rows is None:
            self._clear_display()
            self._all_changed()
            return
        touched = [i for i, c in enumerate(self.columns) if c.key in columns or c.editable in columns]
        for row in rows:
            for cache in self._display:
                cache.pop(int(row), None)
            view = int(self._view_of[row])
            if view >= 0 and touched:
                self.dataChanged.emit(self.index(view, min(touched)), self.index(view, max(touched)))

    def _on_document_segments_changed(self) -> None:
        if self.document.dragging:
            self._drag_changed()
            return
        self._drag_shown = None
        self._clear_display()
        needs_order = self._segments is not None or (
            self._sort is not None and self.columns[self._sort[0]].kind in ("derived", "percent", "points")
        )
        if needs_order:
            self._rebuild_order()
        else:
            self._all_changed()

    def _drag_changed(self) -> None:
        """A threshold moved during a drag: colours and ranks follow, the order waits
        for the release.  Only the rows in view whose segment, triage, rank or
        borderline mark changed are repainted (all of them after a scroll); the why
        column, whose text quotes the thresholds, for every row in view."""
        derived = [self._key_index[key] for key in THRESHOLD_COLUMNS]
        self._clear_display(derived)
        if not self._order.size:
            return
        last = len(self._order) - 1
        first, final = self.visible_range() if self.visible_range is not None else (0, last)
        first, final = max(first, 0), min(final, last)
        if final < first:
            return
        document, rows = self.document, self._order[first : final + 1]
        state = np.column_stack(
            [
                document.result.segment[rows],
                document.result.triage[rows],
                document.result.priority[rows],
                document.borderline[rows],
            ]
        )
        shown = self._drag_shown
        if shown is not None and shown[0] == first and np.array_equal(shown[1], rows):
            changed = first + np.flatnonzero((shown[2] != state).any(axis=1))
        else:
            changed = np.arange(first, final + 1)
        self._drag_shown = (first, rows.copy(), state)
        why = self._key_index["why"]
        spans = [column for column in derived if column != why]
        left, right = min(spans), max(spans)
        for start, stop in _runs(changed):
            self.dataChanged.emit(self.index(start, left), self.index(stop, right))
        self.dataChanged.emit(self.index(first, why), self.index(final, why))


def _runs(values: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive integers as (first, last) pairs: [3, 4, 5, 9] → [(3, 5), (9, 9)]."""
    if not len(values):
        return []
    breaks = np.flatnonzero(np.diff(values) != 1)
    starts = np.concatenate([[values[0]], values[breaks + 1]])
    stops = np.concatenate([values[breaks], [values[-1]]])
    return list(zip(starts.tolist(), stops.tolist()))


def _number(value: float):
    return None if math.isnan(value) else float(value)

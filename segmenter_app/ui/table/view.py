"""The customer table's view: number cells edited as the window's language writes them,
only changed rows repainted, Ctrl+C copies as Excel does."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QGuiApplication,
    QKeySequence,
    QRegion,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
)

from segmenter_app.core.text import texts
from segmenter_app.ui.table.model import CustomerTableModel


class NumberDelegate(QStyledItemDelegate):
    """Number cells are edited as text in the window's language ("30.000,5" in German,
    "30,000.5" in English) and read by the engine's own number reader, so a typed number
    means what it says and anything else is refused with a message.  Confirming a value
    unchanged is no edit: a derived SoW does not become a given one by pressing Enter."""

    DECIMALS = {"money": 2, "percent": 2, "points": 2, "number": 2}

    def _numeric(self, index) -> bool:
        model = index.model()
        column = model.columns[index.column()] if isinstance(model, CustomerTableModel) else None
        return column is not None and column.editable is not None and column.kind in self.DECIMALS

    def createEditor(self, parent, option, index):
        if not self._numeric(index):
            return super().createEditor(parent, option, index)
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor, index) -> None:
        if not self._numeric(index):
            super().setEditorData(editor, index)
            return
        model = index.model()
        value = index.data(Qt.ItemDataRole.EditRole)
        decimals = self.DECIMALS[model.columns[index.column()].kind]
        text = (
            ""
            if value is None or value == ""
            # As it is typed: "26790,47", "55".
            else texts.format_number(float(value), model.language, decimals, grouping=False, trim=True)
        )
        editor.setText(text)
        editor.setProperty("shown", text)
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:
        if not self._numeric(index):
            super().setModelData(editor, model, index)
            return
        if editor.text().strip() == str(editor.property("shown") or ""):
            return  # confirmed as it was: nothing changes
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class CustomerTable(QTableView):
    """The table; Ctrl+C copies the selected cells as Excel does (tab-separated)."""

    #: Someone tried to edit a cell of a past period (read-only): the window says why.
    edit_refused = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSortIndicatorShown(True)

    def edit(self, index, trigger=None, event=None) -> bool:
        if trigger is None:
            return super().edit(index)
        model = self.model()
        if (
            trigger & self.editTriggers()
            and isinstance(model, CustomerTableModel)
            and model.refuses_edit(index)
        ):
            self.edit_refused.emit()
            return False
        return super().edit(index, trigger, event)

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:
        """Repaint only the columns that changed.  Qt repaints the whole viewport for any
        range larger than one cell; during a threshold drag six columns change per mouse
        move, and painting every other column again costs more than the drag itself."""
        if (
            top_left.isValid()
            and bottom_right.isValid()
            and self.state() != QAbstractItemView.State.EditingState
            and not QAccessible.isActive()  # a screen reader hears of every change
        ):
            viewport = self.viewport()
            top = max(self.rowViewportPosition(top_left.row()), 0)
            bottom = self.rowViewportPosition(bottom_right.row()) + self.rowHeight(bottom_right.row())
            bottom = min(bottom, viewport.height()) if bottom > 0 else viewport.height()
            region = QRegion()
            for column in range(top_left.column(), bottom_right.column() + 1):
                if not self.isColumnHidden(column):
                    left = self.columnViewportPosition(column)
                    region += QRect(left, top, self.columnWidth(column), max(bottom - top, 0))
            viewport.update(region)
            return
        super().dataChanged(top_left, bottom_right, roles)

    def visible_view_rows(self) -> tuple[int, int]:
        """The first and last view rows in sight ((0, -1) when none)."""
        first = self.rowAt(0)
        if first < 0:
            return (0, -1)
        last = self.rowAt(self.viewport().height() - 1)
        return (first, last if last >= 0 else self.model().rowCount() - 1)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def copy_selection(self) -> str:
        model = self.model()
        indexes = self.selectionModel().selectedIndexes()
        if not indexes or model is None:
            return ""
        rows = sorted({index.row() for index in indexes})
        columns = sorted({index.column() for index in indexes})
        lines = []
        for row in rows:
            cells = []
            for column in columns:
                value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                cells.append(str(value or "").replace("\t", " ").replace("\n", " "))
            lines.append("\t".join(cells))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text

"""Rows as high as their text: wrapped, in the tables of the dialogs (the update's
segment moves, the collect review); with room for the marks over capitals, in the
lists of names (:class:`RoomForAccents`).

A row's height is measured against its columns' widths.  Measured while the dialog is
still being built — before it is shown, when a stretched column is only a few pixels
wide — every row came out many lines high (the update dialog's moves were 155 pixels
each on a laptop: three to a screen).  So the rows are measured again whenever a column
changes width (the dialog shown, resized, a column dragged), once per change however
many columns moved, and never higher than ``max_lines`` lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView


class RowsFitText(QObject):
    """Keeps ``table``'s rows as high as their text (word wrap on), up to
    ``max_lines`` lines; the rest of a longer text is in its tooltip."""

    def __init__(self, table: QTableView, max_lines: int) -> None:
        super().__init__(table)
        table.setWordWrap(True)
        table.verticalHeader().setMaximumSectionSize(table.fontMetrics().lineSpacing() * max_lines + 8)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._table = table
        self._timer.timeout.connect(self._fit)
        table.horizontalHeader().sectionResized.connect(lambda *_args: self._timer.start())
        table.installEventFilter(self)

    def refit(self) -> None:
        """Measure the rows again (after the table's texts changed); a hidden table is
        measured when it shows, at the widths it has then."""
        self._timer.start()

    def _fit(self) -> None:
        # Not while hidden: the widths are not final, and the rows were measured twice.
        if self._table.isVisible():
            self._table.resizeRowsToContents()

    def eventFilter(self, watched, event) -> bool:
        if watched is self._table and event.type() == QEvent.Type.Show:
            self._timer.start()
        return super().eventFilter(watched, event)


class RoomForAccents(QStyledItemDelegate):
    """A list's rows a few pixels higher than Qt's (the font's height): the dots of "Ö"
    and "Ü" reach above the font's ascent, and the export dialog showed "Ozlem Ozdemir"."""

    #: pixels above and below the text
    PADDING = 3

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        view.setItemDelegate(self)

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 2 * self.PADDING))


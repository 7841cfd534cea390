"""The window's status bar: a message ends before the counts at the right, cut with "…"
where it is too long (the whole of it in the tooltip); QStatusBar draws a long message
across its permanent widgets ("…('U400 Kunden · 6 Kundenbetreuer")."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStatusBar, QWidget

#: Room between the message and the first permanent widget, and at the left.
GAP, MARGIN = 16, 6


class StatusBar(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self.setToolTip)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def message_rect(self) -> QRect:
        """Where the message is drawn: left of the permanent widgets shown."""
        lefts = [widget.geometry().left() for widget in self._permanent if widget.isVisible()]
        right = (min(lefts) - GAP) if lefts else self.width() - MARGIN
        return QRect(MARGIN, 0, max(right - MARGIN, 0), self.height())

    def shown_message(self) -> str:
        """The message as it shows (cut with "…" where it does not fit)."""
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, self.message_rect().width()
        )

    def paintEvent(self, event) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            self.message_rect(),
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
            self.shown_message(),
        )

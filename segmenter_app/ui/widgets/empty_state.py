"""What the window shows before a list is open: what Segmenter does, and the two ways
to begin (your list, or the sample)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from segmenter_app.ui.i18n import Retranslating
from segmenter_app.ui.table.row_heights import RoomForAccents


class EmptyState(Retranslating, QWidget):
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        # A fixed width: a wrapped label that is only centred gets the height of its
        # unwrapped width and is cut off at top and bottom.
        self.text.setFixedWidth(560)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text.setStyleSheet("font-size: 11pt; color: #333333;")
        self.open_button = QPushButton()
        self.open_button.setMinimumHeight(36)
        self.open_button.setDefault(True)
        self.sample_button = QPushButton()
        self.sample_button.setMinimumHeight(36)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #666666;")
        self.recent_label = QLabel()
        self.recent = QListWidget()
        RoomForAccents(self.recent)
        self.recent.setMaximumWidth(560)
        self.recent.setMaximumHeight(150)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        # One click opens a recent list, as a link does (a double click was needed and
        # nothing said so); Enter opens the one chosen with the keyboard.
        self.recent.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.recent.itemClicked.connect(self._on_recent_chosen)
        self.recent.itemActivated.connect(self._on_recent_activated)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addStretch(2)
        for widget in (
            self.title,
            self.text,
            self.open_button,
            self.sample_button,
            self.hint,
            self.recent_label,
            self.recent,
        ):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.open_button.setMinimumWidth(320)
        self.sample_button.setMinimumWidth(320)
        self.retranslate()
        self.set_recent([])

    def retranslate(self) -> None:
        self.title.setText(self.tr("Where is the growth in your customer base?"))
        self.text.setText(
            self.tr(
                "Segmenter places every customer on share of wallet and satisfaction — MODEL, FIX, "
                "GROW, MOVE — and gives each account manager a prioritised list. Open the Excel or "
                "CSV list you already keep; nothing leaves this computer."
            )
        )
        self.open_button.setText(self.tr("Open customer list…"))
        self.sample_button.setText(self.tr("Try the sample data"))
        self.hint.setText(self.tr("You can also drop a file onto this window."))
        self.recent_label.setText(self.tr("Recent lists (a click opens one)"))
        self.text.setMinimumHeight(self.text.heightForWidth(self.text.width()))

    def _on_recent_activated(self, item) -> None:
        if QApplication.mouseButtons() == Qt.MouseButton.NoButton:  # Enter, not a double click
            self._on_recent_chosen(item)

    def _on_recent_chosen(self, item) -> None:
        self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            self.recent.addItem(Path(path).name)
            item = self.recent.item(self.recent.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))

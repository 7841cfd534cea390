"""Side panels that fold to a narrow strip and back (a laptop screen needs the room).

Each dock gets a title bar with its name, a fold button and a close button.  Folding
one folds the docks tabbed with it (they share one strip): their contents hide; at the
side the title bar turns vertical and only the unfold button stays, about 26 pixels
wide; at the bottom the title bar stays, one line high.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QDockWidget, QLabel, QMainWindow, QToolButton, QWidget

from segmenter_app.ui.i18n import Retranslating
from segmenter_app.ui.screen_fit import fit_into_screen

STRIP = 26


class DockTitle(Retranslating, QWidget):
    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.dock = dock
        self.label = QLabel()
        self.label.setStyleSheet("font-weight: bold;")
        self.fold = QToolButton()
        self.fold.setAutoRaise(True)
        self.fold.setObjectName("fold")
        self.fold.clicked.connect(self._on_fold_clicked)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setText("×")
        self.close_button.clicked.connect(dock.close)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(4, 1, 1, 1)
        self.box.addWidget(self.label, 1)
        self.box.addWidget(self.fold)
        self.box.addWidget(self.close_button)
        dock.windowTitleChanged.connect(self.label.setText)
        # A click on the panel's name unfolds it too (the ▴ alone was hard to find).
        self.label.installEventFilter(self)
        self.show_folded(False)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and is_folded(self.dock)
        ):
            window = self.dock.parentWidget()
            if isinstance(window, QMainWindow):
                set_folded(window, self.dock, False)
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        window = self.dock.parentWidget()
        across = isinstance(window, QMainWindow) and window.dockWidgetArea(self.dock) in (
            Qt.DockWidgetArea.TopDockWidgetArea,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.show_folded(is_folded(self.dock), across)

    def show_folded(self, folded: bool, across: bool = False) -> None:
        """``across``: the panel lies at the top or bottom; folded, its title stays."""
        self.label.setVisible(not folded or across)
        self.close_button.setVisible(not folded)
        sideways = folded and not across
        self.box.setDirection(
            QBoxLayout.Direction.TopToBottom if sideways else QBoxLayout.Direction.LeftToRight
        )
        self.fold.setText(("▴" if across else "«") if folded else ("▾" if across else "»"))
        self.fold.setToolTip(
            self.tr("Show the panel") if folded else self.tr("Fold the panel to a narrow strip")
        )

    def _on_fold_clicked(self) -> None:
        window = self.dock.parentWidget()
        if isinstance(window, QMainWindow):
            set_folded(window, self.dock, not is_folded(self.dock))


def make_collapsible(dock: QDockWidget) -> None:
    dock.setTitleBarWidget(DockTitle(dock))


def is_folded(dock: QDockWidget) -> bool:
    return bool(dock.property("folded"))


def set_folded(window: QMainWindow, dock: QDockWidget, folded: bool) -> None:
    """Fold (or unfold) ``dock`` and the docks tabbed with it: a side panel to a
    vertical strip, a panel at the top or bottom to its title bar."""
    group = [dock, *window.tabifiedDockWidgets(dock)]
    across = window.dockWidgetArea(dock) in (
        Qt.DockWidgetArea.TopDockWidgetArea,
        Qt.DockWidgetArea.BottomDockWidgetArea,
    )
    orientation = Qt.Orientation.Vertical if across else Qt.Orientation.Horizontal
    if folded and not is_folded(dock):
        dock.setProperty("unfolded_size", dock.height() if across else dock.width())
    for member in group:
        member.setProperty("folded", folded)
        features = member.features()
        vertical = QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar
        member.setFeatures(features | vertical if folded and not across else features & ~vertical)
        if member.widget() is not None:
            member.widget().setVisible(not folded)
        title = member.titleBarWidget()
        if isinstance(title, DockTitle):
            title.show_folded(folded, across)
    size = STRIP if folded else int(dock.property("unfolded_size") or 280)
    if not folded and across and dock.widget() is not None:
        # At least what the panel asks for (the Team view: six managers and the team).
        title = dock.titleBarWidget().sizeHint().height() if dock.titleBarWidget() else 0
        size = max(size, dock.widget().sizeHint().height() + title)
    window.resizeDocks(group, [size] * len(group), orientation)
    if not folded:
        # An unfolded panel never pushes the window past the screen (it once did: 764
        # pixels and a title bar on a 768-pixel screen).
        QTimer.singleShot(0, lambda: fit_into_screen(window, across=False))

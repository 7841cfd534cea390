"""The window's first layout, when the first list shows: on a laptop (1366×768) the
panels narrow, the table two thirds of the rest, the Team view folded to its title."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from segmenter_app.ui.collapsible_dock import set_folded
from segmenter_app.ui.screen_fit import fit_into_screen


class FirstLayout:
    """Mixin for MainWindow (its docks, workspace and ``layout_settled`` flag)."""

    def _first_layout(self) -> None:
        # A laptop (1366 pixels): a narrower panel and most of the rest for the table,
        # so that priority, segment, customer, SoW, KZI, potential and manager show.
        narrow = self.width() < 1500
        self.resizeDocks([self.thresholds_dock], [250 if narrow else 300], Qt.Orientation.Horizontal)
        if self.height() < 900:
            # 768 pixels high: the Team view waits folded to its title (one click opens
            # it), the table keeps its height.
            set_folded(self, self.team_dock, True)
            # The window grew when the Team dock first showed: back to the screen's height.
            QTimer.singleShot(0, self._fit_screen_height)
        else:
            # Tall enough for six managers and the team (more scroll).
            height = max(250, self.team.sizeHint().height() + 24)
            self.resizeDocks([self.team_dock], [height], Qt.Orientation.Vertical)
        width = self.workspace.splitter.width()
        share = 65 if narrow else 55
        self.workspace.splitter.setSizes([width * share // 100, width - width * share // 100])
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._settle))

    def _fit_screen_height(self) -> None:
        fit_into_screen(self, across=False)

    def _settle(self) -> None:
        self.layout_settled = True
